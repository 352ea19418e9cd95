/**
 * Extra interview practice questions, written for this app, spread over the six phases of the
 * healthcare AI roadmap so that every phase has at least nine (phase 1 counts the roadmap's own
 * three preview questions, which live in `healthcareAiRoadmap.interviewQuestions` and are
 * deliberately not repeated here). Every phase mixes entry, mid and senior questions.
 *
 * Facts are limited to what is well established in the field (standards, regulations, methods,
 * named papers); no invented numbers or study results. Outlines are our own words.
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
    level: 'mid',
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
    level: 'mid',
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
    level: 'entry',
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
    level: 'mid',
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
    level: 'mid',
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
    level: 'entry',
    question: 'What can you, and what can you not, learn from synthetic claims data such as CMS DE-SynPUF?',
    outline: [
      'It mirrors real Medicare file structures (beneficiary summary, inpatient, outpatient, carrier and prescription drug event files), so it is ideal for practicing joins, SQL and an OMOP ETL without touching PHI.',
      'Values are synthesized and perturbed to protect privacy, so relationships between variables are distorted.',
      'Do not draw clinical or epidemiological conclusions from it; use it for teaching and pipeline testing.',
      'Re-run any real analysis on genuine data under the proper agreements.',
    ],
  },
  {
    id: 'iq-omop-new-diagnosis-sql',
    phaseId: P1,
    level: 'mid',
    question:
      'Using OMOP tables, how would you find patients newly diagnosed with type 2 diabetes who had at least a year of observation before the diagnosis?',
    outline: [
      'Find the standard concept for type 2 diabetes and take it with all its descendants from CONCEPT_ANCESTOR, so more specific codes count too.',
      "Take each person's earliest matching condition_start_date in CONDITION_OCCURRENCE as the index date (MIN with GROUP BY, or ROW_NUMBER over person_id ordered by date).",
      'Join OBSERVATION_PERIOD and keep people whose period contains the index date and began at least 365 days before it; without that look-back, "new" may only mean "new to this database".',
      'Count distinct person_id, and review the concept set with a clinician: type 1, gestational and unspecified diabetes codes are easy to sweep in or to miss.',
    ],
  },
  {
    id: 'iq-choose-deid-route',
    phaseId: P1,
    level: 'senior',
    question:
      'A research partner wants patient-level data from your health system. How do you decide between Safe Harbor, Expert Determination and a limited data set?',
    outline: [
      'Start from the purpose and the fields the partner truly needs (minimum necessary); exact dates, small geographic areas or free text rule out Safe Harbor quickly.',
      'Safe Harbor is simple and needs no expert, but it cuts dates to the year and geography to at most the first three ZIP digits, which breaks most longitudinal and local analyses.',
      'Expert Determination has a qualified expert judge the re-identification risk of this release for this recipient; it can keep detail such as shifted dates or coarsened locations, usually with conditions on how the data are held.',
      'A limited data set keeps dates, city, state, five-digit ZIP code and ages, but it is still PHI: allowed only for research, public health or health care operations, under a data use agreement.',
      'Involve the privacy officer and, for research, the IRB early, and record the choice and its reasoning with the release.',
    ],
  },

  // ── Phase 2: Python, biostatistics, survival, causal inference ───────────────
  {
    id: 'iq-censoring-survival',
    phaseId: P2,
    level: 'entry',
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
    level: 'mid',
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
    level: 'entry',
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
    level: 'mid',
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
    level: 'entry',
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
    level: 'entry',
    question: 'How do you interpret a coefficient in a logistic regression for 30-day readmission?',
    outline: [
      'A coefficient is the change in log-odds of readmission per one-unit increase in the predictor, holding the others fixed; exponentiate it to get an odds ratio.',
      'An odds ratio of 1.3 means 30% higher odds, not 30% higher probability; for common outcomes odds ratios overstate risk ratios.',
      'Check the linearity of continuous predictors on the logit scale (e.g. with splines), plausible interactions and collinearity.',
      'Report confidence intervals, and do not read the association as causal unless the design supports it.',
    ],
  },
  {
    id: 'iq-pandas-last-value-before-index',
    phaseId: P2,
    level: 'mid',
    question:
      'In pandas, how would you turn a long table of lab results into one row per admission holding the last value of each test before the prediction time?',
    outline: [
      'Merge the prediction time of each admission onto the lab rows and keep only rows charted before it; that filter is what prevents leakage.',
      'Sort by time, then keep the final row per admission and test with drop_duplicates(keep="last") or groupby(...).tail(1); groupby(...).last() takes the last non-missing value of each column separately, which can mix values from different rows.',
      'Pivot to one column per test (pivot or unstack), keep missing values as NaN, and consider "was measured" indicator columns.',
      'Check units and implausible values before pivoting, and load only the columns you need, with categorical dtypes, because tables such as MIMIC labevents are large.',
    ],
  },
  {
    id: 'iq-missing-data-ehr',
    phaseId: P2,
    level: 'mid',
    question: 'Lab values are missing for many patients in your EHR cohort. How do you handle that?',
    outline: [
      'Ask why they are missing first: in EHR data a test is often ordered because a clinician was worried, so the missingness itself carries information.',
      'Name the mechanism you assume (missing completely at random, missing at random given observed data, or missing not at random), because every method rests on one.',
      'Complete-case analysis wastes data and can bias estimates; multiple imputation by chained equations is a standard choice under missing at random, with the outcome included in the imputation model.',
      'For prediction models, a missingness indicator can add signal but ties the model to current ordering habits; fit any imputation inside the cross-validation folds.',
      'Report how much is missing per variable and run sensitivity analyses for plausible missing-not-at-random scenarios.',
    ],
  },
  {
    id: 'iq-immortal-time-bias',
    phaseId: P2,
    level: 'senior',
    question: "What is immortal time bias, and how would you avoid it in a study of a drug's effect using EHR data?",
    outline: [
      'It arises when people are classed as exposed because of something that happens after follow-up starts, such as filling a prescription some weeks after discharge.',
      'The time before the fill is "immortal": those patients had to survive it to become exposed, so counting it as exposed time makes the drug look protective.',
      'Fix time zero so that eligibility, treatment assignment and the start of follow-up coincide, as in a target trial emulation.',
      'Alternatives: model exposure as time-varying (a Cox model with a time-dependent covariate), use a landmark analysis, or clone, censor and weight when treatment may start within a grace period.',
    ],
  },

  // ── Phase 3: machine learning for clinical prediction ────────────────────────
  {
    id: 'iq-calibration-vs-discrimination',
    phaseId: P3,
    level: 'entry',
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
    level: 'mid',
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
    level: 'mid',
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
    level: 'mid',
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
    level: 'mid',
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
    level: 'senior',
    question: 'How would you validate a readmission model before another hospital uses it?',
    outline: [
      'Internal validation (bootstrap or cross-validation) corrects for optimism but says little about transportability.',
      'Run temporal validation on later data and external validation at the new site: discrimination, calibration and subgroup performance.',
      'Expect different case mix, coding habits and workflows; recalibrate or refit where needed.',
      'Report transparently (e.g. following TRIPOD) and run a silent deployment before predictions influence care.',
    ],
  },
  {
    id: 'iq-auroc-meaning',
    phaseId: P3,
    level: 'entry',
    question: 'What does an AUROC of 0.80 mean for a sepsis model, and what does it not tell you?',
    outline: [
      'It is the probability that a randomly chosen patient who develops sepsis gets a higher score than a randomly chosen patient who does not (ties count half).',
      'It summarizes ranking over every threshold, so it says nothing about how many alerts at your chosen threshold are true (PPV) or whether the predicted risks are right (calibration).',
      'With a rare outcome a high AUROC can still come with mostly false alarms, so also show the precision-recall curve and sensitivity, specificity and PPV at the operating point.',
      'Give a confidence interval (bootstrap or DeLong) and compare models on the same patients.',
    ],
  },
  {
    id: 'iq-readmission-problem-setup',
    phaseId: P3,
    level: 'entry',
    question: 'How would you set up a 30-day readmission prediction problem?',
    outline: [
      'Define the cohort: index admissions of patients discharged alive and not transferred to another acute-care hospital, much as the CMS readmission measures do.',
      'Define the outcome: an unplanned admission within 30 days of discharge (planned readmissions do not count); EHR data from one health system miss readmissions elsewhere, which claims would catch.',
      'Fix the prediction time (at discharge, or earlier if the care team needs time to act) and use only data available by then.',
      'Start from a simple baseline such as the LACE index or logistic regression, and judge discrimination, calibration and performance at the number of patients the care-management team can actually reach.',
    ],
  },
  {
    id: 'iq-partial-dependence',
    phaseId: P3,
    level: 'mid',
    question: 'What does a partial dependence plot show, and what are its pitfalls?',
    outline: [
      "It shows the model's average prediction as one feature moves across its range, averaged over the observed values of all the other features.",
      'It gives a quick global view of shape, such as risk rising steeply above a certain age or lab value.',
      'With correlated features it averages over combinations that never occur in real patients; accumulated local effects (ALE) plots cope better.',
      'An average can hide opposite effects in subgroups; individual conditional expectation (ICE) curves show them.',
      'Like SHAP, it describes the model, not causal effects in patients.',
    ],
  },
  {
    id: 'iq-length-of-stay-framing',
    phaseId: P3,
    level: 'mid',
    question: 'How would you frame a length-of-stay prediction, and what makes it tricky?',
    outline: [
      'Length of stay is right-skewed with a long tail, so a plain squared-error regression is dominated by a few very long stays.',
      'Options: regress on the log scale or use quantile or gamma models; predict a useful class such as "longer than 7 days"; or model time to discharge with survival methods.',
      'Deaths and transfers end a stay without a discharge home, so treat them as competing events or define them out explicitly.',
      'Fix the prediction time (say 24 hours after admission) and evaluate in terms the bed managers plan with: mean absolute error in days, or calibration for the class version.',
    ],
  },

  // ── Phase 4: clinical NLP and LLMs ───────────────────────────────────────────
  {
    id: 'iq-clinical-negation',
    phaseId: P4,
    level: 'mid',
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
    level: 'mid',
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
    level: 'entry',
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
    level: 'senior',
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
    level: 'mid',
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
    level: 'senior',
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
    level: 'entry',
    question: 'What is relation extraction in clinical text? Give an example.',
    outline: [
      'It finds typed links between entities already found by NER: drug to dose, drug to adverse event, test to result, treatment to problem.',
      'A common approach classifies candidate entity pairs within a sentence or window with a fine-tuned transformer; the 2018 n2c2 track on medications and adverse drug events is a standard benchmark.',
      'Hard cases: relations spanning sentences, lists, and negated or hypothetical mentions.',
      'Evaluate with precision, recall and F1 at the relation level.',
    ],
  },
  {
    id: 'iq-clinical-ner-evaluation',
    phaseId: P4,
    level: 'entry',
    question: 'What is clinical named-entity recognition, and how do you evaluate it?',
    outline: [
      'NER finds the spans of text that mention problems, medications, tests, procedures and the like, and labels their type, often as token tagging with a BIO scheme.',
      'Linking each mention to a code (a UMLS concept, SNOMED CT or RxNorm) is a separate step, called normalization or entity linking.',
      'Evaluate precision, recall and F1 per entity type, and say whether a match must be exact or may merely overlap.',
      'Agreement between human annotators on doubly annotated notes shows how well the task is defined and gives a practical ceiling; the 2010 i2b2/VA concept extraction task is a classic benchmark.',
    ],
  },
  {
    id: 'iq-medcpt-retrieval',
    phaseId: P4,
    level: 'mid',
    question: 'What is MedCPT, and where would it fit in a clinical RAG pipeline?',
    outline: [
      'MedCPT is a set of biomedical retrieval models from the US National Library of Medicine: a query encoder and an article encoder for dense retrieval, plus a cross-encoder for re-ranking.',
      'It was trained contrastively on PubMed search logs (queries paired with the articles users clicked), so it retrieves biomedical literature well without task-specific training.',
      'In a RAG pipeline the encoders turn questions and chunks into vectors for nearest-neighbor search, and the cross-encoder reorders the top hits before they reach the LLM.',
      'It learned from literature, not clinical notes, so measure retrieval (recall@k, nDCG) on your own clinical questions before choosing it over a general embedding model.',
    ],
  },
  {
    id: 'iq-fine-tune-clinical-transformer',
    phaseId: P4,
    level: 'mid',
    question: 'How would you fine-tune and evaluate ClinicalBERT to classify clinical notes?',
    outline: [
      'Write a labeling guideline, measure agreement between annotators, and split training, validation and test sets by patient (ideally also by time).',
      'Work around the 512-token limit: select the relevant sections, or split notes into chunks and combine the chunk predictions, as the ClinicalBERT readmission work did.',
      'Fine-tune with a small learning rate for a few epochs, weight rare classes, and stop early on the validation set.',
      'Compare against a strong simple baseline (TF-IDF with logistic regression), report per-class F1 and calibration, and read the errors with a clinician.',
      'Check that text at inference looks like the training text: a model trained on de-identified notes with surrogate names and shifted dates may behave differently on raw notes.',
    ],
  },

  // ── Phase 5: cloud, FHIR, MLOps ──────────────────────────────────────────────
  {
    id: 'iq-fhir-resources',
    phaseId: P5,
    level: 'entry',
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
    level: 'mid',
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
    level: 'mid',
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
    level: 'mid',
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
    level: 'senior',
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
    level: 'entry',
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
    level: 'entry',
    question: 'At a high level, how do AWS HealthLake, Azure Health Data Services and Google Cloud Healthcare API compare?',
    outline: [
      'All three provide managed FHIR stores for ingesting, storing and querying health data.',
      'HealthLake adds built-in medical NLP enrichment and SQL analytics through Athena; Azure adds DICOM and MedTech (device data) services; Google offers FHIR, HL7v2 and DICOM stores.',
      "Choose based on the organization's existing cloud, the standards you need, data residency and cost.",
      'On any of them: sign a BAA, encrypt in transit and at rest, use least-privilege IAM, and turn on audit logs.',
    ],
  },
  {
    id: 'iq-hl7v2-vs-fhir',
    phaseId: P5,
    level: 'entry',
    question: 'How does FHIR differ from HL7 version 2 messaging, and why do hospitals still use both?',
    outline: [
      'HL7 v2 sends pipe-delimited event messages (ADT for admissions, discharges and transfers, ORU for results) through interface engines, and it runs inside almost every hospital.',
      'v2 is flexible to the point of local dialects: optional fields and custom Z-segments mean each interface needs its own mapping.',
      'FHIR exposes resources over a RESTful API in JSON or XML, with standard search, references between resources, and profiles that tighten the rules.',
      'US rules under the 21st Century Cures Act require certified EHRs to offer FHIR APIs, while internal feeds often stay on v2, so pipelines commonly convert v2 messages into FHIR resources.',
    ],
  },
  {
    id: 'iq-phi-cloud-safeguards',
    phaseId: P5,
    level: 'mid',
    question: 'What must be in place before PHI goes into a public cloud account?',
    outline: [
      "A business associate agreement with the cloud provider, and PHI only in the services the provider lists as covered by it (for example AWS's HIPAA-eligible services).",
      'Shared responsibility: the provider secures the infrastructure; you secure configuration, identities, data and applications.',
      'Encryption in transit and at rest with managed keys, private networking, least-privilege roles, and no real PHI in development or test environments.',
      'Audit logs of data access and configuration changes (CloudTrail, Azure Monitor or Cloud Audit Logs), retained and reviewed, plus backups and an incident-response plan.',
      'Check data residency and other regimes that apply, such as GDPR for data on people in the EU.',
    ],
  },
  {
    id: 'iq-ml-cicd-gates',
    phaseId: P5,
    level: 'senior',
    question: 'What should a CI/CD pipeline check before a new version of a clinical model goes live?',
    outline: [
      'Code and data contracts: unit tests, schema and range checks on inputs, and training that can be reproduced from versioned data and code.',
      'An evaluation gate against the current model on a fixed test set and on recent data: discrimination, calibration and subgroup metrics, against thresholds agreed in advance.',
      'A silent (shadow) run in production that compares live predictions before anyone acts on them.',
      'Sign-off by the clinical owner and the governance group, a change record, a staged rollout and a tested rollback.',
      'For a regulated device, a check that the change falls within the authorized predetermined change control plan; a change outside it may need a new marketing submission.',
    ],
  },

  // ── Phase 6: capstone, regulatory artifacts, communication ──────────────────
  {
    id: 'iq-model-card-contents',
    phaseId: P6,
    level: 'entry',
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
    level: 'senior',
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
    level: 'mid',
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
    level: 'mid',
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
    level: 'entry',
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
    level: 'mid',
    question: "What did the FDA's 2021 AI/ML-Based SaMD Action Plan set out?",
    outline: [
      'A tailored regulatory framework, including guidance on predetermined change control plans so planned model updates can be reviewed in advance.',
      'Good machine learning practice (GMLP), developed together with other regulators and standards bodies.',
      'A patient-centered approach that includes transparency to users about how AI devices work.',
      'Regulatory science on algorithmic bias and robustness, plus pilots of real-world performance monitoring.',
    ],
  },
  {
    id: 'iq-fairness-metrics-tradeoffs',
    phaseId: P6,
    level: 'mid',
    question: "Which fairness metrics would you report for a clinical classifier, and why can't they all be met at once?",
    outline: [
      'Common group metrics: demographic parity (equal rates of positive predictions), equal opportunity (equal sensitivity), equalized odds (equal sensitivity and false-positive rate), predictive parity (equal PPV) and calibration within each group.',
      'When the outcome is more common in one group, an imperfect model cannot be calibrated in every group and also have equal false-positive and false-negative rates (Kleinberg et al.; Chouldechova).',
      'So choose, with clinicians and patient representatives, the metric that matches the harm: for a screening tool, missed cases (sensitivity) usually matter most; for a scarce program, who gets offered it.',
      'Report each metric per group with sample sizes and confidence intervals, and state the trade-off you accepted.',
    ],
  },
  {
    id: 'iq-pccp-contents',
    phaseId: P6,
    level: 'senior',
    question: 'What is a predetermined change control plan (PCCP), and what goes into one?',
    outline: [
      "A plan, authorized by the FDA with a device's marketing submission, for specific future changes to AI-enabled device software, so those changes can be made without a new submission each time.",
      "The FDA's final guidance (December 2024) names three parts: a description of the planned modifications, a modification protocol (data, retraining, performance evaluation and update procedures), and an impact assessment of benefits and risks.",
      'It suits changes such as retraining on new data or improving performance within the same intended use; a change outside the plan takes the usual regulatory route.',
      'It rests on the quality system: version control, traceability, validation evidence, and clear information to users about what changed.',
    ],
  },
  {
    id: 'iq-cds-device-criteria',
    phaseId: P6,
    level: 'senior',
    question: 'Under US law, when is clinical decision support software not regulated as a medical device?',
    outline: [
      'The 21st Century Cures Act excludes clinical decision support (CDS) software from the device definition only when it meets four criteria together.',
      'It does not acquire, process or analyze a medical image, a signal from an in vitro diagnostic device, or a pattern or signal from a signal-acquisition system.',
      'It displays, analyzes or prints medical information, and supports or gives recommendations to a health care professional rather than to patients.',
      'It lets the professional independently review the basis of each recommendation, so they do not rely primarily on it; an opaque risk score that clinicians cannot check is unlikely to qualify.',
      "The FDA's CDS guidance explains how it reads these criteria: check the current version, and record your reasoning in the project's regulatory file.",
    ],
  },
  {
    id: 'iq-value-based-care-context',
    phaseId: P6,
    level: 'entry',
    question: 'How do payment programs such as value-based care shape the analytics a health system asks for?',
    outline: [
      'Under fee-for-service, providers are paid per service; value-based arrangements such as accountable care organizations and bundled payments reward quality and lower total cost of care.',
      "Medicare's Hospital Readmissions Reduction Program cuts payments to hospitals with more readmissions than expected for certain conditions, one reason readmission models are in demand.",
      'Risk adjustment (for example HCC coding in Medicare Advantage) ties payment to documented diagnoses, so complete and accurate coding matters to analysts.',
      'Typical requests follow: risk stratification for care management, quality-measure reporting (such as HEDIS), cost and utilization trends, and program evaluation.',
    ],
  },
];
