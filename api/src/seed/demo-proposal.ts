import { netArrMeasure } from '@ocmf/standard';
import type { ChangeInput } from '../proposals/change.types.js';

/** The demo's first proposal: the Customer Success measures v1 left for its next update. */
export const CUSTOMER_SUCCESS_PROPOSAL = {
  title: 'Add Customer Success metrics',
  summary: [
    '## Why',
    '',
    'The Spring 2016 edition left Customer Success measures out, to be agreed and added in the next update.',
    'Subscription businesses now report them to their boards, and practitioners ask where they belong in OCMF.',
    '',
    '## What',
    '',
    'Add **Net Annual Recurring Revenue** to the Business category as an executive measure:',
    '',
    '> Net ARR = New customer revenue − Lost customer revenue + Expansion revenue',
    '',
    'It starts as EMERGING, so organizations can try it before it becomes a core measure.',
    'An operational-efficiency measure for Customer Success managers can follow in a separate proposal.',
  ].join('\n'),
  changes: [
    {
      op: 'ADD_MEASURE',
      measure: { ...netArrMeasure, formula: netArrMeasure.formula ?? null, notes: netArrMeasure.notes ?? null },
      reason: 'Customer Success was planned for the first update after v1.',
    },
  ] satisfies ChangeInput[],
};

/** A short discussion: [author index into DEMO_ACCOUNTS, body, index of the comment it replies to]. */
export const CUSTOMER_SUCCESS_DISCUSSION: [number, string, number | null][] = [
  [2, 'Strong support. Should churned *expansion* revenue count as lost customer revenue, or only whole lost customers?', null],
  [4, 'Only whole lost customers; contraction of a customer who stays is netted inside expansion. I can add that to the notes.', 0],
  [1, 'Please also say which period the figures cover. Annual, as the name says, but trailing twelve months or fiscal year?', null],
];

export const CUSTOMER_SUCCESS_RELEASE = {
  title: 'Customer Success update',
  notes: 'Adds Net Annual Recurring Revenue to Business, the first Customer Success measure, as agreed in proposal #1.',
  version: null,
};

/** An open proposal, in DISCUSSION. */
export const CLARIFY_TIME_TO_SMILE_PROPOSAL = {
  title: 'Say when the Time to Smile clock starts',
  summary:
    'Teams start the clock at different moments: when the customer notices, when they report, or when monitoring alerts. ' +
    'Comparisons across organizations need one rule. This proposes the first moment the customer cannot use the product as intended.',
  changes: [
    {
      op: 'UPDATE_MEASURE',
      measureKey: 'time-to-smile',
      patch: {
        notes:
          'The clock starts at the first moment the customer cannot use the product or service as intended, whether or not they have reported it yet.',
      },
      reason: 'One start rule makes results comparable.',
    },
  ] satisfies ChangeInput[],
};

export const CLARIFY_TIME_TO_SMILE_COMMENT =
  'Agreed, though detecting that moment needs monitoring many teams lack. Could the notes say what to do without it?';

/** A proposal being voted on. */
export const REBALANCE_PROPOSAL = {
  title: 'Give Business five more points of leadership time',
  summary: 'End-to-end measures such as Time to Customer Value need attention from the top. Take the five points from Acceleration.',
  changes: [
    {
      op: 'SET_FOCUS',
      focus: [
        { categoryKey: 'customer', focusPercent: 20 },
        { categoryKey: 'employee', focusPercent: 20 },
        { categoryKey: 'business', focusPercent: 35 },
        { categoryKey: 'knowledge', focusPercent: 20 },
        { categoryKey: 'acceleration', focusPercent: 5 },
      ],
      reason: 'More leadership time for end-to-end outcomes.',
    },
  ] satisfies ChangeInput[],
};
