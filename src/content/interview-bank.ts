/**
 * Extra interview practice questions, written for this app, spread over the six phases of the
 * healthcare AI roadmap. The roadmap's own three preview questions live in
 * `healthcareAiRoadmap.interviewQuestions` and are deliberately not repeated here.
 *
 * Ids are stable keys (e.g. for spaced-repetition state): never rename or reuse one.
 */
import type { InterviewQuestion } from './types';

const P1 = 'p1-data-foundations-sql';
const P2 = 'p2-python-biostatistics';
const P3 = 'p3-clinical-ml';
const P4 = 'p4-clinical-nlp-llms';
const P5 = 'p5-cloud-fhir-mlops';
const P6 = 'p6-capstone-portfolio';

export const interviewBank: InterviewQuestion[] = [
  // ── Phase 1: healthcare data foundations, SQL, HIPAA ──────────────────────────
  {
    id: 'iq-omop-vocabulary-mapping',
    phaseId: P1,
    question: 'In OMOP, how does a source code become a standard concept, and why do analyses use standard concepts?',
    outline: [
      'The code as recorded (say an ICD-10-CM diagnosis) is kept in the *_source_value and *_source_concept_id columns.',
      "The vocabulary tables (CONCEPT, CONCEPT_RELATIONSHIP with 'Maps to') link it to a standard concept: usually SNOMED CT for conditions, RxNorm for drugs, LOINC for measurements.",
      "The standard concept's domain decides the table a record lands in, so an ICD code can end up as a procedure or an observation.",
      'Queries use standard concept ids plus CONCEPT_ANCESTOR to pick up a concept and all its descendants in one go.',
      'Unmapped codes get concept_id 0; the mapping rate is a key ETL quality check.',
    ],
  },
  {
    id: 'iq-i2b2-pcornet-vs-omop',
    phaseId: P1,
    question: 'How do the i2b2 and PCORnet data models differ from OMOP, and where would you meet each?',
    outline: [
      'i2b2 is a star schema: one large OBSERVATION_FACT table plus patient, visit, concept and provider dimensions and a concept ontology; it powers cohort-discovery query tools at academic medical centers.',
      'The PCORnet CDM has one relational table per domain (DEMOGRAPHIC, ENCOUNTER, DIAGNOSIS, PRESCRIBING, LAB_RESULT_CM and others) and keeps source coding systems such as ICD and CPT, with a field saying which system each code uses.',
      'OMOP goes further by mapping everything to standard vocabularies, which suits network studies with the OHDSI tool stack.',
      'Many institutions run more than one model and convert between them, so always check which vocabulary and which version a column holds.',
    ],
  },
  {
    id: 'iq-claims-vs-ehr',
    phaseId: P1,
    question: 'What are the strengths and weaknesses of claims data compared with EHR data?',
    outline: [
      'Claims capture billed care from every provider while a member is enrolled, which suits longitudinal studies of utilization and cost; enrollment periods define when a patient is observable.',
      'Claims carry little clinical detail (no lab values, vitals or notes), reflect billing rules, and arrive with a lag of weeks to months.',
      'EHR data are clinically rich and time-stamped, but only cover care inside the health system, so events elsewhere are silently missing.',
      'Both suffer from coding and documentation bias; linking the two gives the most complete picture.',
    ],
  },
  {
    id: 'iq-safe-harbor-dates-zip',
    phaseId: P1,
    question: 'Under HIPAA Safe Harbor, what must you do with dates, ages and ZIP codes?',
    outline: [
      'Remove every date element except the year for dates tied to the individual: birth, admission, discharge, death.',
      'Ages over 89, and any date elements that would reveal such an age, must be grouped into a single "90 or older" category.',
      'Drop geographic units smaller than a state; the first three ZIP digits may stay only if all ZIPs sharing them hold more than 20,000 people, otherwise use 000.',
      'Shifting dates keeps intervals usable, but it is not part of the Safe Harbor recipe, so it is normally justified through Expert Determination.',
    ],
  },
  {
    id: 'iq-governance-plain-language',
    phaseId: P1,
    question: 'How would you explain healthcare data governance to a non-technical manager?',
    outline: [
      'Start with why it matters: patient trust, legal duties such as HIPAA, and decisions that depend on trustworthy data.',
      'Who may see what: role-based access, the minimum-necessary principle, and approval routes such as data use agreements and IRB review for research.',
      'Stewardship: named data owners, agreed definitions, lineage and routine quality checks.',
      'Accountability: every access is logged, and data are kept only as long as policy allows.',
      'Use one concrete story, e.g. how a readmission dataset is requested, de-identified, reviewed and retired.',
    ],
  },
  {
    id: 'iq-synthetic-claims-limits',
    phaseId: P1,
    question: 'What can you, and what can you not, learn from synthetic claims data such as CMS DE-SynPUF?',
    outline: [
      'It mirrors real Medicare file structures (beneficiary summary, inpatient, outpatient, carrier and prescription drug event files), so it is ideal for practicing joins, SQL and an OMOP ETL without touching PHI.',
      'Values are synthesized and perturbed to protect privacy, so relationships between variables are distorted.',
      'Do not draw clinical or epidemiological conclusions from it; use it for teaching and pipeline testing.',
      'Re-run any real analysis on genuine data under the proper agreements.',
    ],
  },

  // ── Phase 2: Python, biostatistics, survival, causal inference ───────────────
  {
    id: 'iq-censoring-survival',
    phaseId: P2,
    question: 'What is censoring in survival analysis, and why not simply drop censored patients?',
    outline: [
      'A censored time is only partly observed; most often right censoring, where follow-up ends or the patient is lost before the event.',
      'Dropping censored patients, or counting them as event-free, biases the estimates because it throws away the fact that they survived at least until censoring.',
      'Kaplan-Meier and Cox models keep censored patients in the risk set up to their censoring time.',
      'The key assumption is non-informative censoring; if sicker patients leave follow-up early, results are biased.',
      'Competing events such as death before readmission need dedicated methods, e.g. cumulative incidence functions or Fine-Gray models.',
    ],
  },
  {
    id: 'iq-cox-ph-assumptions',
    phaseId: P2,
    question: 'What does a Cox proportional hazards model assume, and how do you check those assumptions?',
    outline: [
      'The baseline hazard is left unspecified; covariates multiply it, and each hazard ratio is constant over time (proportional hazards).',
      'It also assumes a correct functional form for continuous covariates on the log-hazard scale and non-informative censoring.',
      'Check proportionality with scaled Schoenfeld residuals (test and plots) or log-minus-log survival curves; lifelines offers check_assumptions.',
      'If violated: stratify on the offending variable, add an interaction with time, or use splines or another model.',
    ],
  },
  {
    id: 'iq-kaplan-meier-logrank',
    phaseId: P2,
    question: 'How do you read a Kaplan-Meier curve, and when is the log-rank test appropriate?',
    outline: [
      'The curve is a product of conditional survival probabilities at each event time: it steps down at events, and tick marks show censoring.',
      'Median survival is where the curve crosses 0.5; uncertainty grows as the number at risk falls, so show a numbers-at-risk table.',
      'The log-rank test compares entire curves between groups and is most powerful when hazards are proportional; it does not adjust for covariates (use Cox for that).',
      'Crossing curves point to non-proportional hazards; consider restricted mean survival time instead.',
    ],
  },
  {
    id: 'iq-confounding-adjustment',
    phaseId: P2,
    question: 'What is confounding, and how would you adjust for it when estimating a treatment effect from EHR data?',
    outline: [
      'A confounder affects both treatment choice and outcome (e.g. illness severity drives both drug choice and mortality), creating a misleading association.',
      'Draw a causal diagram (DAG) to choose the adjustment set; do not adjust for mediators or colliders.',
      'Tools: multivariable regression, propensity-score matching or inverse probability weighting, stratification; check covariate balance with standardized mean differences.',
      'Align time zero for all groups (target-trial emulation) to avoid immortal time bias.',
      'Unmeasured confounding remains possible: report sensitivity analyses such as E-values or negative-control outcomes.',
    ],
  },
  {
    id: 'iq-cohort-vs-case-control',
    phaseId: P2,
    question: 'Compare cohort and case-control designs. When would you choose each?',
    outline: [
      'Cohort: follow exposed and unexposed people over time and count outcomes; gives incidence and risk ratios, and can be retrospective using EHR data.',
      'Case-control: start from people with the outcome and comparable controls, then look back at exposure; efficient for rare outcomes and yields odds ratios.',
      'Case-control studies are prone to control-selection and recall bias; cohorts need large samples or long follow-up for rare outcomes.',
      'A nested case-control design inside an existing cohort keeps most of the validity at a fraction of the cost.',
    ],
  },
  {
    id: 'iq-logistic-odds-ratio',
    phaseId: P2,
    question: 'How do you interpret a coefficient in a logistic regression for 30-day readmission?',
    outline: [
      'A coefficient is the change in log-odds of readmission per one-unit increase in the predictor, holding the others fixed; exponentiate it to get an odds ratio.',
      'An odds ratio of 1.3 means 30% higher odds, not 30% higher probability; for common outcomes odds ratios overstate risk ratios.',
      'Check the linearity of continuous predictors on the logit scale (e.g. with splines), plausible interactions and collinearity.',
      'Report confidence intervals, and do not read the association as causal unless the design supports it.',
    ],
  },

  // ── Phase 3: machine learning for clinical prediction ────────────────────────
  {
    id: 'iq-calibration-vs-discrimination',
    phaseId: P3,
    question: 'What is the difference between calibration and discrimination, and why do clinicians need both?',
    outline: [
      'Discrimination is how well the model ranks patients with the event above those without; measured by AUROC (the c-statistic).',
      'Calibration is whether predicted risks match observed rates; shown with calibration plots, calibration-in-the-large and the calibration slope.',
      'A model can rank well yet be badly calibrated (predicting 40% for a group whose real risk is 10%), which misleads thresholds and resource planning.',
      'When moving to a new site or period, recalibrate (intercept update, Platt scaling or isotonic regression) and re-check.',
    ],
  },
  {
    id: 'iq-brier-score',
    phaseId: P3,
    question: 'What does the Brier score measure, and how should it be interpreted?',
    outline: [
      'It is the mean squared difference between predicted probability and the observed 0/1 outcome: 0 is perfect and lower is better.',
      'It blends calibration and discrimination (it decomposes into reliability, resolution and uncertainty).',
      'Its value depends on prevalence, so compare it with a reference model that predicts the base rate for everyone (the Brier skill score).',
      'Report it alongside AUROC and a calibration plot rather than on its own.',
    ],
  },
  {
    id: 'iq-class-imbalance',
    phaseId: P3,
    question: 'In-hospital mortality occurs in 3% of admissions. How do you handle the class imbalance?',
    outline: [
      'Pick metrics that survive imbalance: AUPRC, sensitivity and PPV at a chosen threshold, and calibration. Accuracy is useless here (97% by predicting nobody dies).',
      'Options include class weights or resampling (undersampling, SMOTE), applied only to the training folds so nothing leaks into validation.',
      'Resampling and weighting distort predicted probabilities, so recalibrate afterwards.',
      'Choose the operating threshold with clinicians, weighing the cost of misses against false alarms and team capacity.',
    ],
  },
  {
    id: 'iq-shap-vs-lime',
    phaseId: P3,
    question: 'Compare SHAP and LIME for explaining a clinical risk model.',
    outline: [
      'LIME fits a simple local surrogate (e.g. a sparse linear model) on perturbed samples around one prediction; it is model-agnostic and quick, but explanations can be unstable and depend on perturbation and kernel choices.',
      "SHAP assigns Shapley values from cooperative game theory: additive attributions that sum to the gap between the prediction and the model's average output; TreeSHAP computes them exactly and fast for tree ensembles.",
      'SHAP also aggregates into global views such as summary (beeswarm) and dependence plots.',
      'Both explain the model, not the biology: correlated features can share or steal credit, so review explanations with clinicians.',
    ],
  },
  {
    id: 'iq-ehr-leakage',
    phaseId: P3,
    question: 'What are common sources of data leakage in EHR prediction models, and how do you prevent them?',
    outline: [
      'Temporal leakage: features recorded after the prediction time (discharge codes, tests ordered because of the outcome); fix an index time and use only data before it.',
      "Proxy leakage: variables that encode the outcome or the clinician's suspicion, such as a palliative-care consult when predicting death.",
      'Patient leakage: the same patient in training and test sets; split by patient, and preferably by time.',
      'Preprocessing leakage: imputers, scalers or feature selection fitted on all data; fit them inside a pipeline within each fold.',
      'Treat a suspiciously high AUROC as a warning and inspect the top features.',
    ],
  },
  {
    id: 'iq-external-validation',
    phaseId: P3,
    question: 'How would you validate a readmission model before another hospital uses it?',
    outline: [
      'Internal validation (bootstrap or cross-validation) corrects for optimism but says little about transportability.',
      'Run temporal validation on later data and external validation at the new site: discrimination, calibration and subgroup performance.',
      'Expect different case mix, coding habits and workflows; recalibrate or refit where needed.',
      'Report transparently (e.g. following TRIPOD) and run a silent deployment before predictions influence care.',
    ],
  },

  // ── Phase 4: clinical NLP and LLMs ───────────────────────────────────────────
  {
    id: 'iq-clinical-negation',
    phaseId: P4,
    question: 'Why does negation detection matter in clinical NLP, and how is it handled?',
    outline: [
      'Notes often mention findings that are absent ("denies chest pain"), possible, historical, or about a family member; naive extraction turns them into false positives.',
      'Rule-based tools such as NegEx and ConText use trigger phrases and scope windows to tag negation, uncertainty, time and experiencer.',
      'Machine-learning approaches treat it as assertion classification over each entity (present, absent, possible, conditional, hypothetical, someone else), as in the 2010 i2b2/VA challenge.',
      'Evaluate per assertion class; scope errors such as "no fracture, but a large effusion" are common.',
    ],
  },
  {
    id: 'iq-deidentify-notes',
    phaseId: P4,
    question: 'How would you de-identify free-text clinical notes?',
    outline: [
      'Detect PHI (names, dates, locations, ID numbers, contact details, ages over 89) with a mix of rules and NER models trained on annotated corpora such as the i2b2/n2c2 de-identification sets.',
      'Replace detected PHI with realistic surrogates (fake names, consistently shifted dates) so any missed identifiers hide among fakes.',
      'Favor recall: measure it per PHI category on held-out annotated notes and have humans review samples.',
      'Some risk remains in free text, so pair de-identification with access controls and, where needed, an Expert Determination.',
    ],
  },
  {
    id: 'iq-clinicalbert-vs-biobert',
    phaseId: P4,
    question: 'How do ClinicalBERT and BioBERT differ, and how would you choose between them?',
    outline: [
      'BioBERT continues BERT pre-training on biomedical literature (PubMed abstracts and PMC full texts), so it suits paper-style text.',
      'ClinicalBERT (Huang et al.) is pre-trained on MIMIC-III clinical notes and applied to readmission prediction; Bio_ClinicalBERT (Alsentzer et al.) is a separate model that starts from BioBERT and continues on MIMIC notes.',
      'Clinical notes are full of abbreviations, typos and templates, so note-trained models usually win on EHR tasks and literature-trained ones on papers.',
      'Decide by benchmarking on your own labeled data, keeping in mind the 512-token input limit and the data use terms attached to MIMIC-derived models.',
    ],
  },
  {
    id: 'iq-rag-grounding-citation',
    phaseId: P4,
    question: 'How do you make a clinical RAG system give grounded answers with citations?',
    outline: [
      'Retrieve only from curated, versioned sources (guidelines, institutional policies) that carry metadata: source, section, date.',
      'Instruct the model to answer from the retrieved passages only, cite passage ids, and say so when the evidence is missing.',
      'Check after generation that each claim is supported by the passage it cites (entailment models or an LLM judge, backed by human review).',
      'Show the sources in the interface so clinicians can verify, and log queries, retrieved passages and answers for audit.',
    ],
  },
  {
    id: 'iq-chunking-medical-docs',
    phaseId: P4,
    question: 'What chunking strategy would you use for long medical documents such as discharge summaries or guidelines?',
    outline: [
      "Split along the document's own structure (section headings such as Medications or Assessment and Plan) rather than fixed token counts, so each chunk stays on one topic.",
      'Keep chunks small enough for precise retrieval, with overlap or a link to the parent section for context.',
      'Attach metadata (note type, date, encounter, section) for filtering, and never split tables or medication lists mid-row.',
      'Tune chunk size and overlap against a retrieval test set, e.g. recall@k on questions with known answers.',
    ],
  },
  {
    id: 'iq-hallucination-evaluation',
    phaseId: P4,
    question: 'How would you evaluate hallucinations in an LLM that summarizes clinical notes?',
    outline: [
      'Define the failure: statements the source does not support or contradicts, plus omissions of critical facts.',
      'Build a test set with clinician annotations and score faithfulness claim by claim.',
      'Use entailment models or an LLM judge with a rubric to scale up, but calibrate them against human ratings; overlap scores such as ROUGE miss factual errors.',
      'Grade errors by severity (a wrong dose is not a style slip) and keep sampling outputs for review after launch.',
    ],
  },
  {
    id: 'iq-relation-extraction',
    phaseId: P4,
    question: 'What is relation extraction in clinical text? Give an example.',
    outline: [
      'It finds typed links between entities already found by NER: drug to dose, drug to adverse event, test to result, treatment to problem.',
      'A common approach classifies candidate entity pairs within a sentence or window with a fine-tuned transformer; the 2018 n2c2 track on medications and adverse drug events is a standard benchmark.',
      'Hard cases: relations spanning sentences, lists, and negated or hypothetical mentions.',
      'Evaluate with precision, recall and F1 at the relation level.',
    ],
  },

  // ── Phase 5: cloud, FHIR, MLOps ──────────────────────────────────────────────
  {
    id: 'iq-fhir-resources',
    phaseId: P5,
    question: 'What is a FHIR resource, and which resources would feed a readmission-risk model?',
    outline: [
      'HL7 FHIR models health data as modular resources with a defined JSON/XML structure, exchanged through a RESTful API.',
      'Useful resources: Patient, Encounter, Condition, Observation (labs and vitals), MedicationRequest and Procedure, which point to each other by reference.',
      'Codes live in CodeableConcepts tied to systems such as SNOMED CT, LOINC and RxNorm; profiles like US Core constrain what is sent.',
      'For population-scale extraction use Bulk Data export ($export) rather than one call per patient.',
    ],
  },
  {
    id: 'iq-smart-on-fhir-launch',
    phaseId: P5,
    question: 'What is SMART on FHIR, and how does an app launch work?',
    outline: [
      'An open standard that adds OAuth 2.0 authorization (and OpenID Connect identity) on top of FHIR APIs, so one app can run against any compliant EHR.',
      "EHR launch: the EHR opens the app with a launch context; the app reads the server's .well-known/smart-configuration, asks for scopes such as patient/Observation.read, and gets an access token plus context like the patient id.",
      'Standalone launch: the app starts on its own and the user picks the patient or context.',
      'Request the narrowest scopes; server-to-server jobs use the backend services flow (client credentials with a signed JWT).',
    ],
  },
  {
    id: 'iq-drift-monitoring',
    phaseId: P5,
    question: 'How would you monitor a deployed clinical model for drift?',
    outline: [
      'Data drift: inputs change (new lab assay, coding updates, a new patient population); track distributions with PSI or KS tests, and missingness rates.',
      'Performance or concept drift: the link between inputs and outcome changes; track AUROC and calibration once labels arrive, allowing for label delay (30 days for readmission).',
      'Slice by site and demographic subgroup, set alert thresholds, and show it all on a dashboard.',
      'Have a runbook for recalibration or retraining that goes through governance approval; the COVID-19 pandemic is the classic example of sudden shift.',
    ],
  },
  {
    id: 'iq-audit-logging',
    phaseId: P5,
    question: 'What should audit logging capture for a machine-learning system in a hospital?',
    outline: [
      'Who accessed which data or predictions and when (user or service identity), meeting the HIPAA Security Rule audit-control requirement.',
      'For every prediction: model version, a snapshot or hash of the inputs, the output, a timestamp, and any clinician action or override.',
      'Training lineage: dataset version, code commit, hyperparameters and evaluation results.',
      'Logs must be tamper-evident, access-restricted, retained per policy, and contain no more PHI than necessary.',
    ],
  },
  {
    id: 'iq-mlops-samd',
    phaseId: P5,
    question: 'How does MLOps change when a model may be regulated as Software as a Medical Device (SaMD)?',
    outline: [
      'Whether software counts as a device depends on its intended use; tools meant to diagnose or guide treatment can fall under FDA oversight.',
      'Work inside a quality management system: documented requirements, design controls, risk management (ISO 14971), validation evidence and change control.',
      "Retraining is a change: the FDA's approach is a predetermined change control plan that describes planned modifications and how each will be validated.",
      'Version data, code and models, keep pipelines reproducible, gate CI/CD on validation results with human sign-off, and monitor performance after release.',
    ],
  },
  {
    id: 'iq-mlflow-versioning',
    phaseId: P5,
    question: 'How would you use MLflow for experiment tracking and model versioning?',
    outline: [
      'Log parameters, metrics, artifacts (plots, calibration curves) and the environment for every run.',
      'Register the chosen model in the Model Registry; each registration gets a version, and aliases or tags mark which one is in production.',
      'Record the code commit and a data snapshot reference so any run can be reproduced.',
      'Gate promotion on review, and write the deployed version id into every prediction log.',
    ],
  },
  {
    id: 'iq-cloud-health-platforms',
    phaseId: P5,
    question: 'At a high level, how do AWS HealthLake, Azure Health Data Services and Google Cloud Healthcare API compare?',
    outline: [
      'All three provide managed FHIR stores for ingesting, storing and querying health data.',
      'HealthLake adds built-in medical NLP enrichment and SQL analytics through Athena; Azure adds DICOM and MedTech (device data) services; Google offers FHIR, HL7v2 and DICOM stores.',
      "Choose based on the organization's existing cloud, the standards you need, data residency and cost.",
      'On any of them: sign a BAA, encrypt in transit and at rest, use least-privilege IAM, and turn on audit logs.',
    ],
  },

  // ── Phase 6: capstone, regulatory artifacts, communication ──────────────────
  {
    id: 'iq-model-card-contents',
    phaseId: P6,
    question: 'What belongs in a model card for a clinical prediction model?',
    outline: [
      'Intended use, intended users and out-of-scope uses; model details such as version, type, owners and date.',
      'Training and evaluation data: sources, time span, population, inclusion criteria and outcome definition.',
      'Performance: discrimination, calibration, results by subgroup (race, sex, age and others) and the operating threshold.',
      'Limitations, ethical considerations, known failure modes, the monitoring and update plan, and a contact.',
    ],
  },
  {
    id: 'iq-bias-audit',
    phaseId: P6,
    question: 'How would you run a bias audit on a clinical risk model?',
    outline: [
      'Agree with stakeholders on the groups to examine (race, ethnicity, sex, age, socioeconomic proxies such as insurance) and check how reliable those labels are.',
      'Compare discrimination, calibration and error rates (false-negative and false-positive rates) per group at the operating threshold, with confidence intervals for small groups.',
      'Look for label bias: a proxy outcome such as healthcare cost can encode unequal access to care (Obermeyer et al., Science 2019).',
      'Mitigate (better labels, reweighting, per-group recalibration, threshold review), document the trade-offs, and repeat the audit after deployment.',
    ],
  },
  {
    id: 'iq-communicate-uncertainty',
    phaseId: P6,
    question: "How would you communicate a model's uncertainty to clinicians?",
    outline: [
      'Give calibrated absolute risks as natural frequencies ("about 18 in 100 similar patients") rather than raw scores or relative risks.',
      'Show ranges or risk bands, and say plainly where the model is on weak ground (patients unlike the training data, missing inputs).',
      'Pair the number with the main contributing factors and frame it as support for, not a substitute for, clinical judgment.',
      'Co-design the display with clinicians, test that they read it correctly, and avoid adding to alert fatigue.',
    ],
  },
  {
    id: 'iq-validation-report',
    phaseId: P6,
    question: 'What goes into a validation report for a clinical AI model?',
    outline: [
      'Design: data sources, cohort definition, index time, outcome definition and the type of split (temporal or external).',
      'Metrics with confidence intervals: AUROC, AUPRC, calibration, Brier score, and net benefit from decision-curve analysis at the chosen thresholds.',
      'Subgroup and sensitivity analyses, plus a review of failure cases with clinicians.',
      'Reproducibility details (data, code and model versions), limitations and a recommendation on deployment.',
    ],
  },
  {
    id: 'iq-capstone-walkthrough',
    phaseId: P6,
    question: 'Walk me through an end-to-end healthcare AI project from your portfolio.',
    outline: [
      'Framing: the clinical question, who uses the output, which decision it supports, and how success is measured.',
      'Data: the source (e.g. MIMIC-IV demo or DE-SynPUF), cohort definition, leakage safeguards and privacy handling.',
      'Modeling: a simple baseline against the final model, calibration, explanations and subgroup checks.',
      'Delivery: deployment and monitoring design, the model card, and what you would change with more time or data.',
    ],
  },
  {
    id: 'iq-fda-action-plan',
    phaseId: P6,
    question: "What did the FDA's 2021 AI/ML-Based SaMD Action Plan set out?",
    outline: [
      'A tailored regulatory framework, including guidance on predetermined change control plans so planned model updates can be reviewed in advance.',
      'Good machine learning practice (GMLP), developed together with other regulators and standards bodies.',
      'A patient-centered approach that includes transparency to users about how AI devices work.',
      'Regulatory science on algorithmic bias and robustness, plus pilots of real-world performance monitoring.',
    ],
  },
];
