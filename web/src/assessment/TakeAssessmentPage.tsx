import { useQuery } from '@apollo/client/react';
import type { AssessmentAnswers } from '@ocmf/standard';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { asFrameworkDocument } from '../proposals/proposal-changes';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { ErrorState } from '../ui/ErrorState';
import { graphQLErrorsOf, hasErrorCode } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { NotFoundState } from '../ui/NotFoundState';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import './assessment.css';
import { signInHref } from './assessment-data';
import { AssessmentResults } from './AssessmentResults';
import { AssessmentWizard } from './AssessmentWizard';

export const TakeAssessmentQuery = graphql(`
  query TakeAssessment($version: String!) {
    release(version: $version) {
      version
      title
      document
    }
    assessmentBenchmark(releaseVersion: $version) {
      ...BenchmarkPanel_benchmark
    }
  }
`);

/**
 * The assessment without an account: the answers and the results stay in the browser (scored there by
 * `@ocmf/standard`), and nothing about them is sent: the page reads only the release and its public benchmark.
 */
export function TakeAssessmentPage() {
  const [search] = useSearchParams();
  const version = search.get('release') || 'latest';
  const { data, error, refetch } = useQuery(TakeAssessmentQuery, { variables: { version } });
  // The answers given last; the results show while `showing`, and "Change answers" returns to them in the steps.
  const [answers, setAnswers] = useState<AssessmentAnswers | null>(null);
  const [showing, setShowing] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const document = useMemo(() => (data ? asFrameworkDocument(data.release.document) : null), [data]);
  useDocumentTitle(showing ? 'Your self-assessment results' : 'Self-assessment');

  useEffect(() => {
    if (showing) resultsHeading.current?.focus();
  }, [showing]);

  if (!data || !document) {
    if (hasErrorCode(error, 'RELEASE_NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT')) {
      return (
        <NotFoundState heading="Release not found">
          <p>{graphQLErrorsOf(error)[0]?.message}</p>
          <p>
            <Link to="/assessment">Choose a release to assess against</Link>
          </p>
        </NotFoundState>
      );
    }
    if (error) return <ErrorState error={error} heading="Could not load the release" onRetry={() => void refetch()} />;
    return <LoadingState label="Loading the release…" />;
  }

  const release = data.release;
  return (
    <div className="assessment-page">
      <Breadcrumbs items={[{ label: 'Self-assessment', to: '/assessment' }, { label: showing ? 'Results' : 'Take it' }]} />
      {showing && answers ? (
        <>
          <header className="page-header">
            <p className="eyebrow">
              Release v{release.version}, {release.title}
            </p>
            <h1 ref={resultsHeading} tabIndex={-1}>
              Your self-assessment results
            </h1>
            <p className="lead no-print">
              Scored in your browser: nothing was sent or stored. <Link to={signInHref('/assessment')}>Sign in</Link> and take it there to
              save it, follow your progress and add it to the community benchmark.
            </p>
          </header>
          <AssessmentResults
            document={document}
            releaseVersion={release.version}
            answers={answers}
            benchmark={data.assessmentBenchmark}
            actions={
              <button type="button" className="button button--quiet" onClick={() => setShowing(false)}>
                Change answers
              </button>
            }
          />
        </>
      ) : (
        <>
          <header className="page-header">
            <h1>Self-assessment</h1>
            <p className="lead">
              Against release v{release.version}, {release.title}. Without an account: your answers stay in this browser.
            </p>
          </header>
          <AssessmentWizard
            document={document}
            releaseVersion={release.version}
            initial={answers ?? undefined}
            finishLabel="See the results"
            onFinish={(given) => {
              setAnswers(given);
              setShowing(true);
            }}
          />
        </>
      )}
    </div>
  );
}
