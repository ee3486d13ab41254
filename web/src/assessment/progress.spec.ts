import { csvFileName } from './export';
import { PROGRESS_LIMIT, progressSeries } from './progress';

const assessment = (id: string, completedAt: string | null, coverage: Record<string, number | null>, releaseVersion = '1.0.0') => ({
  id,
  completedAt,
  releaseVersion,
  result: {
    categories: Object.entries(coverage).map(([categoryKey, coveragePercent]) => ({
      categoryKey,
      name: categoryKey.toUpperCase(),
      coveragePercent,
    })),
  },
});

describe('progressSeries', () => {
  it('lines up coverage per category across completed assessments, oldest first', () => {
    const { columns, series } = progressSeries([
      assessment('c', '2026-03-03T00:00:00Z', { customer: 80, business: null, profit: 10 }, '2.0.0'),
      assessment('open', null, { customer: 0 }),
      assessment('a', '2026-01-01T00:00:00Z', { customer: 20, business: 50 }),
    ]);
    expect(columns.map((c) => c.assessmentId)).toEqual(['a', 'c']);
    expect(series.map((s) => [s.categoryKey, s.points.map((p) => p.coveragePercent)])).toEqual([
      ['customer', [20, 80]],
      ['business', [50, null]],
      ['profit', [null, 10]],
    ]);
  });

  it('keeps the most recent assessments only', () => {
    const many = Array.from({ length: PROGRESS_LIMIT + 3 }, (_, i) =>
      assessment(`a${i}`, `2026-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`, { customer: i }),
    );
    const { columns } = progressSeries(many);
    expect(columns).toHaveLength(PROGRESS_LIMIT);
    expect(columns[0]?.assessmentId).toBe('a3');
  });
});

describe('csvFileName', () => {
  it('names the release and the day', () => {
    expect(csvFileName('1.1.0', new Date('2026-03-22T10:00:00Z'))).toBe('ocmf-self-assessment-v1.1.0-2026-03-22.csv');
  });
});
