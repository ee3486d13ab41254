/** A completed assessment as the progress chart reads it. */
export type ProgressInput = {
  id: string;
  completedAt: string | null;
  releaseVersion: string;
  result: { categories: readonly { categoryKey: string; name: string; coveragePercent: number | null }[] };
};

export type ProgressPoint = { assessmentId: string; completedAt: string; releaseVersion: string; coveragePercent: number | null };

export type ProgressSeries = { categoryKey: string; name: string; points: ProgressPoint[] };

/** How many assessments the chart shows: the most recent ones. */
export const PROGRESS_LIMIT = 8;

/**
 * Coverage per category across completed assessments, oldest first (the last PROGRESS_LIMIT): one series per
 * category any of them has, in the order they first appear; a point is null where that assessment's release
 * had no such category or nothing in it applied.
 */
export function progressSeries(assessments: readonly ProgressInput[]): { columns: ProgressPoint[]; series: ProgressSeries[] } {
  const completed = assessments
    .filter((a): a is ProgressInput & { completedAt: string } => a.completedAt !== null)
    .sort((a, b) => a.completedAt.localeCompare(b.completedAt))
    .slice(-PROGRESS_LIMIT);
  const names = new Map<string, string>();
  for (const assessment of completed)
    for (const c of assessment.result.categories) if (!names.has(c.categoryKey)) names.set(c.categoryKey, c.name);
  const point = (a: (typeof completed)[number], categoryKey: string): ProgressPoint => ({
    assessmentId: a.id,
    completedAt: a.completedAt,
    releaseVersion: a.releaseVersion,
    coveragePercent: a.result.categories.find((c) => c.categoryKey === categoryKey)?.coveragePercent ?? null,
  });
  return {
    columns: completed.map((a) => ({
      assessmentId: a.id,
      completedAt: a.completedAt,
      releaseVersion: a.releaseVersion,
      coveragePercent: null,
    })),
    series: [...names].map(([categoryKey, name]) => ({ categoryKey, name, points: completed.map((a) => point(a, categoryKey)) })),
  };
}
