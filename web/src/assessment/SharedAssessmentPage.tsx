import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { asFrameworkDocument } from '../proposals/proposal-changes';
import { ErrorState } from '../ui/ErrorState';
import { formatDate } from '../ui/format';
import { hasErrorCode } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { NotFoundState } from '../ui/NotFoundState';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import './assessment.css';
import { answersOf } from './assessment-data';
import { AssessmentResults } from './AssessmentResults';

export const SharedAssessmentQuery = graphql(`
  query SharedAssessment($token: String!) {
    sharedAssessment(token: $token) {
      id
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
    }
  }
`);

/** An assessment someone shared: read-only, for anyone holding the link, signed in or not. */
export function SharedAssessmentPage() {
  const { token = '' } = useParams();
  const { data, error, refetch } = useQuery(SharedAssessmentQuery, { variables: { token } });
  const assessment = data?.sharedAssessment;
  const document = useMemo(() => (assessment ? asFrameworkDocument(assessment.release.document) : null), [assessment]);
  const answers = useMemo(() => (assessment ? answersOf(assessment) : null), [assessment]);
  useDocumentTitle('A shared self-assessment');

  if (!assessment || !document || !answers) {
    if (hasErrorCode(error, 'ASSESSMENT_SHARE_NOT_FOUND')) {
      return (
        <NotFoundState heading="This share link does not work">
          <p>It was never valid, or the person who shared it has revoked it.</p>
          <p>
            <Link to="/assessment">Take the self-assessment yourself</Link>
          </p>
        </NotFoundState>
      );
    }
    if (error) return <ErrorState error={error} heading="Could not load the shared assessment" onRetry={() => void refetch()} />;
    return <LoadingState label="Loading the shared assessment…" />;
  }

  return (
    <div className="assessment-page">
      <header className="page-header">
        <p className="eyebrow">
          Release v{assessment.release.version}, {assessment.release.title}
          {assessment.completedAt ? ` · completed ${formatDate(assessment.completedAt)}` : ''}
        </p>
        <h1>A shared self-assessment</h1>
        <p className="lead no-print">
          Someone shared these results with you, read-only. <Link to="/assessment">Take the self-assessment yourself</Link>.
        </p>
      </header>
      <AssessmentResults
        document={document}
        releaseVersion={assessment.releaseVersion}
        answers={answers}
        takenAt={assessment.completedAt}
      />
    </div>
  );
}
