import { type AssessmentResult, benchmarkPosition, type Quartiles } from '@ocmf/standard';
import { type FragmentType, graphql, useFragment } from '../gql';
import { formatPercent, positionLabel } from './labels';

export const BenchmarkPanel_benchmark = graphql(`
  fragment BenchmarkPanel_benchmark on AssessmentBenchmark {
    releaseVersion
    contributions
    minimumContributions
    categories {
      categoryKey
      name
      coverage {
        p25
        median
        p75
      }
      timePercent {
        p25
        median
        p75
      }
    }
  }
`);

type BenchmarkPanelProps = { benchmark: FragmentType<typeof BenchmarkPanel_benchmark>; result: AssessmentResult };

/** Where this assessment falls among the community's contributions for the same release, per category. */
export function BenchmarkPanel(props: BenchmarkPanelProps) {
  const benchmark = useFragment(BenchmarkPanel_benchmark, props.benchmark);
  const mine = new Map(props.result.categories.map((c) => [c.categoryKey, c]));
  return (
    <section className="result-section benchmark" aria-labelledby="benchmark-title" data-testid="benchmark">
      <h2 id="benchmark-title">The community benchmark</h2>
      {benchmark.categories.length === 0 ? (
        <p data-testid="benchmark-hidden">
          The benchmark for release v{benchmark.releaseVersion} appears once {benchmark.minimumContributions} accounts have contributed
          their results, so that no one’s answers can be told apart: {benchmark.contributions === 0 ? 'none' : benchmark.contributions} so
          far.
        </p>
      ) : (
        <>
          <p>
            {benchmark.contributions} accounts contributed an assessment of release v{benchmark.releaseVersion}, anonymously. The band spans
            the middle half of them (25th to 75th percentile), the line is the median, and the dot is you.
          </p>
          <div className="benchmark__categories">
            {benchmark.categories.map((category) => {
              const you = mine.get(category.categoryKey);
              return (
                <section key={category.categoryKey} className="benchmark__category" aria-labelledby={`benchmark-${category.categoryKey}`}>
                  <h3 id={`benchmark-${category.categoryKey}`}>{category.name}</h3>
                  <dl>
                    <Distribution label="Coverage" quartiles={category.coverage} value={you?.coveragePercent ?? null} />
                    <Distribution label="Leadership time" quartiles={category.timePercent} value={you?.timePercent ?? null} />
                  </dl>
                </section>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}

function Distribution({ label, quartiles, value }: { label: string; quartiles: Quartiles | null; value: number | null }) {
  if (!quartiles) {
    return (
      <div className="distribution">
        <dt>{label}</dt>
        <dd className="muted">Too few contributions where this applies to show.</dd>
      </div>
    );
  }
  return (
    <div className="distribution">
      <dt>{label}</dt>
      <dd>
        <span className="distribution__track" aria-hidden="true">
          <span className="distribution__band" style={{ left: `${quartiles.p25}%`, width: `${quartiles.p75 - quartiles.p25}%` }} />
          <span className="distribution__median" style={{ left: `${quartiles.median}%` }} />
          {value !== null ? <span className="distribution__you" style={{ left: `${value}%` }} /> : null}
        </span>
        <span className="distribution__text">
          Contributors: {formatPercent(quartiles.p25)} to {formatPercent(quartiles.p75)}, median {formatPercent(quartiles.median)}.{' '}
          {value !== null ? `You: ${value}%, ${positionLabel(benchmarkPosition(value, quartiles))}.` : 'Not scored for you.'}
        </span>
      </dd>
    </div>
  );
}
