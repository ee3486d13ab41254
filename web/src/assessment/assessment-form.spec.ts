import { assessedMeasures, checkComplete, ocmfV1Document } from '@ocmf/standard';
import {
  answersFromForm,
  formFromAnswers,
  measureGroups,
  otherMeasureLines,
  parseValue,
  placeIssue,
  stepIssues,
  TIME_TOTAL_FIELD,
  timeField,
  trackingField,
  usageField,
  valueField,
  OTHER_MEASURES_FIELD,
  type AssessmentForm,
} from './assessment-form';

const doc = ocmfV1Document;
const time = { customer: '55', employee: '10', business: '15', knowledge: '10', acceleration: '10' };
const everyMeasureNo = Object.fromEntries(
  assessedMeasures(doc).map((m) => [m.key, { tracking: 'NO' as const, usage: '' as const, value: '' }]),
);
const form = (patch: Partial<AssessmentForm> = {}): AssessmentForm => ({ time, answers: everyMeasureNo, otherMeasures: '', ...patch });

describe('the form and the answers', () => {
  it('turns what was typed into complete answers', () => {
    const answers = answersFromForm(
      doc,
      form({
        answers: { ...everyMeasureNo, 'time-to-smile': { tracking: 'YES', usage: 'GUIDING', value: ' 2,5 ' } },
        otherMeasures: 'Handle time\n\n  Tickets per agent  \n',
      }),
    );
    expect(answers.timeSplit[0]).toEqual({ categoryKey: 'customer', percent: 55 });
    expect(answers.answers.find((a) => a.measureKey === 'time-to-smile')).toEqual({
      measureKey: 'time-to-smile',
      tracking: 'YES',
      usage: 'GUIDING',
      currentValue: 2.5,
    });
    expect(answers.otherMeasures).toEqual(['Handle time', 'Tickets per agent']);
    expect(checkComplete(doc, answers)).toEqual([]);
    // And back: a saved assessment opens with what it holds.
    expect(answersFromForm(doc, formFromAnswers(answers))).toEqual(answers);
  });

  it('drops the usage and value of a measure that is not tracked', () => {
    const answers = answersFromForm(doc, form({ answers: { 'time-to-smile': { tracking: 'NO', usage: 'GRADING', value: '4' } } }));
    expect(answers.answers).toEqual([{ measureKey: 'time-to-smile', tracking: 'NO', usage: null, currentValue: null }]);
  });

  it('reads numbers as people type them', () => {
    expect([' 12.5 ', '-10', '3,25', '1e3', '.5'].map(parseValue)).toEqual([12.5, -10, 3.25, 1000, 0.5]);
    expect(['12 days', '', 'abc', '1.2.3'].map(parseValue).every(Number.isNaN)).toBe(true);
    expect(otherMeasureLines(' a \n\n b ')).toEqual(['a', 'b']);
  });
});

describe('problems, step by step', () => {
  it('places the sum, a share out of range and a blank share on the time step', () => {
    expect(stepIssues(doc, form(), 'time')).toEqual([]);
    expect(stepIssues(doc, form({ time: { ...time, customer: '45' } }), 'time').map((i) => i.field)).toEqual([TIME_TOTAL_FIELD]);
    const issues = stepIssues(doc, form({ time: { ...time, business: '', knowledge: '7.5' } }), 'time');
    expect(issues.map((i) => i.field)).toEqual([timeField('business'), timeField('knowledge')]);
    expect(issues.map((i) => i.message)).toEqual([
      'Give a share for Business: a whole number from 0 to 100 (0 if none).',
      'The share for Knowledge/Collaboration must be a whole number from 0 to 100.',
    ]);
  });

  it('asks for every measure, a usage when tracked, and a value that is a number', () => {
    const answers = { ...everyMeasureNo, 'time-to-smile': { tracking: 'PARTLY' as const, usage: '' as const, value: 'soon' } };
    delete (answers as Record<string, unknown>)['employee-engagement'];
    const issues = stepIssues(doc, form({ answers }), 'measures');
    expect(issues.map((i) => i.field)).toEqual([
      trackingField('employee-engagement'),
      valueField('time-to-smile'),
      usageField('time-to-smile'),
    ]);
    expect(issues[0]?.message).toBe('Say whether you track Employee Engagement.');
  });

  it('places the other measures’ problems on their field', () => {
    const issues = stepIssues(doc, form({ otherMeasures: `Handle time\nhandle time\n${'x'.repeat(200)}` }), 'other');
    expect(issues.map((i) => i.field)).toEqual([OTHER_MEASURES_FIELD, OTHER_MEASURES_FIELD]);
  });

  it('places the API’s issues on the fields they name', () => {
    const answers = answersFromForm(doc, form());
    expect(placeIssue('input.timeSplit[2].percent', 'x', answers)).toEqual({ field: timeField('business'), step: 'time', message: 'x' });
    expect(placeIssue('input.timeSplit', 'x', answers)?.field).toBe(TIME_TOTAL_FIELD);
    expect(placeIssue('input.answers[3].measureKey', 'x', answers)?.field).toBe(trackingField(answers.answers[3]!.measureKey));
    expect(placeIssue('input.answers[0].currentValue', 'x', answers)?.field).toBe(valueField(answers.answers[0]!.measureKey));
    expect(placeIssue('input.otherMeasures[1]', 'x', answers)?.step).toBe('other');
    expect(placeIssue('input.id', 'x', answers)).toBeNull();
  });
});

describe('measureGroups', () => {
  it('groups the live measures by category, executives first', () => {
    const groups = measureGroups(doc);
    expect(groups.map((g) => g.category.key)).toEqual(['customer', 'employee', 'business', 'knowledge', 'acceleration']);
    const customer = groups[0]!;
    expect(customer.audiences.map((a) => [a.audience, a.measures.length])).toEqual([
      ['EXECUTIVE', 1],
      ['MANAGER', 2],
    ]);
    expect(groups.flatMap((g) => g.audiences.flatMap((a) => a.measures))).toHaveLength(assessedMeasures(doc).length);
  });
});
