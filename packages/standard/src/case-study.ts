import { percentile } from './assessment.js';
import type { Direction, FrameworkDocument } from './document.js';

/**
 * Case studies: a practitioner's account of measures of a release in use, with before/after outcomes. The rules
 * both sides share live here: the fixed lists, the limits, checking outcomes against the release used, and the
 * outcome maths (the improvement in the measure's own direction, and the summary a measure page shows).
 */

/** DRAFT (its author only) → PUBLISHED (everyone); HIDDEN by an editor, with a public reason, content kept. */
export const CASE_STUDY_STATUSES = ['DRAFT', 'PUBLISHED', 'HIDDEN'] as const;
export type CaseStudyStatus = (typeof CASE_STUDY_STATUSES)[number];

/** How a measure was used: the framework's "guiding, not grading". */
export const OUTCOME_USAGES = ['GUIDING', 'GRADING'] as const;
export type OutcomeUsage = (typeof OUTCOME_USAGES)[number];

export const INDUSTRIES = [
  'SOFTWARE',
  'FINANCIAL_SERVICES',
  'TELECOMMUNICATIONS',
  'RETAIL',
  'MANUFACTURING',
  'HEALTHCARE',
  'PUBLIC_SECTOR',
  'EDUCATION',
  'PROFESSIONAL_SERVICES',
  'OTHER',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const INDUSTRY_LABELS: Record<Industry, string> = {
  SOFTWARE: 'Software',
  FINANCIAL_SERVICES: 'Financial services',
  TELECOMMUNICATIONS: 'Telecommunications',
  RETAIL: 'Retail',
  MANUFACTURING: 'Manufacturing',
  HEALTHCARE: 'Healthcare',
  PUBLIC_SECTOR: 'Public sector',
  EDUCATION: 'Education',
  PROFESSIONAL_SERVICES: 'Professional services',
  OTHER: 'Other',
};

/** Employees. */
export const ORGANIZATION_SIZES = ['SIZE_1_49', 'SIZE_50_249', 'SIZE_250_999', 'SIZE_1000_4999', 'SIZE_5000_PLUS'] as const;
export type OrganizationSize = (typeof ORGANIZATION_SIZES)[number];

export const ORGANIZATION_SIZE_LABELS: Record<OrganizationSize, string> = {
  SIZE_1_49: '1–49 employees',
  SIZE_50_249: '50–249 employees',
  SIZE_250_999: '250–999 employees',
  SIZE_1000_4999: '1,000–4,999 employees',
  SIZE_5000_PLUS: '5,000+ employees',
};

/** What an organisation that prefers not to be named is shown as. */
export const ANONYMOUS_ORGANIZATION = 'Anonymous organisation';

export const CASE_STUDY_LIMITS = {
  title: { min: 5, max: 200 },
  summary: { min: 1, max: 1000 },
  body: { min: 1, max: 50_000 },
  organization: { min: 0, max: 200 },
  outcomeNote: { min: 0, max: 2000 },
  outcomes: 20,
  links: 10,
  linkLabel: { min: 1, max: 120 },
  linkUrl: { max: 2000 },
  evidenceNote: { min: 3, max: 300 },
  /** Outcome values beyond this (in either direction) are refused: no unit of the framework needs them. */
  maxAbsoluteValue: 1e15,
} as const;

/** One outcome as written: a measure of the release used, its baseline and its result, in the measure's unit. */
export type OutcomeInput = {
  measureKey: string;
  before: number;
  after: number;
  usage: OutcomeUsage;
  /** ISO dates (YYYY-MM-DD), optional. */
  periodStart?: string | null;
  periodEnd?: string | null;
  note?: string | null;
};

export const CASE_STUDY_ISSUE_CODES = [
  'UNKNOWN_MEASURE',
  'MEASURE_RETIRED',
  'VALUE_NOT_FINITE',
  'BAD_DATE',
  'PERIOD_END_BEFORE_START',
  'DUPLICATE_MEASURE',
  'TOO_MANY',
  'NO_OUTCOMES',
  'BAD_URL',
] as const;
export type CaseStudyIssueCode = (typeof CASE_STUDY_ISSUE_CODES)[number];

/** A problem with a case study: `path` points into its input (`outcomes[1].after`). */
export type CaseStudyIssue = { code: CaseStudyIssueCode; path: string; message: string };

const issue = (code: CaseStudyIssueCode, path: string, message: string): CaseStudyIssue => ({ code, path, message });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD that exists (no 31 February). */
export const isIsoDate = (value: string): boolean => {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** Everything wrong with a period: each end a real date, the end after the start. */
export const checkPeriod = (start: string | null | undefined, end: string | null | undefined, at: string): CaseStudyIssue[] => {
  const prefix = at ? `${at}.` : '';
  const issues: CaseStudyIssue[] = [];
  if (start && !isIsoDate(start)) issues.push(issue('BAD_DATE', `${prefix}periodStart`, 'must be a date written YYYY-MM-DD'));
  if (end && !isIsoDate(end)) issues.push(issue('BAD_DATE', `${prefix}periodEnd`, 'must be a date written YYYY-MM-DD'));
  if (issues.length === 0 && start && end && end <= start)
    issues.push(issue('PERIOD_END_BEFORE_START', `${prefix}periodEnd`, `must be after the period’s start (${start})`));
  return issues;
};

/**
 * Everything wrong with outcomes against the release they used: each measure exists there and is not retired in
 * it, appears once, and has finite values within range; each period is a period.
 */
export const checkOutcomes = (doc: FrameworkDocument, version: string, outcomes: readonly OutcomeInput[]): CaseStudyIssue[] => {
  if (outcomes.length > CASE_STUDY_LIMITS.outcomes)
    return [issue('TOO_MANY', 'outcomes', `must hold at most ${CASE_STUDY_LIMITS.outcomes} outcomes`)];
  const issues: CaseStudyIssue[] = [];
  const seen = new Set<string>();
  outcomes.forEach((outcome, index) => {
    const at = `outcomes[${index}]`;
    const measure = doc.measures.find((m) => m.key === outcome.measureKey);
    if (!measure) issues.push(issue('UNKNOWN_MEASURE', `${at}.measureKey`, `is not a measure of release ${version}`));
    else if (measure.status === 'RETIRED')
      issues.push(issue('MEASURE_RETIRED', `${at}.measureKey`, `${measure.name} is retired in release ${version}`));
    else if (seen.has(measure.key)) issues.push(issue('DUPLICATE_MEASURE', `${at}.measureKey`, `${measure.name} has an outcome already`));
    seen.add(outcome.measureKey);
    for (const field of ['before', 'after'] as const) {
      const value = outcome[field];
      if (!Number.isFinite(value)) issues.push(issue('VALUE_NOT_FINITE', `${at}.${field}`, 'must be a finite number'));
      else if (Math.abs(value) > CASE_STUDY_LIMITS.maxAbsoluteValue)
        issues.push(
          issue(
            'VALUE_NOT_FINITE',
            `${at}.${field}`,
            `must be between −${CASE_STUDY_LIMITS.maxAbsoluteValue} and ${CASE_STUDY_LIMITS.maxAbsoluteValue}`,
          ),
        );
    }
    issues.push(...checkPeriod(outcome.periodStart, outcome.periodEnd, at));
  });
  return issues;
};

/** Before publishing: at least one outcome. */
export const checkPublishable = (outcomes: readonly unknown[]): CaseStudyIssue[] =>
  outcomes.length === 0 ? [issue('NO_OUTCOMES', 'outcomes', 'needs at least one outcome before it can be published')] : [];

/** An http(s) address a reader can follow. */
export const isHttpUrl = (value: string): boolean => {
  if (value.length > CASE_STUDY_LIMITS.linkUrl.max) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
};

// ---- outcome maths ----

/**
 * The change from baseline to result as a percentage of the baseline's size, signed so that positive is always
 * better: (after − before) ÷ |before| × 100, sign flipped for LOWER_IS_BETTER. Null when it cannot be said: a
 * baseline of 0, or a TARGET measure (closer to the target is better, and the target is not recorded).
 */
export const improvementPercent = (before: number, after: number, direction: Direction): number | null => {
  if (direction === 'TARGET' || before === 0 || !Number.isFinite(before) || !Number.isFinite(after)) return null;
  const change = ((after - before) / Math.abs(before)) * 100;
  const signed = direction === 'LOWER_IS_BETTER' ? -change : change;
  return roundTenth(signed);
};

/**
 * One decimal is all a reader needs, rounded half away from zero so that the two directions mirror each other
 * exactly; and -0 reads as 0.
 */
const roundTenth = (value: number): number => (Math.sign(value) * Math.round(Math.abs(value) * 10)) / 10 || 0;

/** The median of some values (in any order); null for none. */
export const median = (values: readonly number[]): number | null =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** What a measure page says of its case studies' outcomes. */
export type OutcomeSummary = {
  /** Outcomes counted (one per case study and measure). */
  count: number;
  improved: number;
  worsened: number;
  unchanged: number;
  /** Outcomes whose improvement cannot be said (baseline 0, or a TARGET measure). */
  unknown: number;
  /** The median improvement, in the measure's direction; null when none can be said. */
  medianImprovementPercent: number | null;
};

export const summarizeOutcomes = (improvements: readonly (number | null)[]): OutcomeSummary => {
  const known = improvements.filter((value): value is number => value !== null);
  const middle = median(known);
  return {
    count: improvements.length,
    improved: known.filter((value) => value > 0).length,
    worsened: known.filter((value) => value < 0).length,
    unchanged: known.filter((value) => value === 0).length,
    unknown: improvements.length - known.length,
    medianImprovementPercent: middle === null ? null : roundTenth(middle),
  };
};
