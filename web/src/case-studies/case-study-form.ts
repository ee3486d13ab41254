import {
  INDUSTRIES,
  INDUSTRY_LABELS,
  type Industry,
  ORGANIZATION_SIZE_LABELS,
  ORGANIZATION_SIZES,
  type OrganizationSize,
  type OutcomeUsage,
} from '@ocmf/standard';
import { fieldIssuesOf } from '../ui/graphql-errors';

/** One outcome row as the editor holds it: numbers as typed, so a half-typed value stays on screen. */
export type OutcomeRow = {
  measureKey: string;
  before: string;
  after: string;
  usage: OutcomeUsage;
  periodStart: string;
  periodEnd: string;
  note: string;
};

export type LinkRow = { label: string; url: string };

export type CaseStudyForm = {
  title: string;
  summary: string;
  body: string;
  organization: string;
  anonymous: boolean;
  industry: Industry | '';
  organizationSize: OrganizationSize | '';
  periodStart: string;
  periodEnd: string;
  releaseVersion: string;
  outcomes: OutcomeRow[];
  links: LinkRow[];
};

export const emptyOutcome = (): OutcomeRow => ({
  measureKey: '',
  before: '',
  after: '',
  usage: 'GUIDING',
  periodStart: '',
  periodEnd: '',
  note: '',
});

export const emptyForm = (releaseVersion: string): CaseStudyForm => ({
  title: '',
  summary: '',
  body: '',
  organization: '',
  anonymous: false,
  industry: '',
  organizationSize: '',
  periodStart: '',
  periodEnd: '',
  releaseVersion,
  outcomes: [emptyOutcome()],
  links: [],
});

/** A number as typed; NaN for anything that is not one (the API then names the field). */
const number = (typed: string): number => (typed.trim() === '' ? Number.NaN : Number(typed.replace(/,/g, '').trim()));

export type CaseStudyInputValue = {
  title: string;
  summary: string;
  body: string;
  organization: string | null;
  industry: Industry | null;
  organizationSize: OrganizationSize | null;
  periodStart: string | null;
  periodEnd: string | null;
  releaseVersion: string;
  outcomes: {
    measureKey: string;
    before: number;
    after: number;
    usage: OutcomeUsage;
    periodStart: string | null;
    periodEnd: string | null;
    note: string | null;
  }[];
  links: LinkRow[];
};

/** What the API is sent. Values that are not numbers are refused here, with the path the API would name. */
export function toInput(form: CaseStudyForm): { input: CaseStudyInputValue; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const outcomes = form.outcomes.map((row, index) => {
    const before = number(row.before);
    const after = number(row.after);
    if (!Number.isFinite(before)) errors[`outcomes[${index}].before`] = 'The baseline must be a number.';
    if (!Number.isFinite(after)) errors[`outcomes[${index}].after`] = 'The result must be a number.';
    if (!row.measureKey) errors[`outcomes[${index}].measureKey`] = 'Choose a measure.';
    return {
      measureKey: row.measureKey,
      before: Number.isFinite(before) ? before : 0,
      after: Number.isFinite(after) ? after : 0,
      usage: row.usage,
      periodStart: row.periodStart || null,
      periodEnd: row.periodEnd || null,
      note: row.note.trim() === '' ? null : row.note,
    };
  });
  return {
    input: {
      title: form.title,
      summary: form.summary,
      body: form.body,
      organization: form.anonymous ? null : form.organization,
      industry: form.industry || null,
      organizationSize: form.organizationSize || null,
      periodStart: form.periodStart || null,
      periodEnd: form.periodEnd || null,
      releaseVersion: form.releaseVersion,
      outcomes,
      links: form.links.filter((link) => link.label.trim() !== '' || link.url.trim() !== ''),
    },
    errors,
  };
}

/** A saved case study back into the editor. */
export function fromCaseStudy(caseStudy: {
  title: string;
  summary: string;
  body: string | null;
  organization: string | null;
  industry: Industry | null;
  organizationSize: OrganizationSize | null;
  periodStart: string | null;
  periodEnd: string | null;
  releaseVersion: string;
  outcomes: readonly {
    measureKey: string;
    before: number;
    after: number;
    usage: OutcomeUsage;
    periodStart: string | null;
    periodEnd: string | null;
    note: string | null;
  }[];
  links: readonly LinkRow[];
}): CaseStudyForm {
  return {
    title: caseStudy.title,
    summary: caseStudy.summary,
    body: caseStudy.body ?? '',
    organization: caseStudy.organization ?? '',
    anonymous: caseStudy.organization === null,
    industry: caseStudy.industry ?? '',
    organizationSize: caseStudy.organizationSize ?? '',
    periodStart: caseStudy.periodStart ?? '',
    periodEnd: caseStudy.periodEnd ?? '',
    releaseVersion: caseStudy.releaseVersion,
    outcomes: caseStudy.outcomes.map((outcome) => ({
      measureKey: outcome.measureKey,
      before: String(outcome.before),
      after: String(outcome.after),
      usage: outcome.usage,
      periodStart: outcome.periodStart ?? '',
      periodEnd: outcome.periodEnd ?? '',
      note: outcome.note ?? '',
    })),
    links: caseStudy.links.map((link) => ({ label: link.label, url: link.url })),
  };
}

/** The API's field issues by path inside the input (`title`, `outcomes[1].after`), first message each. */
export function issuesByPath(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of fieldIssuesOf(error)) {
    const path = issue.path.startsWith('input.') ? issue.path.slice('input.'.length) : issue.path;
    errors[path] ??= sentence(issue.message);
  }
  return errors;
}

const sentence = (message: string) => {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
};

export const INDUSTRY_OPTIONS = INDUSTRIES.map((value) => ({ value, label: INDUSTRY_LABELS[value] }));
export const SIZE_OPTIONS = ORGANIZATION_SIZES.map((value) => ({ value, label: ORGANIZATION_SIZE_LABELS[value] }));

export const isIndustry = (value: string): value is Industry => (INDUSTRIES as readonly string[]).includes(value);
export const isOrganizationSize = (value: string): value is OrganizationSize => (ORGANIZATION_SIZES as readonly string[]).includes(value);

/** An improvement as a reader says it: "60% better", "20% worse", "no change"; null when it cannot be said. */
export function describeImprovement(percent: number | null): string | null {
  if (percent === null) return null;
  if (percent === 0) return 'no change';
  return `${Math.abs(percent).toLocaleString('en-GB', { maximumFractionDigits: 1 })}% ${percent > 0 ? 'better' : 'worse'}`;
}

/** A value in its unit, e.g. "1,200,000 currency per year". */
export const formatValue = (value: number, unit: string): string =>
  `${value.toLocaleString('en-GB', { maximumFractionDigits: 2 })} ${unit}`.trim();
