import { describeImprovement, emptyForm, emptyOutcome, formatValue, fromCaseStudy, toInput } from './case-study-form';

describe('the case study form', () => {
  it('sends numbers as numbers and names the rows whose values are not', () => {
    const form = {
      ...emptyForm('1.0.0'),
      title: 'A study',
      outcomes: [
        { ...emptyOutcome(), measureKey: 'time-to-smile', before: '9', after: '4' },
        { ...emptyOutcome(), measureKey: 'employee-engagement', before: '1,200', after: 'soon' },
      ],
    };
    const { input, errors } = toInput(form);
    expect(input.outcomes.map((o) => [o.before, o.after])).toEqual([
      [9, 4],
      [1200, 0],
    ]);
    expect(errors).toEqual({ 'outcomes[1].after': 'The result must be a number.' });
  });

  it('sends an anonymous organisation as null, and drops empty link rows', () => {
    const { input } = toInput({ ...emptyForm('1.0.0'), organization: 'Northwind', anonymous: true, links: [{ label: '', url: '' }] });
    expect(input.organization).toBeNull();
    expect(input.links).toEqual([]);
  });

  it('reads a saved case study back into the same form', () => {
    const form = fromCaseStudy({
      title: 'T',
      summary: 'S',
      body: 'B',
      organization: null,
      industry: 'RETAIL',
      organizationSize: null,
      periodStart: null,
      periodEnd: null,
      releaseVersion: '1.1.0',
      outcomes: [{ measureKey: 'm', before: 1, after: 2, usage: 'GRADING', periodStart: null, periodEnd: null, note: null }],
      links: [],
    });
    expect(form).toMatchObject({ anonymous: true, industry: 'RETAIL', outcomes: [{ before: '1', after: '2', note: '' }] });
  });

  it('says an improvement in words', () => {
    expect(describeImprovement(60)).toBe('60% better');
    expect(describeImprovement(-12.5)).toBe('12.5% worse');
    expect(describeImprovement(0)).toBe('no change');
    expect(describeImprovement(null)).toBeNull();
    expect(formatValue(1_200_000, 'currency per year')).toBe('1,200,000 currency per year');
  });
});
