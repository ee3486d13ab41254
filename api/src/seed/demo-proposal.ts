import { netArrMeasure } from '@ocmf/standard';
import type { ChangeInput } from '../proposals/change.types.js';

/** The open example proposal of demo mode: the Customer Success measures v1 left for its next update. */
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
