/**
 * The nine-month "AI Healthcare Analytics Specialist" roadmap, transcribed from the source
 * roadmap (phases, goals, resources, milestones, role facts, typical day, career ladder and the
 * three preview interview questions) and the verified resource address list.
 *
 * Goal and milestone text keeps the roadmap's own wording: those are the checklist items the
 * user ticks. Summaries, duties, notes and answer outlines are our own words.
 *
 * Ids are stable keys for stored progress: never rename or reuse one. If an item is retired,
 * drop it and bump `contentVersion`.
 */
import type { Roadmap } from './types';

export const healthcareAiRoadmap: Roadmap = {
  id: 'healthcare-ai-specialist',
  title: 'AI Healthcare Analytics Specialist',
  contentVersion: 1,

  role: {
    difficulty: 'Advanced',
    entryBarrier: 'High',
    codingRequired: true,
    monthsToJobReady: 9,
    isRemoteFriendly: true,
    summary:
      'Turns clinical records, claims and other health data into tools that help care teams: ' +
      'risk models that flag patients who need attention, language pipelines that pull facts out ' +
      'of free-text notes, real-world evidence for drug outcomes, and retrieval-based assistants ' +
      'that answer clinicians from trusted sources. Employers range from hospitals and insurers ' +
      'to pharma and biotech. The best practitioners pair the technical work with a firm grasp ' +
      'of privacy and medical-device rules, models that clinicians can inspect, and honest ' +
      'communication of uncertainty.',
    fitsIf: [
      'You already work with health data as an analyst or in clinical informatics and want deeper AI and machine-learning skills.',
      'You are a biostatistician or epidemiologist ready to add modern machine-learning methods to your toolkit.',
      'You are a data scientist in another industry, such as finance or retail, and want to move into health data.',
    ],
    notFitIf: [
      'You want a non-technical job that involves no programming.',
      'You are looking for a first, entry-level step into the field.',
      'AI and technology do not interest you.',
    ],
    futureDemandScore: 9.2,
    aiReplacementRiskPercent: 20,
  },

  phases: [
    {
      id: 'p1-data-foundations-sql',
      number: 1,
      title: 'Healthcare Data Foundations & SQL Mastery',
      weeks: 4,
      goals: [
        {
          id: 'p1-goal-data-landscape',
          text: 'Understand the healthcare data landscape: EHR, claims, clinical trials, registries, and wearables',
        },
        {
          id: 'p1-goal-healthcare-sql',
          text: 'Master SQL with healthcare-specific schemas (OMOP CDM, i2b2, PCORnet)',
        },
        {
          id: 'p1-goal-hipaa-governance',
          text: 'Learn HIPAA, de-identification standards (Safe Harbor, Expert Determination), and data governance basics',
        },
      ],
      resources: [
        {
          id: 'p1-res-book-of-ohdsi',
          title: 'OHDSI Book of OHDSI (free online)',
          url: 'https://book.ohdsi.org',
          kind: 'book',
          isFree: true,
          extraLinks: [
            {
              label: 'Learn more: OMOP Common Data Model specification',
              url: 'https://ohdsi.github.io/CommonDataModel/',
            },
          ],
        },
        {
          id: 'p1-res-health-data-literacy',
          title: "Coursera: 'Health Data Literacy' by University of Michigan",
          url: 'https://www.coursera.org/learn/information-extraction-from-free-text-data-in-health-2',
          kind: 'course',
          isFree: null,
          note:
            'No Coursera course with this title could be found. The link goes to the closest real ' +
            'University of Michigan course on Coursera (information extraction from free-text health data).',
        },
        {
          id: 'p1-res-stanford-cs273b',
          title: 'Stanford CS 273B: Deep Learning in Genomics (lecture recordings)',
          url: 'https://canvas.stanford.edu/courses/105563',
          kind: 'course',
          isFree: null,
          note: 'Links to the course page of one offering. No public lecture recordings were found.',
        },
        {
          id: 'p1-res-cms-synpuf',
          title: 'CMS SynPUF (Synthetic Public Use Files) datasets',
          url: 'https://www.cms.gov/data-research/statistics-trends-and-reports/medicare-claims-synthetic-public-use-files/cms-2008-2010-data-entrepreneurs-synthetic-public-use-file-de-synpuf',
          kind: 'dataset',
          isFree: true,
        },
      ],
      milestone: {
        id: 'p1-milestone-omop-queries',
        text: 'You can independently query OMOP-based databases, write complex SQL across patient, visit, and condition tables, and explain healthcare data governance requirements to a non-technical audience.',
      },
    },
    {
      id: 'p2-python-biostatistics',
      number: 2,
      title: 'Python for Healthcare Analytics & Statistical Modeling',
      weeks: 6,
      goals: [
        {
          id: 'p2-goal-python-data-stack',
          text: 'Build proficiency in Python data stack: pandas, NumPy, matplotlib, seaborn, scipy',
        },
        {
          id: 'p2-goal-biostatistics',
          text: 'Learn biostatistics essentials: survival analysis, cohort studies, causal inference fundamentals',
        },
        {
          id: 'p2-goal-regression-cox-classifiers',
          text: 'Implement logistic regression, Cox proportional hazards, and basic ML classifiers on healthcare data',
        },
      ],
      resources: [
        {
          id: 'p2-res-python-for-data-analysis',
          title: "Book: 'Python for Data Analysis' by Wes McKinney",
          url: 'https://wesmckinney.com/book/',
          kind: 'book',
          isFree: true,
        },
        {
          id: 'p2-res-biostatistics-public-health',
          title: "Coursera: 'Biostatistics in Public Health' by Johns Hopkins University",
          url: 'https://www.coursera.org/specializations/biostatistics-public-health',
          kind: 'course',
          isFree: null,
          note:
            'Address taken from third-party links, not the official page. Whether the courses can ' +
            'still be audited for free is unclear.',
        },
        {
          id: 'p2-res-lifelines-docs',
          title: 'lifelines library documentation for survival analysis',
          url: 'https://lifelines.readthedocs.io/',
          kind: 'docs',
          isFree: true,
        },
        {
          id: 'p2-res-cord-19',
          title: "Kaggle: 'COVID-19 Open Research Dataset'",
          url: 'https://www.kaggle.com/allen-institute-for-ai/CORD-19-research-challenge',
          kind: 'dataset',
          isFree: true,
          note:
            'Kaggle address taken from third-party links; the full set of releases is also on the ' +
            "Allen Institute's GitHub repository.",
          extraLinks: [{ label: 'CORD-19: all releases (GitHub)', url: 'https://github.com/allenai/cord19' }],
        },
      ],
      milestone: {
        id: 'p2-milestone-end-to-end-python',
        text: 'You can perform end-to-end healthcare analytics in Python - from data wrangling through survival curves, regression modeling, and publication-quality visualizations.',
      },
    },
    {
      id: 'p3-clinical-ml',
      number: 3,
      title: 'Machine Learning for Clinical Prediction',
      weeks: 6,
      goals: [
        {
          id: 'p3-goal-clinical-prediction-models',
          text: 'Build and validate clinical prediction models (readmission, mortality, length-of-stay)',
        },
        {
          id: 'p3-goal-interpretability',
          text: 'Learn model interpretability: SHAP, LIME, partial dependence plots - critical for clinical trust',
        },
        {
          id: 'p3-goal-imbalance-calibration',
          text: 'Understand class imbalance, calibration, and discrimination (AUC-ROC, calibration curves, Brier scores)',
        },
      ],
      resources: [
        {
          id: 'p3-res-scikit-learn-docs',
          title: 'scikit-learn documentation and tutorials',
          url: 'https://scikit-learn.org/stable/',
          kind: 'docs',
          isFree: true,
          extraLinks: [
            { label: 'scikit-learn tutorials', url: 'https://scikit-learn.org/stable/tutorial/index.html' },
            { label: 'Learn more: SHAP documentation', url: 'https://shap.readthedocs.io/en/latest/' },
            { label: 'Learn more: LIME (GitHub)', url: 'https://github.com/marcotcr/lime' },
          ],
        },
        {
          id: 'p3-res-retinal-disease-paper',
          title: "Paper: 'Clinically applicable deep learning for diagnosis and referral in retinal disease' (Nature Medicine)",
          url: 'https://doi.org/10.1038/s41591-018-0107-6',
          kind: 'paper',
          isFree: null,
          note: 'De Fauw et al., Nature Medicine 24(9):1342-1350, 2018. Whether the full text is free to read was not confirmed.',
        },
        {
          id: 'p3-res-google-ml-crash-course',
          title: 'Google ML Crash Course (free) - supplementary',
          url: 'https://developers.google.com/machine-learning/crash-course',
          kind: 'course',
          isFree: true,
        },
        {
          id: 'p3-res-mimic-demo',
          title: 'MIMIC-III / MIMIC-IV demo dataset on PhysioNet',
          url: 'https://physionet.org/content/mimic-iv-demo/2.2/',
          kind: 'dataset',
          isFree: true,
          note: 'Main link is the MIMIC-IV demo (open access). The MIMIC-III demo address comes from third-party links.',
          extraLinks: [{ label: 'MIMIC-III demo (v1.4)', url: 'https://physionet.org/content/mimiciii-demo/1.4/' }],
        },
      ],
      milestone: {
        id: 'p3-milestone-explained-mimic-model',
        text: 'You can build, evaluate, and explain a clinical predictive model using MIMIC data, complete with SHAP-based feature importance narratives suitable for a clinical audience.',
      },
    },
    {
      id: 'p4-clinical-nlp-llms',
      number: 4,
      title: 'Healthcare NLP & Clinical LLMs',
      weeks: 5,
      goals: [
        {
          id: 'p4-goal-clinical-text-nlp',
          text: 'Apply NLP to clinical text: entity extraction, relation extraction, de-identification, summarization',
        },
        {
          id: 'p4-goal-domain-models',
          text: 'Fine-tune and evaluate domain-specific models: ClinicalBERT, BioBERT, Med-CPT',
        },
        {
          id: 'p4-goal-clinical-rag',
          text: 'Build RAG pipelines over clinical corpora using LangChain/LlamaIndex with proper chunking strategies for medical documents',
        },
      ],
      resources: [
        {
          id: 'p4-res-hf-nlp-course',
          title: 'HuggingFace NLP Course (free)',
          url: 'https://huggingface.co/learn/llm-course',
          kind: 'course',
          isFree: true,
          note: 'Hugging Face renamed this course the "LLM Course" in 2025.',
        },
        {
          id: 'p4-res-clinicalbert-paper',
          title: "Paper: 'ClinicalBERT: Modeling Clinical Notes and Predicting Hospital Readmission' (Huang et al.)",
          url: 'https://arxiv.org/abs/1904.05342',
          kind: 'paper',
          isFree: true,
          extraLinks: [
            {
              label: 'Learn more: Bio_ClinicalBERT model (Alsentzer et al., a different paper)',
              url: 'https://huggingface.co/emilyalsentzer/Bio_ClinicalBERT',
            },
            { label: 'Learn more: BioBERT model', url: 'https://huggingface.co/dmis-lab/biobert-v1.1' },
          ],
        },
        {
          id: 'p4-res-langchain-rag-docs',
          title: 'LangChain documentation - RAG patterns',
          url: 'https://docs.langchain.com/oss/python/langchain/rag',
          kind: 'docs',
          isFree: true,
          extraLinks: [{ label: 'LlamaIndex framework documentation', url: 'https://developers.llamaindex.ai/python/framework/' }],
        },
        {
          id: 'p4-res-n2c2-datasets',
          title: 'i2b2/n2c2 shared task datasets for clinical NLP benchmarking',
          url: 'https://portal.dbmi.hms.harvard.edu/projects/n2c2-nlp/',
          kind: 'dataset',
          isFree: null,
          note: 'Free, but only after you sign a data use agreement.',
        },
      ],
      milestone: {
        id: 'p4-milestone-nlp-rag-system',
        text: 'You can build a clinical NLP pipeline that extracts structured information from unstructured notes and deploy a RAG-based clinical question-answering system with proper grounding and citation.',
      },
    },
    {
      id: 'p5-cloud-fhir-mlops',
      number: 5,
      title: 'Cloud Platforms, FHIR & Healthcare MLOps',
      weeks: 5,
      goals: [
        {
          id: 'p5-goal-cloud-deployment',
          text: 'Deploy healthcare analytics on cloud platforms (AWS HealthLake, Azure Health Data Services, GCP Healthcare API)',
        },
        {
          id: 'p5-goal-fhir-smart',
          text: 'Understand FHIR interoperability standards and SMART on FHIR application development',
        },
        {
          id: 'p5-goal-healthcare-mlops',
          text: 'Implement MLOps best practices for healthcare: model versioning, drift monitoring, audit logging, CI/CD',
        },
      ],
      resources: [
        {
          id: 'p5-res-aws-healthlake-docs',
          title: 'AWS HealthLake documentation and tutorials',
          url: 'https://docs.aws.amazon.com/healthlake/latest/devguide/what-is.html',
          kind: 'docs',
          isFree: true,
          extraLinks: [
            {
              label: 'Learn more: Azure Health Data Services',
              url: 'https://learn.microsoft.com/en-us/azure/healthcare-apis/',
            },
            { label: 'Learn more: Google Cloud Healthcare API', url: 'https://cloud.google.com/healthcare-api/docs' },
          ],
        },
        {
          id: 'p5-res-hl7-fhir-spec',
          title: 'HL7 FHIR specification (hl7.org) - key resource sections',
          url: 'https://hl7.org/fhir/',
          kind: 'docs',
          isFree: true,
          note: 'The main link is the current release (R5); R4 is linked separately.',
          extraLinks: [
            { label: 'FHIR R4', url: 'https://hl7.org/fhir/R4/' },
            { label: 'Learn more: SMART on FHIR', url: 'https://docs.smarthealthit.org/' },
          ],
        },
        {
          id: 'p5-res-mlops-specialization',
          title: 'MLOps Specialization by DeepLearning.AI on Coursera',
          url: 'https://www.coursera.org/specializations/machine-learning-engineering-for-production-mlops',
          kind: 'course',
          isFree: false,
          note: 'Also offered by DeepLearning.AI under the name "Machine Learning in Production".',
          extraLinks: [
            {
              label: 'DeepLearning.AI: Machine Learning in Production',
              url: 'https://www.deeplearning.ai/courses/machine-learning-in-production/',
            },
          ],
        },
        {
          id: 'p5-res-mlflow-docs',
          title: 'MLflow documentation for experiment tracking',
          url: 'https://mlflow.org/docs/latest/',
          kind: 'docs',
          isFree: true,
        },
      ],
      milestone: {
        id: 'p5-milestone-regulated-deployment',
        text: 'You can deploy a healthcare ML model to a cloud environment with FHIR-compliant data integration, monitoring dashboards, and audit trails ready for regulated deployment.',
      },
    },
    {
      id: 'p6-capstone-portfolio',
      number: 6,
      title: 'Capstone: End-to-End Healthcare AI Project & Portfolio',
      weeks: 4,
      goals: [
        {
          id: 'p6-goal-end-to-end-project',
          text: 'Complete a portfolio-grade end-to-end project demonstrating the full analytics lifecycle',
        },
        {
          id: 'p6-goal-regulatory-docs',
          text: 'Prepare regulatory documentation artifacts (model cards, validation reports)',
        },
        {
          id: 'p6-goal-portfolio-interviews',
          text: 'Build a professional portfolio and prepare for healthcare AI interviews',
        },
      ],
      resources: [
        {
          id: 'p6-res-alliance-health-policy',
          title: 'Alliance for Health Policy - health policy primers for interview context',
          url: 'https://www.allhealthpolicy.org/',
          kind: 'community',
          isFree: null,
          note: "Links to the organization's home page; find the primers from there. Free access is likely but not confirmed.",
        },
        {
          id: 'p6-res-fda-samd-action-plan',
          title: 'FDA AI/ML-Based Software as a Medical Device (SaMD) Action Plan',
          url: 'https://www.fda.gov/media/145022/download',
          kind: 'docs',
          isFree: true,
          note: 'Downloads the action plan as a PDF, published in January 2021.',
        },
        {
          id: 'p6-res-portfolio-template',
          title: 'GitHub portfolio template for healthcare data science',
          url: 'https://github.com/drivendataorg/cookiecutter-data-science',
          kind: 'template',
          isFree: true,
          note: 'No template made for healthcare was found. Suggested instead: cookiecutter-data-science, a widely used general project template.',
        },
        {
          id: 'p6-res-meetup-communities',
          title: 'Healthcare AI meetup communities (HIMSS, OHDSI, Health Data Science Society)',
          url: 'https://www.himss.org/',
          kind: 'community',
          isFree: null,
          note: 'No "Health Data Science Society" was found; AMIA is suggested as the closest match. The OHDSI forums are free; other memberships vary.',
          extraLinks: [
            { label: 'OHDSI forums', url: 'https://forums.ohdsi.org/' },
            { label: 'AMIA (suggested in place of "Health Data Science Society")', url: 'https://www.amia.org/' },
          ],
        },
      ],
      milestone: {
        id: 'p6-milestone-portfolio-interview-ready',
        text: 'You have a polished GitHub portfolio with 2-3 production-quality healthcare AI projects, a published model card, and are interview-ready for entry-to-mid-level AI Healthcare Analytics Specialist roles.',
      },
    },
  ],

  typicalDay: [
    {
      time: '9:00 AM',
      activity: 'Build risk-stratification models on EHR and claims data that flag high-risk cohorts for care-management programs.',
    },
    {
      time: '10:30 AM',
      activity: 'Develop NLP pipelines that pull diagnoses, medications and social determinants of health out of free-text clinical notes.',
    },
    {
      time: '12:00 PM',
      activity: "Design and validate RAG systems that let clinicians ask the institution's knowledge base questions in plain language.",
    },
    {
      time: '2:00 PM',
      activity: 'Create real-world evidence dashboards for pharma clients that track how well drugs work after they reach the market.',
    },
    {
      time: '3:30 PM',
      activity: 'Run survival analyses on clinical trial data for time-to-event outcomes, for example progression-free survival.',
    },
    {
      time: '5:00 PM',
      activity: 'Audit models for bias, checking that performance holds up across race, sex, age and socioeconomic groups.',
    },
  ],

  careerLadder: [
    {
      id: 'ladder-junior-analyst',
      title: 'Junior Healthcare Data Analyst / Healthcare Analytics Associate',
      years: '0–2 years',
      salaryMinUsd: 70_000,
      salaryMaxUsd: 100_000,
      salaryLabel: '$70,000–$100,000 a year',
      duties: [
        'Write SQL against EHR and claims databases to answer one-off clinical questions.',
        'Produce descriptive reports and dashboards for clinical and operations teams.',
        'Help senior colleagues with data cleaning, feature preparation and model checks.',
      ],
    },
    {
      id: 'ladder-specialist',
      title: 'AI Healthcare Analytics Specialist / Healthcare Data Scientist',
      years: '2–5 years',
      salaryMinUsd: 100_000,
      salaryMaxUsd: 150_000,
      salaryLabel: '$100,000–$150,000 a year',
      duties: [
        'Own clinical prediction models from design to build, working from EHR and claims sources with little supervision.',
        'Create NLP pipelines that extract information from clinical text and remove identifiers.',
        'Build and ship retrieval-augmented (RAG) systems for looking up clinical knowledge.',
      ],
    },
    {
      id: 'ladder-senior-lead',
      title: 'Senior AI Healthcare Analytics Specialist / Lead Healthcare Data Scientist',
      years: '5–8 years',
      salaryMinUsd: 140_000,
      salaryMaxUsd: 190_000,
      salaryLabel: '$140,000–$190,000 a year',
      duties: [
        'Lead healthcare AI projects from framing the problem all the way to production.',
        'Set the analytics strategy and the model-governance rules for the organization.',
        'Coach less experienced colleagues and sign off on their modeling and validation approaches.',
      ],
    },
    {
      id: 'ladder-director',
      title: 'Director of Healthcare AI & Analytics / Head of Clinical Data Science',
      years: '8–12 years',
      salaryMinUsd: 175_000,
      salaryMaxUsd: 240_000,
      salaryLabel: '$175,000–$240,000 a year',
      duties: [
        "Set the organization's direction for AI-based clinical decision support and population health.",
        'Lead a group of data scientists and machine-learning engineers working on health problems.',
        'Form partnerships with clinical departments, pharma companies and technology vendors.',
      ],
    },
    {
      id: 'ladder-vp-chief',
      title: 'VP of Health AI / Chief Data & Analytics Officer (Healthcare) / Principal Scientist',
      years: '12+ years',
      salaryMinUsd: 220_000,
      salaryMaxUsd: null,
      salaryLabel: '$220,000–$350,000+ a year',
      duties: [
        'Own enterprise data and AI strategy for an entire health system or life-sciences company.',
        "Be the organization's voice on healthcare AI in regulatory, policy and industry settings.",
        'Start new initiatives together with academic medical centers and AI start-ups.',
      ],
    },
  ],

  interviewQuestions: [
    {
      id: 'iq-omop-cdm-why',
      question: 'What is the OMOP Common Data Model, and why does it matter for healthcare analytics?',
      phaseId: 'p1-data-foundations-sql',
      level: 'entry',
      outline: [
        'An open, shared schema maintained by the OHDSI community: EHR, claims and registry data land in the same tables (person, visit_occurrence, condition_occurrence, drug_exposure, measurement and so on).',
        'Local codes are mapped to standard vocabularies (SNOMED CT for conditions, RxNorm for drugs, LOINC for labs), so a concept means the same thing at every site.',
        'One analysis script can run unchanged across many institutions, enabling network studies without moving patient-level data.',
        'Costs: a substantial ETL and mapping effort and some loss of source detail, so keep the source values for auditing.',
      ],
    },
    {
      id: 'iq-icd-cpt-ndc-codes',
      question: 'Explain the difference between ICD-10 codes, CPT codes, and NDC codes in claims data.',
      phaseId: 'p1-data-foundations-sql',
      level: 'entry',
      outline: [
        'ICD-10-CM codes record diagnoses, the reason for care; ICD-10-PCS covers inpatient hospital procedures.',
        'CPT codes, maintained by the AMA, describe the procedures and services clinicians bill for (HCPCS Level II extends them to supplies and other items).',
        'NDC codes identify a specific drug product and package (labeler, product, package) and appear mostly in pharmacy claims.',
        'In analysis, diagnoses define cohorts and outcomes, CPT codes capture utilization, and NDCs are rolled up to ingredients (e.g. via RxNorm) to define exposures.',
        'All three reflect billing incentives, so treat them as imperfect proxies for clinical truth.',
      ],
    },
    {
      id: 'iq-hipaa-deidentification',
      question: 'What does HIPAA require when working with patient data, and what are the two main de-identification methods?',
      phaseId: 'p1-data-foundations-sql',
      level: 'entry',
      outline: [
        'HIPAA protects PHI held by covered entities and their business associates: the Privacy Rule limits use and disclosure (minimum necessary), the Security Rule requires administrative, physical and technical safeguards, and breaches must be reported.',
        'Vendors that touch PHI need a business associate agreement.',
        'Safe Harbor: remove the 18 listed identifiers (names, geography below state level, date elements except year, contact details, record numbers and so on) and have no actual knowledge that what remains could identify a person.',
        'Expert Determination: a qualified expert applies statistical methods and documents that the re-identification risk is very small, which can keep more analytic detail.',
        'A limited data set under a data use agreement is a separate middle ground when some identifiers such as dates are needed.',
      ],
    },
  ],
};
