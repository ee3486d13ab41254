import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../gql';
import { asFrameworkDocument } from '../proposals/proposal-changes';
import { ReleaseDiffView } from '../releases/ReleaseDiffView';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { ErrorState } from '../ui/ErrorState';
import { formatDate } from '../ui/format';
import { describeError, hasErrorCode } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { NotFoundState } from '../ui/NotFoundState';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import './assessment.css';
import { answersOf, signInHref } from './assessment-data';
import { AssessmentResults } from './AssessmentResults';
import { ContributePanel } from './ContributePanel';
import { SharePanel } from './SharePanel';
import { useStartAssessmentMutation } from './useStartAssessmentMutation';

export const AssessmentQuery = graphql(`
  query Assessment($id: ID!) {
    assessment(id: $id) {
      id
      status
      releaseVersion
      completedAt
      otherMeasures
      timeSplit {
        categoryKey
        percent
      }
      answers {
        measureKey
        tracking
        usage
        currentValue
      }
      release {
        version
        title
        document
      }
      changesSinceRelease {
        to {
          version
        }
        ...ReleaseDiffView_releaseDiff
      }
      ...SharePanel_assessment
      ...ContributePanel_assessment
    }
  }
`);

/** A release's public benchmark, read once the assessment (and so its release) is known. */
export const AssessmentBenchmarkQuery = graphql(`
  query AssessmentBenchmark($version: String!) {
    assessmentBenchmark(releaseVersion: $version) {
      ...BenchmarkPanel_benchmark
    }
  }
`);

/** A saved assessment's results, with what only its owner can do: retake, share, contribute. */
export function AssessmentPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(AssessmentQuery, { variables: { id } });
  const assessment = data?.assessment;
  const benchmark = useQuery(AssessmentBenchmarkQuery, {
    variables: { version: assessment?.releaseVersion ?? '' },
    skip: !assessment || assessment.status !== 'COMPLETED',
  });
  const { startAssessment, loading: starting } = useStartAssessmentMutation();
  const [retakeError, setRetakeError] = useState<string | null>(null);
  const document = useMemo(() => (assessment ? asFrameworkDocument(assessment.release.document) : null), [assessment]);
  const answers = useMemo(() => (assessment ? answersOf(assessment) : null), [assessment]);
  useDocumentTitle('Your self-assessment results');

  if (!assessment || !document || !answers) {
    if (hasErrorCode(error, 'UNAUTHENTICATED')) {
      return (
        <section className="message-panel">
          <h1>Your self-assessment</h1>
          <p>
            <Link to={signInHref(`/assessments/${id}`)}>Sign in</Link> to see your assessment. Assessments are private to their owner.
          </p>
        </section>
      );
    }
    if (hasErrorCode(error, 'ASSESSMENT_NOT_FOUND')) {
      return (
        <NotFoundState heading="Assessment not found">
          <p>
            There is no such assessment of yours. <Link to="/assessment">See your assessments</Link>
          </p>
        </NotFoundState>
      );
    }
    if (error) return <ErrorState error={error} heading="Could not load the assessment" onRetry={() => void refetch()} />;
    return <LoadingState label="Loading your results…" />;
  }

  if (assessment.status !== 'COMPLETED') {
    return (
      <section className="message-panel">
        <h1>This assessment is in progress</h1>
        <p>
          <Link to={`/assessments/${assessment.id}/edit`}>Continue answering</Link> to see its results.
        </p>
      </section>
    );
  }

  const newer = assessment.changesSinceRelease;
  const retakeOn = newer?.to.version ?? assessment.releaseVersion;
  const retake = async () => {
    setRetakeError(null);
    try {
      const next = await startAssessment(retakeOn, assessment.id);
      void navigate(`/assessments/${next}/edit`);
    } catch (failure) {
      setRetakeError(describeError(failure).message);
    }
  };

  return (
    <div className="assessment-page">
      <Breadcrumbs items={[{ label: 'Self-assessment', to: '/assessment' }, { label: 'Results' }]} />
      <header className="page-header">
        <p className="eyebrow">
          Release v{assessment.release.version}, {assessment.release.title}
          {assessment.completedAt ? ` · completed ${formatDate(assessment.completedAt)}` : ''}
        </p>
        <h1>Your self-assessment results</h1>
      </header>
      {newer ? (
        <section className="result-section newer-release no-print" aria-labelledby="newer-title" data-testid="changes-since">
          <h2 id="newer-title">A newer release exists: v{newer.to.version}</h2>
          <details>
            <summary>Review what changed since the release you assessed (v{assessment.releaseVersion})</summary>
            <ReleaseDiffView releaseDiff={newer} headingLevel={3} />
          </details>
        </section>
      ) : null}
      <AssessmentResults
        document={document}
        releaseVersion={assessment.releaseVersion}
        answers={answers}
        benchmark={benchmark.data?.assessmentBenchmark ?? null}
        takenAt={assessment.completedAt}
        actions={
          <button type="button" className="button button--quiet" onClick={() => void retake()} disabled={starting}>
            {newer ? `Retake on v${retakeOn}` : 'Retake'}
          </button>
        }
      />
      {retakeError ? (
        <p className="notice" role="alert">
          {retakeError}
        </p>
      ) : null}
      <ContributePanel assessment={assessment} />
      <SharePanel assessment={assessment} />
    </div>
  );
}
