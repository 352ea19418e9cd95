/**
 * Optional second track: credentials and admission to an AI master's degree, drawn from the
 * article "2026 AI Master's Degrees for Healthcare Professionals". It is modelled as a Roadmap so
 * the same checklist, progress and pace features work for it.
 *
 * Durations: the article gives NO durations for earning certifications or preparing an
 * application. The `weeks` values below are our own planning estimates, not facts from the source.
 *
 * Resources: only official home pages whose addresses are certain are linked; the article itself
 * gives no addresses. Certifications the article names without a clear issuing body (e.g. the
 * "Certified Machine Learning Professional") get no link rather than a guessed one.
 *
 * Ids are stable keys for stored progress: never rename or reuse one. All ids start with `cred-`
 * so they can never clash with the main roadmap.
 */
import type { Roadmap } from './types';

export const credentialsTrack: Roadmap = {
  id: 'credentials-degree-track',
  title: "Credentials & master's admission",
  contentVersion: 1,

  role: {
    difficulty: 'Varies',
    entryBarrier: "Bachelor's degree plus quantitative and programming prerequisites",
    codingRequired: true,
    // The article: 1.5–3 years full-time, 12–18 months on accelerated tracks, 3+ years part-time.
    // 18 months is the short end of the typical full-time range.
    monthsToJobReady: 18,
    isRemoteFriendly: true,
    summary:
      "An optional, more formal route for healthcare professionals: an accredited AI master's " +
      'degree centered on machine learning for diagnostics, NLP over medical records and ' +
      'predictive analytics, backed by industry certifications. The article puts full-time study ' +
      'at 1.5 to 3 years (12 to 18 months on accelerated tracks, longer part-time) and total ' +
      'tuition at roughly $40,000 to $120,000. It reports that most entrants have no computer ' +
      'science background and catch up through bridge courses, that online and hybrid study are ' +
      'widespread, and that graduates who add a certification to the degree earn around a third ' +
      'more than those with the degree alone.',
    fitsIf: [
      'You trained in nursing, medicine, public health or the health sciences and want structured, accredited AI training.',
      'You have no computer science background but are willing to take bridge courses in Python, statistics and data structures first.',
      'You need study that fits around clinical shifts; online and hybrid formats are common.',
    ],
    notFitIf: [
      'You cannot commit 1.5 to 3 years of full-time study (longer part-time) or tuition in the $40,000 to $120,000 range.',
      'You want to avoid quantitative material and computational tools; these programs still expect both.',
      'You would rather become job-ready through self-study and a portfolio, which is what the main roadmap covers.',
    ],
  },

  phases: [
    {
      id: 'cred-certifications',
      number: 1,
      title: 'Complementary certifications',
      // Planning estimate only: the article gives no durations.
      weeks: 12,
      goals: [
        {
          id: 'cred-goal-cphims',
          text:
            'CPHIMS (Certified Professional in Healthcare Information and Management Systems): an informatics ' +
            'credential that joins clinical knowledge with data analytics, useful for EHR optimization and ' +
            'clinical decision support work.',
        },
        {
          id: 'cred-goal-ahima-informatics',
          text:
            'AHIMA health informatics certification: named by the article alongside CPHIMS as a credential ' +
            'linking clinical know-how and analytics (check AHIMA for the credential that currently fits).',
        },
        {
          id: 'cred-goal-chda',
          text:
            'CHDA (Certified Health Data Analyst): shows you can manage complex healthcare datasets and keep ' +
            'work within regulatory requirements.',
        },
        {
          id: 'cred-goal-ml-certification',
          text:
            'A machine-learning certification such as the Certified Machine Learning Professional (CMLP) or an ' +
            'IEEE certification: evidence of algorithm-development and data-modeling skills.',
        },
        {
          id: 'cred-goal-specialty-credential',
          text:
            'Optional: a credential in clinical coding, in securing health data, or in interoperability ' +
            'standards; the article says these help you work well inside multidisciplinary healthcare teams.',
        },
      ],
      resources: [
        {
          id: 'cred-res-himss',
          title: 'HIMSS (awards the CPHIMS credential)',
          url: 'https://www.himss.org/',
          kind: 'community',
          isFree: null,
          note: 'Home page of the issuing organization; look up current exam eligibility and fees there.',
        },
        {
          id: 'cred-res-ahima',
          title: 'AHIMA (American Health Information Management Association)',
          url: 'https://www.ahima.org/',
          kind: 'community',
          isFree: null,
          note:
            'Home page of the organization behind the CHDA and the informatics credential the article mentions; ' +
            'look up current credentials, eligibility and fees there.',
        },
      ],
      milestone: {
        id: 'cred-milestone-first-certification',
        text: 'First certification earned',
      },
    },
    {
      id: 'cred-masters-admission',
      number: 2,
      title: "Master's admission checklist",
      // Planning estimate only: the article gives no durations.
      weeks: 16,
      goals: [
        {
          id: 'cred-goal-bridge-python',
          text: 'Complete a bridge or prerequisite course in Python programming',
        },
        {
          id: 'cred-goal-bridge-statistics',
          text: 'Complete a bridge or prerequisite course in statistics',
        },
        {
          id: 'cred-goal-bridge-data-structures',
          text: 'Complete a bridge or prerequisite course in data structures',
        },
        {
          id: 'cred-goal-gpa-check',
          text: 'Check your undergraduate GPA against program minimums (typically around 3.0)',
        },
        {
          id: 'cred-goal-gre-if-required',
          text: 'Find out whether each target program requires the GRE (many make it optional) and sit it if so',
        },
        {
          id: 'cred-goal-statement-of-purpose',
          text: 'Write a statement of purpose on how you will combine AI and healthcare, citing relevant work or research',
        },
        {
          id: 'cred-goal-recommendation-letters',
          text: 'Secure strong letters of recommendation that speak to your analytical and problem-solving skills',
        },
        {
          id: 'cred-goal-hipaa-familiarity',
          text: 'Get familiar with HIPAA and other health data privacy rules',
        },
        {
          id: 'cred-goal-shortlist-programs',
          text:
            'Shortlist programs: accreditation (e.g. ABET or CAHIIM), faculty publishing in healthcare AI, ' +
            'employer partnerships, published employment outcomes and flexible formats',
        },
      ],
      resources: [
        {
          id: 'cred-res-hhs-hipaa',
          title: 'HHS: HIPAA (official guidance from the U.S. Department of Health and Human Services)',
          url: 'https://www.hhs.gov/hipaa/index.html',
          kind: 'docs',
          isFree: true,
        },
        {
          id: 'cred-res-abet',
          title: 'ABET (program accreditation)',
          url: 'https://www.abet.org/',
          kind: 'docs',
          isFree: true,
        },
        {
          id: 'cred-res-cahiim',
          title: 'CAHIIM (health informatics program accreditation)',
          url: 'https://www.cahiim.org/',
          kind: 'docs',
          isFree: true,
        },
      ],
      milestone: {
        id: 'cred-milestone-application-submitted',
        text: 'Application submitted',
      },
    },
  ],

  typicalDay: [],
  careerLadder: [],
  interviewQuestions: [],
};
