import { useId, useState } from 'react';
import { type FragmentType, graphql, useFragment } from '../gql';
import { describeError } from '../ui/graphql-errors';
import { useContributeAssessmentMutation } from './useContributeAssessmentMutation';

export const ContributePanel_assessment = graphql(`
  fragment ContributePanel_assessment on Assessment {
    id
    releaseVersion
    contributed
  }
`);

/** Opt-in: the owner adds the result to the release's community benchmark, after reading exactly what that means. */
export function ContributePanel(props: { assessment: FragmentType<typeof ContributePanel_assessment> }) {
  const assessment = useFragment(ContributePanel_assessment, props.assessment);
  const { contributeAssessment, loading } = useContributeAssessmentMutation();
  const [agreed, setAgreed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const checkboxId = useId();

  const contribute = async () => {
    if (!agreed) {
      setError('Tick the box to agree first, or leave the benchmark out.');
      return;
    }
    setError(null);
    try {
      await contributeAssessment(assessment.id);
      setDone(true);
    } catch (failure) {
      setError(describeError(failure).message);
    }
  };

  return (
    <section className="result-section owner-panel no-print" aria-labelledby="contribute-title" data-testid="contribute-panel">
      <h2 id="contribute-title">Contribute to the community benchmark</h2>
      {assessment.contributed ? (
        <p className="status-message" role="status" data-testid="contributed">
          {done ? 'Thank you: your result is in the benchmark. ' : ''}Your account has contributed to the benchmark of release v
          {assessment.releaseVersion}. Each account counts once per release.
        </p>
      ) : (
        <>
          <p>You may add this result to the benchmark of release v{assessment.releaseVersion}, anonymously. It is up to you.</p>
          <ul>
            <li>
              <strong>What is added:</strong> for each category, your coverage and your share of leadership time, as whole percentages.
            </li>
            <li>
              <strong>What is not:</strong> your name, account, email address or organisation, your answer for each measure, your values,
              what else you measure, and when you contributed.
            </li>
            <li>
              Only a count of how many people chose each percentage is kept, so no one, administrators included, can trace your contribution
              back to you. For the same reason it cannot be withdrawn later.
            </li>
            <li>Your account is recorded as having contributed to this release, so that each account counts once.</li>
          </ul>
          <div className="checkbox">
            <input id={checkboxId} type="checkbox" checked={agreed} onChange={(event) => setAgreed(event.target.checked)} />
            <label htmlFor={checkboxId}>I agree to add this result to the community benchmark, anonymously and for good.</label>
          </div>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void contribute()} disabled={loading}>
              Contribute anonymously
            </button>
          </div>
        </>
      )}
      {error ? (
        <p className="notice" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
