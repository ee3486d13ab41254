import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../gql';
import { asFrameworkDocument } from '../proposals/proposal-changes';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { ErrorState } from '../ui/ErrorState';
import { hasErrorCode } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { NotFoundState } from '../ui/NotFoundState';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import './assessment.css';
import { answersOf, signInHref } from './assessment-data';
import { AssessmentWizard } from './AssessmentWizard';
import { useCompleteAssessmentMutation } from './useCompleteAssessmentMutation';
import { useSaveAssessmentMutation } from './useSaveAssessmentMutation';

export const EditAssessmentQuery = graphql(`
  query EditAssessment($id: ID!) {
    assessment(id: $id) {
      id
      status
      releaseVersion
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
    }
  }
`);

/** A saved assessment in progress: each step is saved on the way, and the last one completes it. */
export function EditAssessmentPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  // Always what is saved now: another tab may have saved more.
  const { data, error, refetch } = useQuery(EditAssessmentQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const { saveAssessment } = useSaveAssessmentMutation();
  const { completeAssessment } = useCompleteAssessmentMutation();
  const assessment = data?.assessment;
  const document = useMemo(() => (assessment ? asFrameworkDocument(assessment.release.document) : null), [assessment]);
  const initial = useMemo(() => (assessment ? answersOf(assessment) : undefined), [assessment]);
  useDocumentTitle('Self-assessment');

  if (!assessment || !document) {
    if (hasErrorCode(error, 'UNAUTHENTICATED')) {
      return (
        <section className="message-panel">
          <h1>Self-assessment</h1>
          <p>
            <Link to={signInHref(`/assessments/${id}/edit`)}>Sign in</Link> to continue your assessment.
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
    return <LoadingState label="Loading your assessment…" />;
  }

  if (assessment.status === 'COMPLETED') {
    return (
      <section className="message-panel">
        <h1>This assessment is completed</h1>
        <p>
          A completed assessment no longer changes. <Link to={`/assessments/${assessment.id}`}>See its results</Link>, where you can retake
          it.
        </p>
      </section>
    );
  }

  return (
    <div className="assessment-page">
      <Breadcrumbs items={[{ label: 'Self-assessment', to: '/assessment' }, { label: 'Your assessment' }]} />
      <header className="page-header">
        <h1>Self-assessment</h1>
        <p className="lead">
          Against release v{assessment.release.version}, {assessment.release.title}. Each step is saved when you go on; only you can see
          your answers.
        </p>
      </header>
      <AssessmentWizard
        document={document}
        releaseVersion={assessment.releaseVersion}
        initial={initial}
        finishLabel="Save and see the results"
        onSave={(answers) => saveAssessment(assessment.id, answers)}
        onFinish={async (answers) => {
          await saveAssessment(assessment.id, answers);
          await completeAssessment(assessment.id);
          void navigate(`/assessments/${assessment.id}`);
        }}
      />
    </div>
  );
}
