import type { NewMeasure } from '../changes.js';
import type { Category, FrameworkDocument, Measure } from '../document.js';
import type { ReleaseMeta } from '../release-document.js';

/**
 * OCMF v1.0.0, the "Spring 2016 edition": five categories with their Focus % and suggested measures for
 * executives and managers. Where the public material describes a measure only by its purpose, the definition
 * here is a working one, and its notes say so.
 */

const WORKING_DEFINITION =
  'Working definition: the v1 material describes this measure by its purpose only. Name and definition are to be refined by proposal.';
const WORKING_AUDIENCE =
  'The v1 material does not settle whether this is an executive or a manager measure; the audience given here is a working assumption, to be refined by proposal.';

const categories: Category[] = [
  {
    key: 'customer',
    name: 'Customer',
    description:
      'How customers experience the organization: how engaged they are, how well they help themselves, and whether their ideas for making the service easier are taken up. Its Focus % is the share of leadership time to give this category, not a weight in any score.',
    focusPercent: 20,
    position: 1,
  },
  {
    key: 'employee',
    name: 'Employee',
    description:
      'The people who deliver the service: how connected and content they are, how quickly they become capable, and whether their improvement ideas are put into practice. Focus % here is leadership time, not a scoring weight.',
    focusPercent: 20,
    position: 2,
  },
  {
    key: 'business',
    name: 'Business',
    description:
      'End-to-end outcomes that matter to the business, measured from the customer’s side, such as how long it takes a customer to get value and to recover from a disruption. Classic cost and efficiency reporting should take up less room here over time. The largest share of leadership time (Focus %) goes to this category.',
    focusPercent: 30,
    position: 3,
  },
  {
    key: 'knowledge',
    name: 'Knowledge/Collaboration',
    description:
      'How the organization captures, shares and reuses what it knows, how quickly that knowledge reaches customers, and how easily teams work across group boundaries. Focus % is the share of leadership time to spend here.',
    focusPercent: 20,
    position: 4,
  },
  {
    key: 'acceleration',
    name: 'Acceleration',
    description:
      'Time invested in transforming how the organization works instead of reacting to the day: putting measures in order, engaging employees, starting knowledge management, and cross-functional efforts such as Time to Smile. Its Focus % is leadership time, not a weight.',
    focusPercent: 10,
    position: 5,
  },
];

const measures: Measure[] = [
  {
    key: 'customer-engagement-score',
    name: 'Customer Engagement Score',
    categoryKey: 'customer',
    audience: 'EXECUTIVE',
    definition:
      'A single score for how engaged customers are, blending a relationship view (for example Net Promoter Score or loyalty) with a transactional view (for example satisfaction with recent interactions).',
    formula:
      'Weighted combination of a relationship score (e.g. NPS, loyalty) and a transactional score (e.g. customer satisfaction), each scaled to 0–100',
    unit: 'score (0–100)',
    direction: 'HIGHER_IS_BETTER',
    status: 'ACTIVE',
    aliases: [],
    notes: `The weighting of the two parts is left to each organization. ${WORKING_AUDIENCE}`,
  },
  {
    key: 'customer-serviceability-suggestions-accepted',
    name: 'Customer Serviceability Suggestions Accepted',
    categoryKey: 'customer',
    audience: 'MANAGER',
    definition:
      'The share of suggestions from customers for making the product or service easier to support that the organization goes on to implement.',
    formula: 'Customer serviceability suggestions implemented ÷ customer serviceability suggestions submitted × 100',
    unit: '%',
    direction: 'HIGHER_IS_BETTER',
    status: 'ACTIVE',
    aliases: [],
    notes: WORKING_AUDIENCE,
  },
  {
    key: 'self-service-success',
    name: 'Self-Service Success',
    categoryKey: 'customer',
    audience: 'MANAGER',
    definition:
      'How often customers who try to help themselves, through a portal, community or knowledge base, get what they came for without needing assisted help.',
    formula: 'Self-service attempts resolved without an assisted contact ÷ all self-service attempts × 100',
    unit: '%',
    direction: 'HIGHER_IS_BETTER',
    status: 'ACTIVE',
    aliases: [],
    notes: `Working definition: how a resolved attempt is detected is to be refined by proposal. ${WORKING_AUDIENCE}`,
  },
  {
    key: 'employee-engagement',
    name: 'Employee Engagement',
    categoryKey: 'employee',
    audience: 'EXECUTIVE',
    definition:
      'How emotionally connected employees feel to the organization and its goals, measured by a survey repeated at regular intervals.',
    formula: null,
    unit: 'score',
    direction: 'HIGHER_IS_BETTER',
    status: 'ACTIVE',
    aliases: [],
    notes: WORKING_AUDIENCE,
  },
  {
    key: 'employee-satisfaction',
    name: 'Employee Satisfaction',
    categoryKey: 'employee',
    audience: 'MANAGER',
    definition: 'How content employees are with their job and working conditions, measured by a survey repeated at regular intervals.',
    formula: null,
    unit: 'score',
    direction: 'HIGHER_IS_BETTER',
    status: 'ACTIVE',
    aliases: [],
    notes: WORKING_AUDIENCE,
  },
  {
    key: 'employee-serviceability-suggestions-accepted',
    name: 'Employee Serviceability Suggestions Accepted',
    categoryKey: 'employee',
    audience: 'MANAGER',
    definition: 'The share of improvement suggestions raised by employees that the organization puts into practice.',
    formula: 'Employee suggestions implemented ÷ employee suggestions submitted × 100',
    unit: '%',
    direction: 'HIGHER_IS_BETTER',
    status: 'ACTIVE',
    aliases: [],
    notes: WORKING_AUDIENCE,
  },
  {
    key: 'time-to-proficiency',
    name: 'Time to Proficiency',
    categoryKey: 'employee',
    audience: 'EXECUTIVE',
    definition: 'How long it takes a new team member to work proficiently, or an existing one to master a new skill.',
    formula: 'Date proficiency is reached − date of joining (or of starting to learn the skill)',
    unit: 'days',
    direction: 'LOWER_IS_BETTER',
    status: 'ACTIVE',
    aliases: [],
    notes: `How proficiency is judged is left to each organization. ${WORKING_AUDIENCE}`,
  },
  {
    key: 'time-to-customer-value',
    name: 'Time to Customer Value',
    categoryKey: 'business',
    audience: 'EXECUTIVE',
    definition:
      'The end-to-end time it takes a customer to get value, added up across the whole relationship: before buying, after buying, and after any interruption of service (Klever’s Law). Days in which a customer already gets value before the purchase count as negative, so a result of zero or below is very good.',
    formula: 'Time to Value (before sale) + Time to Value (after sale) + Time to Smile',
    unit: 'days',
    direction: 'LOWER_IS_BETTER',
    status: 'EMERGING',
    aliases: ['Klever’s Law'],
    notes:
      'Example: a customer who relies on the vendor’s published content ten days before purchasing contributes −10 days to the before-sale term. An emerging, end-to-end measure.',
  },
  {
    key: 'time-to-smile',
    name: 'Time to Smile',
    categoryKey: 'business',
    audience: 'MANAGER',
    definition:
      'The elapsed time from the moment a customer can no longer use the product or service as intended until that customer is satisfied again.',
    formula: 'Time the customer is satisfied again − time their use of the product or service was interrupted',
    unit: 'days',
    direction: 'LOWER_IS_BETTER',
    status: 'EMERGING',
    aliases: ['Time to Resolution', 'Time to Restore'],
    notes: `An emerging, end-to-end measure; it is also the third term of Time to Customer Value. ${WORKING_AUDIENCE}`,
  },
  {
    key: 'time-to-publish',
    name: 'Time to Publish',
    categoryKey: 'knowledge',
    audience: 'EXECUTIVE',
    definition:
      'How long it takes knowledge captured inside the organization, such as the answer to a new question, to become available to customers.',
    formula: 'Date the knowledge is available to customers − date it was first captured',
    unit: 'days',
    direction: 'LOWER_IS_BETTER',
    status: 'ACTIVE',
    aliases: [],
    notes: WORKING_DEFINITION,
  },
  {
    key: 'time-to-first-article',
    name: 'Time to First Article',
    categoryKey: 'knowledge',
    audience: 'EXECUTIVE',
    definition: 'How long customers wait, after a new issue is first reported, for guidance on it that they can read themselves.',
    formula: 'Date the first customer-facing article on an issue is published − date the issue was first reported',
    unit: 'days',
    direction: 'LOWER_IS_BETTER',
    status: 'ACTIVE',
    aliases: [],
    notes: WORKING_DEFINITION,
  },
  {
    key: 'knowledge-reuse',
    name: 'Knowledge Reuse',
    categoryKey: 'knowledge',
    audience: 'EXECUTIVE',
    definition: 'How much of the work is done by reusing knowledge that already exists rather than working it out again.',
    formula: 'Cases resolved with existing knowledge ÷ all resolved cases × 100',
    unit: '%',
    direction: 'HIGHER_IS_BETTER',
    status: 'ACTIVE',
    aliases: [],
    notes: WORKING_DEFINITION,
  },
  {
    key: 'cross-group-collaboration',
    name: 'Cross-Group Collaboration',
    categoryKey: 'knowledge',
    audience: 'EXECUTIVE',
    definition:
      'How easily teams find it to work with other groups in the organization, as reported by the teams themselves in a regular survey.',
    formula: null,
    unit: 'score',
    direction: 'HIGHER_IS_BETTER',
    status: 'ACTIVE',
    aliases: [],
    notes: WORKING_DEFINITION,
  },
  {
    key: 'actionable-insight-harvest',
    name: 'Actionable Insight Harvest',
    categoryKey: 'knowledge',
    audience: 'EXECUTIVE',
    definition:
      'How well the organization turns what its knowledge shows (recurring issues, gaps, requests) into actions that improve products and processes.',
    formula: 'Improvements acted on that originated from knowledge analysis, per quarter',
    unit: 'improvements per quarter',
    direction: 'HIGHER_IS_BETTER',
    status: 'ACTIVE',
    aliases: [],
    notes: WORKING_DEFINITION,
  },
  {
    key: 'knowledge-contribution',
    name: 'Knowledge Contribution',
    categoryKey: 'knowledge',
    audience: 'MANAGER',
    definition: 'How often team members capture or improve shared knowledge as part of resolving their work.',
    formula: 'Resolved cases in which knowledge was created or improved ÷ all resolved cases × 100',
    unit: '%',
    direction: 'HIGHER_IS_BETTER',
    status: 'ACTIVE',
    aliases: [],
    notes:
      'Working definition: the v1 material names no manager measure for this category. Name and definition are to be refined by proposal.',
  },
  {
    key: 'leadership-time-on-transformation',
    name: 'Leadership Time on Transformation',
    categoryKey: 'acceleration',
    audience: 'EXECUTIVE',
    definition:
      'The share of leadership time that goes to initiatives that change how the organization works, rather than to reacting to daily events.',
    formula: 'Leadership hours on transformation initiatives ÷ all leadership hours × 100',
    unit: '%',
    direction: 'HIGHER_IS_BETTER',
    status: 'ACTIVE',
    aliases: [],
    notes: WORKING_DEFINITION,
  },
  {
    key: 'improvement-milestones-met',
    name: 'Improvement Milestones Met',
    categoryKey: 'acceleration',
    audience: 'MANAGER',
    definition:
      'How reliably improvement initiatives (such as reworking measures, engaging employees or starting knowledge management) reach the milestones they planned.',
    formula: 'Improvement milestones reached on time ÷ improvement milestones due × 100',
    unit: '%',
    direction: 'HIGHER_IS_BETTER',
    status: 'ACTIVE',
    aliases: [],
    notes: WORKING_DEFINITION,
  },
];

export const ocmfV1Document: FrameworkDocument = { categories, measures };

export const ocmfV1Release: ReleaseMeta = {
  version: '1.0.0',
  title: 'Spring 2016 edition',
  publishedAt: '2016-03-22T00:00:00.000Z',
  license: {
    id: 'CC-BY-4.0',
    name: 'Creative Commons Attribution 4.0 International',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    attribution:
      'Open Customer Metrics Framework (OCMF), licensed under CC BY 4.0. Always check https://ocmfgroup.org for the latest version.',
  },
};

/**
 * Net Annual Recurring Revenue: the Customer Success profitability measure v1 left for its next update, ready to
 * be proposed with ADD_MEASURE.
 */
export const netArrMeasure: NewMeasure = {
  key: 'net-annual-recurring-revenue',
  name: 'Net Annual Recurring Revenue',
  categoryKey: 'business',
  audience: 'EXECUTIVE',
  definition:
    'The yearly recurring revenue the organization gains or loses across its customers: what new customers bring in and existing customers expand by, less what departing customers take away.',
  formula: 'New customer revenue − Lost customer revenue + Expansion revenue',
  unit: 'currency per year',
  direction: 'HIGHER_IS_BETTER',
  status: 'EMERGING',
  aliases: ['Net ARR'],
  notes: 'A Customer Success measure of profitability; operational efficiency is the other lens named for Customer Success.',
};
