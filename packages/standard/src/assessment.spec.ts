import fc from 'fast-check';
import {
  type AssessmentAnswer,
  type AssessmentAnswers,
  TRACKINGS,
  USAGES,
  assessedMeasures,
  assessmentCsv,
  benchmarkEntries,
  benchmarkPosition,
  carryOver,
  checkAssessment,
  checkComplete,
  isTracked,
  percentile,
  quartiles,
  scoreAssessment,
  valuesOfCounts,
} from './assessment.js';
import type { FrameworkDocument } from './document.js';
import { parseCsv } from './exports.js';
import { ocmfV1Document } from './seed/ocmf-v1.js';
import { documentArb, sharesArb } from './testing/document-arbitrary.js';

const v1 = ocmfV1Document;
const split = (customer: number, employee: number, business: number, knowledge: number, acceleration: number) =>
  Object.entries({ customer, employee, business, knowledge, acceleration }).map(([categoryKey, percent]) => ({ categoryKey, percent }));
const answer = (measureKey: string, tracking: AssessmentAnswer['tracking'], usage: AssessmentAnswer['usage'] = null): AssessmentAnswer => ({
  measureKey,
  tracking,
  usage: isTracked(tracking) ? (usage ?? 'GUIDING') : null,
  currentValue: null,
});
/** Every v1 measure answered NO, then the given answers on top. */
const everyMeasure = (overrides: AssessmentAnswer[] = []): AssessmentAnswer[] => {
  const given = new Map(overrides.map((a) => [a.measureKey, a]));
  return assessedMeasures(v1).map((m) => given.get(m.key) ?? answer(m.key, 'NO'));
};
const assessment = (
  answers: AssessmentAnswer[],
  timeSplit = split(55, 10, 15, 10, 10),
  otherMeasures: string[] = [],
): AssessmentAnswers => ({
  timeSplit,
  answers,
  otherMeasures,
});
const categoryOf = (result: ReturnType<typeof scoreAssessment>, key: string) => result.categories.find((c) => c.categoryKey === key)!;

describe('coverage', () => {
  it('is tracked ÷ applicable per category, PARTLY counting half and NOT_APPLICABLE left out', () => {
    const result = scoreAssessment(
      v1,
      assessment(
        everyMeasure([
          answer('customer-engagement-score', 'YES'),
          answer('customer-serviceability-suggestions-accepted', 'PARTLY'),
          answer('self-service-success', 'NOT_APPLICABLE'),
        ]),
      ),
    );
    const customer = categoryOf(result, 'customer');
    expect(customer).toMatchObject({ measureCount: 3, answeredCount: 3, applicableCount: 2, trackedCount: 2, coveragePercent: 75 });
    expect(categoryOf(result, 'employee').coveragePercent).toBe(0);
    expect(result.reading).toContain(
      'Customer: 75% coverage. You track 2 of the 2 measures that apply to you, partly tracked ones counting half.',
    );
  });

  it('reports a category where no measure applies as such, never as 0%', () => {
    const result = scoreAssessment(
      v1,
      assessment(everyMeasure([answer('time-to-customer-value', 'NOT_APPLICABLE'), answer('time-to-smile', 'NOT_APPLICABLE')])),
    );
    const business = categoryOf(result, 'business');
    expect(business).toMatchObject({ applicableCount: 0, coveragePercent: null, guidingPercent: null });
    expect(result.reading).toContain('No Business measure applies to you, so Business has no coverage score.');
  });

  it('does not count an unanswered measure either way', () => {
    const result = scoreAssessment(v1, assessment([answer('time-to-smile', 'YES')]));
    expect(categoryOf(result, 'business')).toMatchObject({ answeredCount: 1, applicableCount: 1, coveragePercent: 100 });
    expect(categoryOf(result, 'customer')).toMatchObject({ answeredCount: 0, coveragePercent: null });
    expect(result.reading.some((s) => s.includes('No Customer measure applies'))).toBe(false);
  });

  it('leaves retired measures out', () => {
    const retired: FrameworkDocument = {
      ...v1,
      measures: v1.measures.map((m) => (m.key === 'self-service-success' ? { ...m, status: 'RETIRED' as const } : m)),
    };
    const result = scoreAssessment(retired, assessment([answer('self-service-success', 'YES')]));
    expect(categoryOf(result, 'customer')).toMatchObject({ measureCount: 2, answeredCount: 0, coveragePercent: null });
  });
});

describe('guiding and grading', () => {
  it('are shares of the tracked measures', () => {
    const result = scoreAssessment(
      v1,
      assessment(
        everyMeasure([
          answer('employee-engagement', 'YES', 'GUIDING'),
          answer('employee-satisfaction', 'YES', 'GRADING'),
          answer('time-to-proficiency', 'PARTLY', 'GRADING'),
          answer('employee-serviceability-suggestions-accepted', 'YES', 'NOT_USED'),
        ]),
      ),
    );
    expect(categoryOf(result, 'employee')).toMatchObject({ trackedCount: 4, guidingPercent: 25, gradingPercent: 50 });
    expect(categoryOf(result, 'customer')).toMatchObject({ trackedCount: 0, guidingPercent: null, gradingPercent: null });
    expect(result).toMatchObject({ trackedCount: 4, guidingPercent: 25, gradingPercent: 50 });
  });
});

describe('time against focus, in words', () => {
  it('reads as the issue puts it', () => {
    const result = scoreAssessment(v1, assessment(everyMeasure(), split(55, 20, 5, 10, 10), ['Average handle time']));
    expect(result.reading).toContain('You spend 55% of leadership time on Customer; OCMF suggests 20%.');
    expect(result.reading).toContain('You spend 20% of leadership time on Employee, as OCMF suggests.');
    expect(result.reading.at(-1)).toMatch(/^You also track 1 measure that OCMF does not have/);
    expect(categoryOf(result, 'customer')).toMatchObject({ timePercent: 55, focusPercent: 20 });
  });

  it('lists the untracked measures as next steps, in document order', () => {
    const result = scoreAssessment(v1, assessment(everyMeasure([answer('customer-engagement-score', 'YES')])));
    expect(result.untrackedMeasureKeys[0]).toBe('customer-serviceability-suggestions-accepted');
    expect(result.untrackedMeasureKeys).not.toContain('customer-engagement-score');
    expect(result.untrackedMeasureKeys).toHaveLength(assessedMeasures(v1).length - 1);
  });
});

describe('checking answers', () => {
  it('accepts a complete, consistent assessment', () => {
    const input = assessment(everyMeasure([{ ...answer('time-to-smile', 'YES'), currentValue: 2.5 }]), undefined, ['Average handle time']);
    expect(checkAssessment(v1, input)).toEqual([]);
    expect(checkComplete(v1, input)).toEqual([]);
  });

  it('names the share out of range, the category given twice, and the sum', () => {
    const paths = (timeSplit: { categoryKey: string; percent: number }[]) =>
      checkAssessment(v1, assessment([], timeSplit)).map((i) => [i.path, i.code]);
    expect(paths(split(50, 20, 101, 10, 10))).toEqual([['timeSplit[2].percent', 'TIME_OUT_OF_RANGE']]);
    expect(paths(split(50, 20, 12.5, 10, 7.5))).toEqual([
      ['timeSplit[2].percent', 'TIME_OUT_OF_RANGE'],
      ['timeSplit[4].percent', 'TIME_OUT_OF_RANGE'],
    ]);
    expect(paths(split(50, 20, 10, 10, 0))).toEqual([['timeSplit', 'TIME_SUM_NOT_100']]);
    expect(paths([...split(50, 20, 10, 10, 10).slice(0, 4), { categoryKey: 'customer', percent: 10 }])).toEqual([
      ['timeSplit[4].categoryKey', 'DUPLICATE_KEY'],
      ['timeSplit', 'MISSING_CATEGORY'],
    ]);
    expect(paths([...split(50, 20, 10, 10, 10).slice(0, 4), { categoryKey: 'profit', percent: 10 }])).toEqual([
      ['timeSplit[4].categoryKey', 'UNKNOWN_CATEGORY'],
      ['timeSplit', 'MISSING_CATEGORY'],
    ]);
  });

  it('names an unknown or retired measure, a missing usage and a value that is not finite', () => {
    const retired: FrameworkDocument = {
      ...v1,
      measures: v1.measures.map((m) => (m.key === 'self-service-success' ? { ...m, status: 'RETIRED' as const } : m)),
    };
    const issues = checkAssessment(
      retired,
      assessment([
        answer('time-to-smile', 'YES'),
        answer('time-to-frown', 'YES'),
        answer('self-service-success', 'NO'),
        { ...answer('employee-engagement', 'YES'), currentValue: Number.POSITIVE_INFINITY },
        { ...answer('employee-satisfaction', 'PARTLY'), usage: null },
        { ...answer('knowledge-reuse', 'NO'), usage: 'GRADING' },
        { ...answer('time-to-publish', 'NOT_APPLICABLE'), currentValue: 3 },
        answer('time-to-smile', 'NO'),
      ]),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['answers[1].measureKey', 'UNKNOWN_MEASURE'],
      ['answers[2].measureKey', 'MEASURE_RETIRED'],
      ['answers[3].currentValue', 'VALUE_NOT_FINITE'],
      ['answers[4].usage', 'USAGE_REQUIRED'],
      ['answers[5].usage', 'USAGE_NOT_ALLOWED'],
      ['answers[6].currentValue', 'VALUE_NOT_ALLOWED'],
      ['answers[7].measureKey', 'DUPLICATE_KEY'],
    ]);
  });

  it('names empty, long, repeated other measures', () => {
    const issues = checkAssessment(v1, assessment([], undefined, ['Handle time', '  ', 'x'.repeat(161), 'handle time ']));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['otherMeasures[1]', 'EMPTY_FIELD'],
      ['otherMeasures[2]', 'FIELD_TOO_LONG'],
      ['otherMeasures[3]', 'DUPLICATE_KEY'],
    ]);
  });

  it('wants every measure answered and the time split given before completing', () => {
    const issues = checkComplete(v1, { timeSplit: [], answers: [answer('time-to-smile', 'NO')], otherMeasures: [] });
    expect(issues.map((i) => i.code)).toEqual(['MISSING_CATEGORY', 'UNANSWERED']);
    expect(issues.at(-1)?.message).toMatch(/^Answer every measure; 16 left: Customer Engagement Score, .* and 13 more\.$/);
  });
});

describe('retaking on another release', () => {
  it('keeps the time split when the categories match, and the answers the release still assesses', () => {
    const previous = assessment(everyMeasure([answer('self-service-success', 'YES')]), undefined, ['Handle time']);
    const next: FrameworkDocument = {
      ...v1,
      measures: v1.measures.map((m) => (m.key === 'self-service-success' ? { ...m, status: 'RETIRED' as const } : m)),
    };
    const carried = carryOver(next, previous);
    expect(carried.timeSplit).toEqual(previous.timeSplit);
    expect(carried.answers.map((a) => a.measureKey)).not.toContain('self-service-success');
    expect(carried.answers).toHaveLength(previous.answers.length - 1);
    expect(checkAssessment(next, carried)).toEqual([]);
    const renamed = { ...v1, categories: v1.categories.map((c) => (c.key === 'business' ? { ...c, key: 'value' } : c)) };
    expect(carryOver(renamed, previous).timeSplit).toEqual([]);
  });
});

describe('percentiles', () => {
  it('interpolates between ranks', () => {
    expect(quartiles([10, 20, 30, 40, 50])).toEqual({ p25: 20, median: 30, p75: 40 });
    expect(quartiles([40, 10, 30, 20])).toEqual({ p25: 17.5, median: 25, p75: 32.5 });
    expect(quartiles([7])).toEqual({ p25: 7, median: 7, p75: 7 });
    expect(quartiles([])).toBeNull();
    expect(percentile([], 50)).toBeNull();
  });

  it('reads a histogram as the values it counts', () => {
    expect(
      valuesOfCounts([
        [50, 2],
        [0, 1],
        [100, 0],
      ]),
    ).toEqual([0, 50, 50]);
  });

  it('places a value against the quartiles', () => {
    const q = { p25: 20, median: 40, p75: 60 };
    expect([10, 20, 40, 60, 61].map((v) => benchmarkPosition(v, q))).toEqual([
      'BELOW_P25',
      'P25_TO_MEDIAN',
      'MEDIAN_TO_P75',
      'MEDIAN_TO_P75',
      'ABOVE_P75',
    ]);
  });

  it('orders p25 ≤ median ≤ p75 within the values’ range, whatever they are', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 60 }), (values) => {
        const q = quartiles(values)!;
        expect(q.p25).toBeLessThanOrEqual(q.median);
        expect(q.median).toBeLessThanOrEqual(q.p75);
        expect(q.p25).toBeGreaterThanOrEqual(Math.min(...values));
        expect(q.p75).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });
});

describe('export', () => {
  it('writes answers, category results, other measures and totals, with typed formulas made inert', () => {
    const input = assessment(everyMeasure([{ ...answer('time-to-smile', 'YES'), currentValue: -1.5 }]), undefined, [
      '=HYPERLINK("x")',
      'Handle time, per call',
    ]);
    const rows = parseCsv(assessmentCsv(v1, '1.0.0', input));
    expect(rows[0]?.slice(0, 3)).toEqual(['release_version', 'row', 'category_key']);
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
    const smile = rows.find((row) => row[4] === 'time-to-smile')!;
    expect(smile.slice(1, 11)).toEqual([
      'answer',
      'business',
      'Business',
      'time-to-smile',
      'Time to Smile',
      'MANAGER',
      'YES',
      'GUIDING',
      '-1.5',
      'days',
    ]);
    const customer = rows.find((row) => row[1] === 'category' && row[2] === 'customer')!;
    expect(customer.slice(11)).toEqual(['20', '55', '0', '', '']);
    expect(rows.filter((row) => row[1] === 'other_measure').map((row) => row[5])).toEqual(['\'=HYPERLINK("x")', 'Handle time, per call']);
    expect(rows.at(-1)?.[1]).toBe('overall');
  });
});

// ---- properties ----

const tracking = fc.constantFrom(...TRACKINGS);
const usage = fc.constantFrom(...USAGES);

/** A document and answers (some measures unanswered) that pass checkAssessment. */
const answeredArb = documentArb.chain((doc) =>
  fc.record({
    doc: fc.constant(doc),
    shares: sharesArb(doc.categories.length),
    answers: fc.tuple(
      ...assessedMeasures(doc).map((m) =>
        fc.option(
          fc
            .record({ tracking, usage, value: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }) })
            .map(({ tracking: t, usage: u, value }): AssessmentAnswer => ({
              measureKey: m.key,
              tracking: t,
              usage: isTracked(t) ? u : null,
              currentValue: isTracked(t) ? value : null,
            })),
          { nil: null },
        ),
      ),
    ),
  }),
);

describe('scoring, for any release and answers', () => {
  it('keeps every percentage in [0, 100], and coverage null exactly when no measure applies', () => {
    fc.assert(
      fc.property(answeredArb, ({ doc, shares, answers }) => {
        const input: AssessmentAnswers = {
          timeSplit: doc.categories.map((c, i) => ({ categoryKey: c.key, percent: shares[i] ?? 0 })),
          answers: answers.filter((a): a is AssessmentAnswer => a !== null),
          otherMeasures: [],
        };
        expect(checkAssessment(doc, input)).toEqual([]);
        const result = scoreAssessment(doc, input);
        expect(result.categories).toHaveLength(doc.categories.length);
        for (const c of [...result.categories, result]) {
          for (const value of [c.coveragePercent, c.guidingPercent, c.gradingPercent]) {
            if (value !== null) {
              expect(Number.isInteger(value)).toBe(true);
              expect(value).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(100);
            }
          }
          expect(c.coveragePercent === null).toBe(c.applicableCount === 0);
          expect(c.guidingPercent === null).toBe(c.trackedCount === 0);
          expect((c.guidingPercent ?? 0) + (c.gradingPercent ?? 0)).toBeLessThanOrEqual(101);
        }
        expect(result.categories.reduce((sum, c) => sum + (c.timePercent ?? 0), 0)).toBe(100);
        expect(benchmarkEntries(result).map((e) => e.coveragePercent)).toEqual(result.categories.map((c) => c.coveragePercent));
      }),
    );
  });

  it('never lowers coverage when one more measure becomes tracked', () => {
    fc.assert(
      fc.property(answeredArb, fc.nat(), ({ doc, answers }, pick) => {
        const given = answers.filter((a): a is AssessmentAnswer => a !== null && a.tracking === 'NO');
        fc.pre(given.length > 0);
        const target = given[pick % given.length]!;
        const before = answers.filter((a): a is AssessmentAnswer => a !== null);
        const after = before.map((a) => (a === target ? { ...a, tracking: 'YES' as const, usage: 'GUIDING' as const } : a));
        const score = (list: AssessmentAnswer[]) => scoreAssessment(doc, { timeSplit: [], answers: list, otherMeasures: [] });
        expect(score(after).coveragePercent!).toBeGreaterThanOrEqual(score(before).coveragePercent!);
      }),
    );
  });
});
