import {
  type AssessmentAnswer,
  type AssessmentAnswers,
  type AssessmentIssue,
  assessedMeasures,
  categoriesInOrder,
  checkAnswers,
  checkOtherMeasures,
  checkTimeSplit,
  type FrameworkDocument,
  isTracked,
  type Tracking,
  type Usage,
} from '@ocmf/standard';

/**
 * The self-assessment's form: what someone has typed and chosen, exactly as given, and its translation into the
 * answers of `@ocmf/standard` (checked there, as the API checks them). Problems are placed on form fields.
 */

export type AnswerDraft = { tracking: Tracking | ''; usage: Usage | ''; value: string };

export type AssessmentForm = {
  /** Leadership time per category key, as typed. */
  time: Record<string, string>;
  /** Per measure key; a measure not in it is unanswered. */
  answers: Record<string, AnswerDraft>;
  /** What else is measured, one per line. */
  otherMeasures: string;
};

export const STEPS = ['time', 'measures', 'other'] as const;
export type Step = (typeof STEPS)[number];

export const STEP_TITLES: Record<Step, string> = {
  time: 'Leadership time',
  measures: 'Measures',
  other: 'What else you measure',
};

/** A problem placed on a field of the form (see the field helpers below); `step` is where the field is. */
export type FormIssue = { field: string; step: Step; message: string };

export const timeField = (categoryKey: string) => `time-${categoryKey}`;
export const TIME_TOTAL_FIELD = 'time-total';
export const trackingField = (measureKey: string) => `tracking-${measureKey}`;
export const usageField = (measureKey: string) => `usage-${measureKey}`;
export const valueField = (measureKey: string) => `value-${measureKey}`;
export const OTHER_MEASURES_FIELD = 'other-measures';

/** The DOM id of a field, for labels and for the error summary's links. */
export const fieldDomId = (field: string) => `assessment-${field}`;

export const emptyAnswer: AnswerDraft = { tracking: '', usage: '', value: '' };

/** The form for answers given before (an assessment in progress, or a retake), or an empty one. */
export function formFromAnswers(answers?: AssessmentAnswers): AssessmentForm {
  return {
    time: Object.fromEntries((answers?.timeSplit ?? []).map((share) => [share.categoryKey, String(share.percent)])),
    answers: Object.fromEntries(
      (answers?.answers ?? []).map((a) => [
        a.measureKey,
        { tracking: a.tracking, usage: a.usage ?? '', value: a.currentValue === null ? '' : String(a.currentValue) },
      ]),
    ),
    otherMeasures: (answers?.otherMeasures ?? []).join('\n'),
  };
}

/** A whole number as typed, or NaN (the check then says what is wrong). */
const wholeNumber = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** A decimal number as typed (a comma may separate decimals), or NaN. */
export function parseValue(text: string): number {
  const trimmed = text.trim().replace(/^([+-]?\d+),(\d+)$/, '$1.$2');
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The lines of "what else you measure", trimmed, without blank lines. */
export const otherMeasureLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The answers the form holds: a time share for every category, an answer for every measure chosen so far. */
export function answersFromForm(doc: FrameworkDocument, form: AssessmentForm): AssessmentAnswers {
  const answers: AssessmentAnswer[] = [];
  for (const measure of assessedMeasures(doc)) {
    const draft = form.answers[measure.key];
    if (!draft || draft.tracking === '') continue;
    const tracked = isTracked(draft.tracking);
    answers.push({
      measureKey: measure.key,
      tracking: draft.tracking,
      usage: tracked && draft.usage !== '' ? draft.usage : null,
      currentValue: tracked && draft.value.trim() !== '' ? parseValue(draft.value) : null,
    });
  }
  return {
    timeSplit: categoriesInOrder(doc).map((c) => ({ categoryKey: c.key, percent: wholeNumber(form.time[c.key] ?? '') })),
    answers,
    otherMeasures: otherMeasureLines(form.otherMeasures),
  };
}

/**
 * Places an issue about answers (from `@ocmf/standard`, or the API's with its `input.` prefix) on the form's
 * field, given the answers it is about. Null when it belongs to no field.
 */
export function placeIssue(path: string, message: string, answers: AssessmentAnswers): FormIssue | null {
  const at = path.replace(/^input\./, '');
  const time = /^timeSplit\[(\d+)\]/.exec(at);
  if (time) {
    const key = answers.timeSplit[Number(time[1])]?.categoryKey;
    return key ? { field: timeField(key), step: 'time', message } : null;
  }
  if (at === 'timeSplit') return { field: TIME_TOTAL_FIELD, step: 'time', message };
  const answer = /^answers\[(\d+)\]\.(measureKey|tracking|usage|currentValue)$/.exec(at);
  if (answer) {
    const key = answers.answers[Number(answer[1])]?.measureKey;
    if (!key) return null;
    const field = answer[2] === 'usage' ? usageField(key) : answer[2] === 'currentValue' ? valueField(key) : trackingField(key);
    return { field, step: 'measures', message };
  }
  if (at === 'otherMeasures' || at.startsWith('otherMeasures[')) return { field: OTHER_MEASURES_FIELD, step: 'other', message };
  return null;
}

const placed = (issues: readonly AssessmentIssue[], answers: AssessmentAnswers): FormIssue[] =>
  issues.flatMap((issue) => placeIssue(issue.path, issue.message, answers) ?? []);

/** Everything to fix on one step before going on. */
export function stepIssues(doc: FrameworkDocument, form: AssessmentForm, step: Step): FormIssue[] {
  const answers = answersFromForm(doc, form);
  switch (step) {
    case 'time': {
      const blank = categoriesInOrder(doc)
        .filter((c) => (form.time[c.key] ?? '').trim() === '')
        .map((c) => ({ field: timeField(c.key), step, message: `Give a share for ${c.name}: a whole number from 0 to 100 (0 if none).` }));
      const blankFields = new Set(blank.map((issue) => issue.field));
      return [...blank, ...placed(checkTimeSplit(doc, answers.timeSplit), answers).filter((issue) => !blankFields.has(issue.field))];
    }
    case 'measures': {
      const unanswered = assessedMeasures(doc)
        .filter((m) => (form.answers[m.key]?.tracking ?? '') === '')
        .map((m) => ({ field: trackingField(m.key), step, message: `Say whether you track ${m.name}.` }));
      const notNumbers = answers.answers
        .filter((a) => a.currentValue !== null && Number.isNaN(a.currentValue))
        .map((a) => ({
          field: valueField(a.measureKey),
          step,
          message: `Write the current value of ${doc.measures.find((m) => m.key === a.measureKey)?.name ?? a.measureKey} as a number, e.g. 12.5, or leave it empty.`,
        }));
      const numbered = {
        ...answers,
        answers: answers.answers.map((a) => (Number.isNaN(a.currentValue) ? { ...a, currentValue: null } : a)),
      };
      return [...unanswered, ...notNumbers, ...placed(checkAnswers(doc, numbered.answers), numbered)];
    }
    case 'other':
      return placed(checkOtherMeasures(answers.otherMeasures), answers);
  }
}

/** The messages for each field. */
export function messagesByField(issues: readonly FormIssue[]): Map<string, string> {
  const byField = new Map<string, string>();
  for (const issue of issues)
    byField.set(issue.field, byField.has(issue.field) ? `${byField.get(issue.field)} ${issue.message}` : issue.message);
  return byField;
}

/** The measures of a release by category (in display order) and then by audience, executives first. */
export function measureGroups(doc: FrameworkDocument) {
  const live = assessedMeasures(doc);
  return categoriesInOrder(doc).map((category) => ({
    category,
    audiences: (['EXECUTIVE', 'MANAGER'] as const)
      .map((audience) => ({ audience, measures: live.filter((m) => m.categoryKey === category.key && m.audience === audience) }))
      .filter((group) => group.measures.length > 0),
  }));
}
