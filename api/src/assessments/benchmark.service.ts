import { Injectable } from '@nestjs/common';
import {
  benchmarkEntries,
  categoriesInOrder,
  MINIMUM_BENCHMARK_CONTRIBUTIONS,
  quartiles,
  type Quartiles,
  scoreAssessment,
  valuesOfCounts,
} from '@ocmf/standard';
import { type RequestContext, requireUser } from '../common/request-context.js';
import { EventBus } from '../events/event-bus.js';
import { ReleasesService } from '../releases/releases.service.js';
import { AssessmentContributorEntity, BENCHMARK_METRICS, type BenchmarkMetric, BenchmarkBinEntity } from './assessment.entity.js';
import type { AssessmentBenchmarkType, AssessmentType } from './assessment.types.js';
import { AssessmentErrors } from './assessments.errors.js';
import { answersOf, AssessmentsService, documentOf, toType } from './assessments.service.js';

/** Every whole percentage a bin can hold. */
const PERCENTAGES = 101;

/**
 * The community benchmark: per release and category, the distribution of coverage and of leadership time over
 * the assessments people chose to contribute.
 *
 * A contribution must not be traceable to the person who made it, by anyone, administrators included. So it is
 * not stored as a row: it adds one to a bin of a histogram per category and metric, and the only record of the
 * person is that their account contributed to the release (which makes each account count once). Nothing
 * carries a time, an id or an order of arrival. And because PostgreSQL stamps every row version with the id of
 * the transaction that wrote it, each contribution rewrites every bin of its release (adding 0 to most), so that
 * stamp tells which account wrote the release's bins last, never which bins it added to.
 */
@Injectable()
export class BenchmarkService {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly releases: ReleasesService,
    private readonly events: EventBus,
  ) {}

  async contribute(ctx: RequestContext, id: string): Promise<AssessmentType> {
    const user = requireUser(ctx);
    const assessment = await this.assessments.findOwn(ctx, id, { lock: true });
    if (assessment.status !== 'COMPLETED') throw AssessmentErrors.notCompleted('contribute it');
    const release = await this.releases.get(ctx, assessment.releaseVersion);
    // Once per account and release: the primary key decides, even for two contributions at the same moment.
    const recorded = (await ctx.manager.query(
      `INSERT INTO assessment_contributors (user_id, release_version) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id`,
      [user.id, release.version],
    )) as unknown[];
    if (recorded.length === 0) throw AssessmentErrors.alreadyContributed(release.version);

    const document = documentOf(release);
    const hits: { metric: BenchmarkMetric; categoryKey: string; value: number }[] = [];
    for (const entry of benchmarkEntries(scoreAssessment(document, answersOf(assessment)))) {
      hits.push({ metric: 'TIME', categoryKey: entry.categoryKey, value: entry.timePercent });
      if (entry.coveragePercent !== null) hits.push({ metric: 'COVERAGE', categoryKey: entry.categoryKey, value: entry.coveragePercent });
    }
    // Every bin of the release, in one fixed order (so concurrent contributions lock them alike): 1 where this
    // contribution falls, 0 elsewhere.
    await ctx.manager.query(
      `INSERT INTO assessment_benchmark_bins AS bin (release_version, metric, category_key, value, count)
       SELECT $1, grid.metric, grid.category_key, grid.value, CASE WHEN hit.value IS NULL THEN 0 ELSE 1 END
       FROM (
         SELECT m.metric, c.category_key, v.value
         FROM unnest($2::benchmark_metric[]) AS m(metric)
         CROSS JOIN unnest($3::text[]) AS c(category_key)
         CROSS JOIN generate_series(0, $4::int - 1) AS v(value)
       ) AS grid
       LEFT JOIN unnest($5::text[], $6::text[], $7::int[]) AS hit(metric, category_key, value)
         ON hit.metric = grid.metric::text AND hit.category_key = grid.category_key AND hit.value = grid.value
       ORDER BY grid.metric, grid.category_key, grid.value
       ON CONFLICT (release_version, metric, category_key, value) DO UPDATE SET count = bin.count + EXCLUDED.count`,
      [
        release.version,
        [...BENCHMARK_METRICS],
        document.categories.map((c) => c.key),
        PERCENTAGES,
        hits.map((hit) => hit.metric),
        hits.map((hit) => hit.categoryKey),
        hits.map((hit) => hit.value),
      ],
    );
    const contributions = await ctx.manager.countBy(AssessmentContributorEntity, { releaseVersion: release.version });
    // Published as nobody: the event names the release and the new count, not who contributed or what.
    await this.events.publish({ ...ctx, user: null }, { type: 'AssessmentContributed', releaseVersion: release.version, contributions });
    return toType(assessment);
  }

  /** The benchmark of a release; its distributions only once enough accounts have contributed. */
  async benchmark(ctx: RequestContext, releaseVersion: string): Promise<AssessmentBenchmarkType> {
    const release = await this.releases.get(ctx, releaseVersion, 'releaseVersion');
    const contributions = await ctx.manager.countBy(AssessmentContributorEntity, { releaseVersion: release.version });
    const benchmark = { releaseVersion: release.version, contributions, minimumContributions: MINIMUM_BENCHMARK_CONTRIBUTIONS };
    if (contributions < MINIMUM_BENCHMARK_CONTRIBUTIONS) return { ...benchmark, categories: [] };
    const bins = await ctx.manager
      .createQueryBuilder(BenchmarkBinEntity, 'bin')
      .where('bin.release_version = :version AND bin.count > 0', { version: release.version })
      .getMany();
    const distribution = (metric: BenchmarkMetric, categoryKey: string): Quartiles | null => {
      const values = valuesOfCounts(
        bins.filter((bin) => bin.metric === metric && bin.categoryKey === categoryKey).map((bin) => [bin.value, bin.count] as const),
      );
      // Each distribution, like the whole benchmark, needs the minimum number of values before it is shown.
      return values.length >= MINIMUM_BENCHMARK_CONTRIBUTIONS ? quartiles(values) : null;
    };
    return {
      ...benchmark,
      categories: categoriesInOrder(documentOf(release)).map((category) => ({
        categoryKey: category.key,
        name: category.name,
        coverage: distribution('COVERAGE', category.key),
        timePercent: distribution('TIME', category.key),
      })),
    };
  }
}
