import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { ErrorState } from '../ui/ErrorState';
import { describeError } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { SelectField } from '../ui/SelectField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import './assessment.css';
import { signInHref } from './assessment-data';
import { AssessmentList } from './AssessmentList';
import { ProgressChart } from './ProgressChart';
import { useStartAssessmentMutation } from './useStartAssessmentMutation';

export const AssessmentHomeQuery = graphql(`
  query AssessmentHome {
    releases {
      version
      title
    }
    me {
      id
    }
  }
`);

export const MyAssessmentsQuery = graphql(`
  query MyAssessments {
    myAssessments {
      id
      status
      ...AssessmentList_assessments
      ...ProgressChart_assessments
    }
  }
`);

/** "Self-assessment": what it is, a release to take it against, and for signed-in users their assessments and progress. */
export function AssessmentHomePage() {
  useDocumentTitle('Self-assessment');
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(AssessmentHomeQuery);
  const signedIn = Boolean(data?.me);
  const mine = useQuery(MyAssessmentsQuery, { skip: !signedIn, fetchPolicy: 'cache-and-network' });
  const { startAssessment, loading: starting } = useStartAssessmentMutation();
  const [chosen, setChosen] = useState<string | null>(null);
  const [startError, setStartError] = useState<string | null>(null);

  if (!data) {
    if (error) return <ErrorState error={error} heading="Could not load the releases" onRetry={() => void refetch()} />;
    return <LoadingState label="Loading…" />;
  }
  // Releases come newest first: the default is the latest.
  const version = chosen ?? data.releases[0]?.version ?? '';

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (!signedIn) {
      void navigate(`/assessment/take?${new URLSearchParams({ release: version }).toString()}`);
      return;
    }
    setStartError(null);
    try {
      const id = await startAssessment(version);
      void navigate(`/assessments/${id}/edit`);
    } catch (failure) {
      setStartError(describeError(failure).message);
    }
  };

  const assessments = mine.data?.myAssessments ?? [];
  const completed = assessments.filter((a) => a.status === 'COMPLETED');
  return (
    <div className="assessment-home">
      <header className="page-header">
        <h1>Self-assessment</h1>
        <p className="lead">
          How do your measures stack up against the Open Customer Metrics Framework? Compare where your leadership time goes with OCMF’s
          Focus %, see which of its measures you track, and whether you use them for guiding or for grading. Three short steps.
        </p>
      </header>

      <section className="assessment-start" aria-labelledby="start-title">
        <h2 id="start-title">Take the assessment</h2>
        <form className="form" onSubmit={(event) => void start(event)}>
          <SelectField
            label="Release to assess against"
            name="release"
            hint="Each release is a fixed version of the framework; the latest is first."
            options={data.releases.map((r, index) => ({
              value: r.version,
              label: `v${r.version}, ${r.title}${index === 0 ? ' (latest)' : ''}`,
            }))}
            value={version}
            onChange={(event) => setChosen(event.target.value)}
          />
          {signedIn ? (
            <p className="muted">Your answers are saved as you go, and only you can see them.</p>
          ) : (
            <p className="muted">
              Without an account your answers stay in this browser: nothing is sent or stored.{' '}
              <Link to={signInHref('/assessment')}>Sign in</Link> to save them, follow your progress over time and compare with the
              community.
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button" disabled={starting || version === ''}>
              Start the assessment
            </button>
          </div>
          {startError ? (
            <p className="notice" role="alert">
              {startError}
            </p>
          ) : null}
        </form>
      </section>

      {signedIn ? (
        <>
          <section aria-labelledby="progress-title" className="result-section">
            <h2 id="progress-title">Your progress</h2>
            {mine.data ? <ProgressChart assessments={completed} /> : mine.error ? null : <LoadingState label="Loading your assessments…" />}
          </section>
          <section aria-labelledby="mine-title" className="result-section">
            <h2 id="mine-title">Your assessments</h2>
            {mine.error ? (
              <ErrorState
                error={mine.error}
                headingLevel={2}
                heading="Could not load your assessments"
                onRetry={() => void mine.refetch()}
              />
            ) : mine.data ? (
              <AssessmentList assessments={assessments} />
            ) : null}
          </section>
        </>
      ) : null}
    </div>
  );
}
