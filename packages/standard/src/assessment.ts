import { categoriesInOrder } from './document-access.js';
import type { FrameworkDocument, Measure } from './document.js';
import { csvText } from './exports.js';
import { joinPath } from './paths.js';

/**
 * The OCMF self-assessment: how an organisation's measures and leadership time stack up against a release.
 * Checking answers, scoring them and summarising the community benchmark are pure functions here, shared by
 * the API (saved assessments, the benchmark) and the web app (which scores an anonymous assessment in the
 * browser, sending nothing).
 */

/** Do you track the measure? PARTLY counts half toward coverage; NOT_APPLICABLE leaves it out of it. */
export const TRACKINGS = ['YES', 'PARTLY', 'NO', 'NOT_APPLICABLE'] as const;
export type Tracking = (typeof TRACKINGS)[number];

/** How a tracked measure is used: to guide decisions and learning, to grade people or targets, or not at all. */
export const USAGES = ['GUIDING', 'GRADING', 'NOT_USED'] as const;
export type Usage = (typeof USAGES)[number];

export const ASSESSMENT_STATUSES = ['IN_PROGRESS', 'COMPLETED'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** The share of leadership time spent on one category today: a whole number; all shares sum to 100. */
export type TimeShare = { categoryKey: string; percent: number };

/** One measure of the release: whether it is tracked, how it is used (tracked measures only), its value now. */
export type AssessmentAnswer = { measureKey: string; tracking: Tracking; usage: Usage | null; currentValue: number | null };

/** Everything a person answers. `otherMeasures`: what they track that OCMF does not have, one line each. */
export type AssessmentAnswers = { timeSplit: TimeShare[]; answers: AssessmentAnswer[]; otherMeasures: string[] };

export const ASSESSMENT_LIMITS = {
  /** Characters in one "what else you measure" line, after trimming. */
  otherMeasure: { min: 1, max: 160 },
  /** Lines in "what else you measure". */
  otherMeasures: 40,
} as const;

/** The benchmark of a release shows nothing until this many accounts have contributed to it. */
export const MINIMUM_BENCHMARK_CONTRIBUTIONS = 5;

export const ASSESSMENT_ISSUE_CODES = [
  'UNKNOWN_CATEGORY',
  'MISSING_CATEGORY',
  'DUPLICATE_KEY',
  'TIME_OUT_OF_RANGE',
  'TIME_SUM_NOT_100',
  'UNKNOWN_MEASURE',
  'MEASURE_RETIRED',
  'USAGE_REQUIRED',
  'USAGE_NOT_ALLOWED',
  'VALUE_NOT_FINITE',
  'VALUE_NOT_ALLOWED',
  'EMPTY_FIELD',
  'FIELD_TOO_LONG',
  'TOO_MANY',
  'UNANSWERED',
] as const;
export type AssessmentIssueCode = (typeof ASSESSMENT_ISSUE_CODES)[number];

/** A problem with the answers: `path` points into them (`timeSplit[2].percent`, `answers[3].measureKey`). */
export type AssessmentIssue = { code: AssessmentIssueCode; path: string; message: string };

const issue = (code: AssessmentIssueCode, path: string, message: string): AssessmentIssue => ({ code, path, message });

/** Measures a release asks about: every measure that is not retired, in document order. */
export const assessedMeasures = (doc: FrameworkDocument): Measure[] => doc.measures.filter((m) => m.status !== 'RETIRED');

export const isTracked = (tracking: Tracking): boolean => tracking === 'YES' || tracking === 'PARTLY';

// ---- checking ----

/**
 * Everything wrong with a time split against a release: one whole share from 0 to 100 per category of the
 * release, each category once, summing to 100.
 */
export const checkTimeSplit = (doc: FrameworkDocument, timeSplit: readonly TimeShare[]): AssessmentIssue[] => {
  const issues: AssessmentIssue[] = [];
  const names = new Map(doc.categories.map((c) => [c.key, c.name]));
  const seen = new Set<string>();
  timeSplit.forEach((share, index) => {
    const name = names.get(share.categoryKey);
    if (name === undefined) {
      issues.push(
        issue('UNKNOWN_CATEGORY', joinPath('timeSplit', index, 'categoryKey'), `"${share.categoryKey}" is not a category of this release.`),
      );
    } else if (seen.has(share.categoryKey)) {
      issues.push(issue('DUPLICATE_KEY', joinPath('timeSplit', index, 'categoryKey'), `${name} is given more than once.`));
    }
    seen.add(share.categoryKey);
    if (!Number.isInteger(share.percent) || share.percent < 0 || share.percent > 100) {
      issues.push(
        issue(
          'TIME_OUT_OF_RANGE',
          joinPath('timeSplit', index, 'percent'),
          `The share for ${name ?? share.categoryKey} must be a whole number from 0 to 100.`,
        ),
      );
    }
  });
  const missing = categoriesInOrder(doc).filter((c) => !seen.has(c.key));
  if (missing.length > 0) {
    issues.push(issue('MISSING_CATEGORY', 'timeSplit', `Give a share of leadership time for ${missing.map((c) => c.name).join(', ')}.`));
  }
  if (issues.length === 0) {
    const total = timeSplit.reduce((sum, share) => sum + share.percent, 0);
    if (total !== 100) {
      issues.push(issue('TIME_SUM_NOT_100', 'timeSplit', `The shares of leadership time add up to ${total}%; they must add up to 100%.`));
    }
  }
  return issues;
};

/**
 * Everything wrong with a set of answers against a release. Not every measure needs an answer (an assessment
 * in progress may have none yet; `checkComplete` says what is missing), but each answer given must be about a
 * measure the release assesses, once, with a usage exactly when the measure is tracked, and a value only then.
 */
export const checkAnswers = (doc: FrameworkDocument, answers: readonly AssessmentAnswer[]): AssessmentIssue[] => {
  const issues: AssessmentIssue[] = [];
  const measures = new Map(doc.measures.map((m) => [m.key, m]));
  const seen = new Set<string>();
  answers.forEach((answer, index) => {
    const at = (field: string) => joinPath('answers', index, field);
    const measure = measures.get(answer.measureKey);
    if (!measure) {
      issues.push(issue('UNKNOWN_MEASURE', at('measureKey'), `"${answer.measureKey}" is not a measure of this release.`));
      return;
    }
    if (measure.status === 'RETIRED') {
      issues.push(issue('MEASURE_RETIRED', at('measureKey'), `${measure.name} is retired in this release, so it is not assessed.`));
      return;
    }
    if (seen.has(measure.key)) issues.push(issue('DUPLICATE_KEY', at('measureKey'), `${measure.name} is answered more than once.`));
    seen.add(measure.key);
    const tracked = isTracked(answer.tracking);
    if (tracked && answer.usage === null) {
      issues.push(issue('USAGE_REQUIRED', at('usage'), `Say how ${measure.name} is used: to guide, to grade, or not at all.`));
    }
    if (!tracked && answer.usage !== null) {
      issues.push(issue('USAGE_NOT_ALLOWED', at('usage'), `${measure.name} is not tracked, so it has no usage; leave it empty.`));
    }
    if (answer.currentValue !== null) {
      if (!Number.isFinite(answer.currentValue)) {
        issues.push(issue('VALUE_NOT_FINITE', at('currentValue'), `The value of ${measure.name} must be a finite number.`));
      } else if (!tracked) {
        issues.push(issue('VALUE_NOT_ALLOWED', at('currentValue'), `${measure.name} is not tracked, so it has no current value.`));
      }
    }
  });
  return issues;
};

/** Each "what else you measure" line: not blank, one line, not too long, no line twice; not too many. */
export const checkOtherMeasures = (otherMeasures: readonly string[]): AssessmentIssue[] => {
  const { otherMeasure, otherMeasures: most } = ASSESSMENT_LIMITS;
  const issues: AssessmentIssue[] = [];
  if (otherMeasures.length > most) issues.push(issue('TOO_MANY', 'otherMeasures', `List at most ${most} other measures.`));
  const seen = new Set<string>();
  otherMeasures.forEach((line, index) => {
    const path = joinPath('otherMeasures', index);
    const text = line.trim();
    if (text.length < otherMeasure.min) issues.push(issue('EMPTY_FIELD', path, 'Name the measure, or remove the empty line.'));
    else if (text.length > otherMeasure.max || /[\r\n]/.test(text)) {
      issues.push(issue('FIELD_TOO_LONG', path, `Name the measure in one line of at most ${otherMeasure.max} characters.`));
    } else if (seen.has(text.toLowerCase())) issues.push(issue('DUPLICATE_KEY', path, `"${text}" is listed more than once.`));
    seen.add(text.toLowerCase());
  });
  return issues;
};

/** Everything wrong with the answers of a save: the time split, the answers given, the other measures. */
export const checkAssessment = (doc: FrameworkDocument, input: AssessmentAnswers): AssessmentIssue[] => [
  ...checkTimeSplit(doc, input.timeSplit),
  ...checkAnswers(doc, input.answers),
  ...checkOtherMeasures(input.otherMeasures),
];

/** What must still be answered before an assessment can be completed: the time split (see checkTimeSplit) and every measure. */
export const checkComplete = (doc: FrameworkDocument, input: AssessmentAnswers): AssessmentIssue[] => {
  const issues = checkAssessment(doc, input);
  const answered = new Set(input.answers.map((a) => a.measureKey));
  const unanswered = assessedMeasures(doc).filter((m) => !answered.has(m.key));
  if (unanswered.length > 0) {
    const names = unanswered.map((m) => m.name);
    const listed = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
    issues.push(issue('UNANSWERED', 'answers', `Answer every measure; ${unanswered.length} left: ${listed}.`));
  }
  return issues;
};

/** Trims the "what else you measure" lines, as they are stored. */
export const normaliseOtherMeasures = (otherMeasures: readonly string[]): string[] => otherMeasures.map((line) => line.trim());

/**
 * The answers of an earlier assessment that still hold for another release, to start a retake from: the time
 * split when the categories are the same, the answers about measures the release still assesses, the other
 * measures.
 */
export const carryOver = (doc: FrameworkDocument, previous: AssessmentAnswers): AssessmentAnswers => {
  const live = new Set(assessedMeasures(doc).map((m) => m.key));
  return {
    timeSplit: checkTimeSplit(doc, previous.timeSplit).length === 0 ? previous.timeSplit.map((share) => ({ ...share })) : [],
    answers: previous.answers.filter((a) => live.has(a.measureKey)).map((a) => ({ ...a })),
    otherMeasures: [...previous.otherMeasures],
  };
};

// ---- scoring ----

export type CategoryResult = {
  categoryKey: string;
  name: string;
  /** The release's suggestion: the share of leadership time to spend here. */
  focusPercent: number;
  /** The share of leadership time spent here today; null until the time split is given. */
  timePercent: number | null;
  /** Measures the release assesses in this category. */
  measureCount: number;
  /** Of those, the measures answered. */
  answeredCount: number;
  /** Answered measures that apply (not NOT_APPLICABLE). */
  applicableCount: number;
  /** Measures tracked fully or partly. */
  trackedCount: number;
  /** Tracked ÷ applicable, PARTLY counting half, as a whole percentage; null when no measure applies. */
  coveragePercent: number | null;
  /** Of the tracked measures, the share used to guide decisions and learning; null when none is tracked. */
  guidingPercent: number | null;
  /** Of the tracked measures, the share used to grade people or targets; null when none is tracked. */
  gradingPercent: number | null;
};

export type AssessmentResult = {
  categories: CategoryResult[];
  /** The same figures over every category. */
  coveragePercent: number | null;
  guidingPercent: number | null;
  gradingPercent: number | null;
  measureCount: number;
  answeredCount: number;
  applicableCount: number;
  trackedCount: number;
  /** Measures answered NO, in document order: the next steps. */
  untrackedMeasureKeys: string[];
  otherMeasureCount: number;
  /** The result in plain sentences, e.g. "You spend 55% of leadership time on Customer; OCMF suggests 20%." */
  reading: string[];
};

/** `part` of `whole` as a whole percentage, or null when there is no whole to divide. */
export const percentOf = (part: number, whole: number): number | null => (whole > 0 ? Math.round((100 * part) / whole) : null);

type Tally = { measures: number; answered: number; applicable: number; points: number; tracked: number; guiding: number; grading: number };

const tallyOf = (measures: readonly Measure[], answers: ReadonlyMap<string, AssessmentAnswer>): Tally => {
  const tally: Tally = { measures: measures.length, answered: 0, applicable: 0, points: 0, tracked: 0, guiding: 0, grading: 0 };
  for (const measure of measures) {
    const answer = answers.get(measure.key);
    if (!answer) continue;
    tally.answered += 1;
    if (answer.tracking === 'NOT_APPLICABLE') continue;
    tally.applicable += 1;
    if (!isTracked(answer.tracking)) continue;
    tally.points += answer.tracking === 'YES' ? 1 : 0.5;
    tally.tracked += 1;
    if (answer.usage === 'GUIDING') tally.guiding += 1;
    if (answer.usage === 'GRADING') tally.grading += 1;
  }
  return tally;
};

const figures = (tally: Tally) => ({
  measureCount: tally.measures,
  answeredCount: tally.answered,
  applicableCount: tally.applicable,
  trackedCount: tally.tracked,
  coveragePercent: percentOf(tally.points, tally.applicable),
  guidingPercent: percentOf(tally.guiding, tally.tracked),
  gradingPercent: percentOf(tally.grading, tally.tracked),
});

/**
 * Scores answers against a release: per category (in display order) coverage, leadership time next to Focus %,
 * and the guiding and grading shares; the same over all categories; the untracked measures; and a reading.
 * Answers about measures the release does not assess are ignored (checkAssessment refuses them).
 */
export const scoreAssessment = (doc: FrameworkDocument, input: AssessmentAnswers): AssessmentResult => {
  const live = assessedMeasures(doc);
  const answers = new Map(input.answers.map((a) => [a.measureKey, a]));
  const time = new Map(input.timeSplit.map((share) => [share.categoryKey, share.percent]));
  const categories: CategoryResult[] = categoriesInOrder(doc).map((category) => ({
    categoryKey: category.key,
    name: category.name,
    focusPercent: category.focusPercent,
    timePercent: time.get(category.key) ?? null,
    ...figures(
      tallyOf(
        live.filter((m) => m.categoryKey === category.key),
        answers,
      ),
    ),
  }));
  const overall = figures(tallyOf(live, answers));
  const untrackedMeasureKeys = live.filter((m) => answers.get(m.key)?.tracking === 'NO').map((m) => m.key);
  const result = { categories, ...overall, untrackedMeasureKeys, otherMeasureCount: input.otherMeasures.length };
  return { ...result, reading: readResult(result) };
};

const measuresWord = (n: number): string => `${n} measure${n === 1 ? '' : 's'}`;

/** The result in plain sentences: time against Focus % per category, then coverage, usage, other measures. */
export const readResult = (result: Omit<AssessmentResult, 'reading'>): string[] => {
  const sentences: string[] = [];
  for (const c of result.categories) {
    if (c.timePercent === null) continue;
    sentences.push(
      c.timePercent === c.focusPercent
        ? `You spend ${c.timePercent}% of leadership time on ${c.name}, as OCMF suggests.`
        : `You spend ${c.timePercent}% of leadership time on ${c.name}; OCMF suggests ${c.focusPercent}%.`,
    );
  }
  for (const c of result.categories) {
    if (c.measureCount === 0) {
      sentences.push(`This release has no ${c.name} measure to assess yet.`);
      continue;
    }
    if (c.coveragePercent === null) {
      // Reported as such, never as 0%: nothing applies (or, while in progress, nothing is answered yet).
      if (c.answeredCount === c.measureCount) sentences.push(`No ${c.name} measure applies to you, so ${c.name} has no coverage score.`);
      continue;
    }
    sentences.push(
      `${c.name}: ${c.coveragePercent}% coverage. You track ${c.trackedCount} of the ${measuresWord(c.applicableCount)} that apply to you, partly tracked ones counting half.`,
    );
  }
  if (result.trackedCount > 0 && result.guidingPercent !== null && result.gradingPercent !== null) {
    sentences.push(
      `Of the ${measuresWord(result.trackedCount)} you track, ${result.guidingPercent}% guide decisions and learning and ${result.gradingPercent}% grade people or targets. OCMF measures are meant for guiding, not grading.`,
    );
  }
  if (result.otherMeasureCount > 0) {
    sentences.push(
      `You also track ${measuresWord(result.otherMeasureCount)} that OCMF does not have. Is each one actionable? If one belongs in the framework, propose it.`,
    );
  }
  return sentences;
};

// ---- the community benchmark ----

/** The 25th percentile, the median and the 75th percentile of some values. */
export type Quartiles = { p25: number; median: number; p75: number };

/**
 * A percentile by linear interpolation between the closest ranks (the "inclusive" method of spreadsheets'
 * PERCENTILE and of numpy's default), of values sorted ascending. Null for no values.
 */
export const percentile = (sorted: readonly number[], p: number): number | null => {
  if (sorted.length === 0) return null;
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  const low = sorted[below]!;
  const high = sorted[above]!;
  return low + (high - low) * (rank - below);
};

/** The quartiles of some values (in any order), or null for none. */
export const quartiles = (values: readonly number[]): Quartiles | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { p25: percentile(sorted, 25)!, median: percentile(sorted, 50)!, p75: percentile(sorted, 75)! };
};

/** The values a histogram counts (value → how many times), ascending: what `quartiles` reads. */
export const valuesOfCounts = (counts: Iterable<readonly [value: number, count: number]>): number[] =>
  [...counts].sort(([a], [b]) => a - b).flatMap(([value, count]) => Array.from<number>({ length: Math.max(0, count) }).fill(value));

/** Where a value falls against a distribution's quartiles. */
export const BENCHMARK_POSITIONS = ['BELOW_P25', 'P25_TO_MEDIAN', 'MEDIAN_TO_P75', 'ABOVE_P75'] as const;
export type BenchmarkPosition = (typeof BENCHMARK_POSITIONS)[number];

export const benchmarkPosition = (value: number, q: Quartiles): BenchmarkPosition => {
  if (value < q.p25) return 'BELOW_P25';
  if (value < q.median) return 'P25_TO_MEDIAN';
  if (value <= q.p75) return 'MEDIAN_TO_P75';
  return 'ABOVE_P75';
};

/**
 * What one assessment adds to its release's benchmark: per category, its whole-percent coverage (none when no
 * measure applies) and its leadership time. Nothing else of it is kept.
 */
export type BenchmarkEntry = { categoryKey: string; coveragePercent: number | null; timePercent: number };

export const benchmarkEntries = (result: AssessmentResult): BenchmarkEntry[] =>
  result.categories.map((c) => ({ categoryKey: c.categoryKey, coveragePercent: c.coveragePercent, timePercent: c.timePercent ?? 0 }));

// ---- export ----

export const ASSESSMENT_CSV_COLUMNS = [
  'release_version',
  'row',
  'category_key',
  'category_name',
  'measure_key',
  'measure_name',
  'audience',
  'tracking',
  'usage',
  'current_value',
  'unit',
  'focus_percent',
  'time_percent',
  'coverage_percent',
  'guiding_percent',
  'grading_percent',
] as const;

/** A spreadsheet must not run what someone typed as a formula (OWASP "CSV injection"): such text is quoted with '. */
const inert = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const cell = (value: number | string | null): string => (value === null ? '' : String(value));

/**
 * Answers and results as one table (RFC 4180 CSV, like the release export): a row per measure (`answer`), per
 * category (`category`), per other measure (`other_measure`), and the totals (`overall`).
 */
export const assessmentCsvRows = (doc: FrameworkDocument, version: string, input: AssessmentAnswers): string[][] => {
  const result = scoreAssessment(doc, input);
  const names = new Map(doc.categories.map((c) => [c.key, c.name]));
  const answers = new Map(input.answers.map((a) => [a.measureKey, a]));
  const blank = (n: number) => Array.from<string>({ length: n }).fill('');
  const rows: string[][] = [[...ASSESSMENT_CSV_COLUMNS]];
  for (const category of categoriesInOrder(doc)) {
    for (const m of assessedMeasures(doc).filter((measure) => measure.categoryKey === category.key)) {
      const answer = answers.get(m.key);
      rows.push([
        version,
        'answer',
        category.key,
        category.name,
        m.key,
        m.name,
        m.audience,
        answer?.tracking ?? '',
        answer?.usage ?? '',
        cell(answer?.currentValue ?? null),
        m.unit,
        ...blank(5),
      ]);
    }
  }
  for (const c of result.categories) {
    rows.push([
      version,
      'category',
      c.categoryKey,
      names.get(c.categoryKey) ?? c.name,
      ...blank(7),
      cell(c.focusPercent),
      cell(c.timePercent),
      cell(c.coveragePercent),
      cell(c.guidingPercent),
      cell(c.gradingPercent),
    ]);
  }
  for (const line of input.otherMeasures) rows.push([version, 'other_measure', '', '', '', inert(line), ...blank(10)]);
  rows.push([version, 'overall', ...blank(11), cell(result.coveragePercent), cell(result.guidingPercent), cell(result.gradingPercent)]);
  return rows;
};

/** The CSV file of `assessmentCsvRows`. */
export const assessmentCsv = (doc: FrameworkDocument, version: string, input: AssessmentAnswers): string =>
  csvText(assessmentCsvRows(doc, version, input));
