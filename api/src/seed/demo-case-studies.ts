import type { CaseStudyInput, LinkEvidenceInput } from '../case-studies/dto/case-study.input.js';

/** The demo's case studies: one using Time to Smile (release 1.0.0), one using Net ARR (added in 1.1.0). */
export const TIME_TO_SMILE_CASE_STUDY: CaseStudyInput = {
  title: 'Halving Time to Smile in a support team of forty',
  summary:
    'A software company stopped ranking support agents by tickets closed and started guiding the team with Time to Smile. In two quarters the median time to restore a customer fell from nine days to four.',
  body: [
    '## Context',
    '',
    'A B2B software company with a support team of forty people across three time zones. Agents were graded on tickets closed per week, and customers waited.',
    '',
    '## What we changed',
    '',
    '- We measured **Time to Smile** for every interruption: from the moment a customer could not work until they confirmed they could.',
    '- The number was reviewed weekly by the team, never per person: *guiding, not grading*.',
    '- Escalations to engineering got a named owner on the first day.',
    '',
    '## What happened',
    '',
    'The median fell from 9 days to 4 within two quarters. Tickets closed per agent went *down* slightly, because hard cases stopped bouncing between queues.',
    '',
    '## Lessons',
    '',
    'Start the clock when the customer is stuck, not when the ticket is opened; the difference was two days for us.',
  ].join('\n'),
  organization: 'Northwind Software',
  industry: 'SOFTWARE',
  organizationSize: 'SIZE_250_999',
  periodStart: '2025-01-01',
  periodEnd: '2025-06-30',
  releaseVersion: '1.0.0',
  outcomes: [
    {
      measureKey: 'time-to-smile',
      before: 9,
      after: 4,
      usage: 'GUIDING',
      periodStart: '2025-01-01',
      periodEnd: '2025-06-30',
      note: 'Median over all interruptions reported in the quarter.',
    },
  ],
  links: [{ label: 'Slides of the talk', url: 'https://example.org/northwind-time-to-smile' }],
};

export const NET_ARR_CASE_STUDY: CaseStudyInput = {
  title: 'Net ARR as the board’s Customer Success measure',
  summary:
    'A subscription business adopted Net Annual Recurring Revenue from OCMF 1.1.0 to report Customer Success to its board, and used it to steer expansion work rather than to set quotas.',
  body: [
    '## Context',
    '',
    'A mid-sized subscription business whose board saw new sales and churn separately, and never the net effect of Customer Success.',
    '',
    '## What we changed',
    '',
    'We reported **Net ARR** each quarter as OCMF 1.1.0 defines it, with expansion and contraction of staying customers netted, and lost customers counted whole.',
    '',
    '## What happened',
    '',
    'Net ARR grew from 1.2 million to 1.5 million a year over twelve months, mostly from expansion in accounts the Customer Success team had been asked to guide rather than to sell to.',
    '',
    '## Lessons',
    '',
    'Agree the period first (we used the trailing twelve months) or the quarters cannot be compared.',
  ].join('\n'),
  organization: null,
  industry: 'FINANCIAL_SERVICES',
  organizationSize: 'SIZE_50_249',
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  releaseVersion: '1.1.0',
  outcomes: [{ measureKey: 'net-annual-recurring-revenue', before: 1_200_000, after: 1_500_000, usage: 'GUIDING', note: null }],
  links: [],
};

/** The Time to Smile case study, as evidence on the proposal that clarifies when its clock starts. */
export const TIME_TO_SMILE_EVIDENCE: Omit<LinkEvidenceInput, 'proposalNumber' | 'caseStudyId'> = {
  note: 'Starting the clock when the customer is stuck changed the median by two days.',
};
