import fc from 'fast-check';
import {
  checkOutcomes,
  checkPeriod,
  checkPublishable,
  improvementPercent,
  isHttpUrl,
  isIsoDate,
  median,
  summarizeOutcomes,
} from './case-study.js';
import { ocmfV1Document } from './seed/ocmf-v1.js';

describe('improvementPercent', () => {
  it('is the change relative to the baseline for a measure where higher is better', () => {
    expect(improvementPercent(200, 250, 'HIGHER_IS_BETTER')).toBe(25);
    expect(improvementPercent(200, 150, 'HIGHER_IS_BETTER')).toBe(-25);
  });

  it('flips the sign where lower is better, so that a shorter Time to Smile is an improvement', () => {
    expect(improvementPercent(10, 4, 'LOWER_IS_BETTER')).toBe(60);
    expect(improvementPercent(4, 10, 'LOWER_IS_BETTER')).toBe(-150);
  });

  it('divides by the size of a negative baseline, so that a rise is still positive', () => {
    expect(improvementPercent(-100, -50, 'HIGHER_IS_BETTER')).toBe(50);
    expect(improvementPercent(-100, -50, 'LOWER_IS_BETTER')).toBe(-50);
  });

  it('is null for a baseline of 0 and for a TARGET measure', () => {
    expect(improvementPercent(0, 5, 'HIGHER_IS_BETTER')).toBeNull();
    expect(improvementPercent(10, 12, 'TARGET')).toBeNull();
  });

  it('is 0, never -0, when nothing changed, and rounds to one decimal', () => {
    expect(Object.is(improvementPercent(7, 7, 'LOWER_IS_BETTER'), 0)).toBe(true);
    expect(improvementPercent(3, 4, 'HIGHER_IS_BETTER')).toBe(33.3);
    // Half away from zero, in both directions alike: 16 → 420723 is a change of 2,629,418.75%.
    expect(improvementPercent(16, 420_723, 'HIGHER_IS_BETTER')).toBe(2_629_418.8);
    expect(improvementPercent(16, 420_723, 'LOWER_IS_BETTER')).toBe(-2_629_418.8);
  });

  it('has the opposite sign for the two directions whenever the values differ', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -1e6, max: 1e6 }), (before, after) => {
        fc.pre(before !== 0);
        const higher = improvementPercent(before, after, 'HIGHER_IS_BETTER')!;
        const lower = improvementPercent(before, after, 'LOWER_IS_BETTER')!;
        expect(higher).toBe(-lower || 0);
        if (higher !== 0) expect(Math.sign(higher)).toBe(Math.sign(after - before));
      }),
    );
  });
});

describe('median and summarizeOutcomes', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('counts improved, worsened, unchanged and unknown outcomes and takes the median of the known ones', () => {
    expect(summarizeOutcomes([60, -10, 0, null, 20])).toEqual({
      count: 5,
      improved: 2,
      worsened: 1,
      unchanged: 1,
      unknown: 1,
      medianImprovementPercent: 10,
    });
    expect(summarizeOutcomes([null]).medianImprovementPercent).toBeNull();
  });
});

describe('checking outcomes against the release used', () => {
  const outcome = { measureKey: 'time-to-smile', before: 10, after: 4, usage: 'GUIDING' as const };

  it('accepts a measure of the release with finite values', () => {
    expect(checkOutcomes(ocmfV1Document, '1.0.0', [outcome])).toEqual([]);
  });

  it('names the field of each bad outcome', () => {
    const issues = checkOutcomes(ocmfV1Document, '1.0.0', [
      outcome,
      { ...outcome, measureKey: 'net-annual-recurring-revenue', after: Number.NaN },
      { ...outcome, before: Number.POSITIVE_INFINITY, periodStart: '2025-03-01', periodEnd: '2025-02-01' },
      { ...outcome, measureKey: 'employee-engagement', periodStart: '2025-02-30' },
    ]);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['outcomes[1].measureKey', 'UNKNOWN_MEASURE'],
      ['outcomes[1].after', 'VALUE_NOT_FINITE'],
      ['outcomes[2].measureKey', 'DUPLICATE_MEASURE'],
      ['outcomes[2].before', 'VALUE_NOT_FINITE'],
      ['outcomes[2].periodEnd', 'PERIOD_END_BEFORE_START'],
      ['outcomes[3].periodStart', 'BAD_DATE'],
    ]);
  });

  it('refuses a measure retired in the release used', () => {
    const retired = {
      ...ocmfV1Document,
      measures: ocmfV1Document.measures.map((m) => (m.key === 'time-to-smile' ? { ...m, status: 'RETIRED' as const } : m)),
    };
    expect(checkOutcomes(retired, '2.0.0', [outcome])).toEqual([
      { code: 'MEASURE_RETIRED', path: 'outcomes[0].measureKey', message: 'Time to Smile is retired in release 2.0.0' },
    ]);
  });

  it('needs an outcome to publish', () => {
    expect(checkPublishable([])).toHaveLength(1);
    expect(checkPublishable([outcome])).toEqual([]);
  });
});

describe('dates and links', () => {
  it('knows real dates and orders a period', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-2-1')).toBe(false);
    expect(checkPeriod('2024-01-01', '2024-01-01', '')).toEqual([
      { code: 'PERIOD_END_BEFORE_START', path: 'periodEnd', message: 'must be after the period’s start (2024-01-01)' },
    ]);
  });

  it('follows only http(s) links', () => {
    expect(isHttpUrl('https://example.org/talk')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('not a url')).toBe(false);
  });
});
