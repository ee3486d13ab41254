import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { Badge } from '../ui/Badge';
import { formatDate } from '../ui/format';

export const AssessmentList_assessments = graphql(`
  fragment AssessmentList_assessments on Assessment {
    id
    status
    releaseVersion
    createdAt
    completedAt
    result {
      coveragePercent
      guidingPercent
    }
  }
`);

/** Your assessments, newest first: results for the completed ones, "continue" for those in progress. */
export function AssessmentList(props: { assessments: FragmentType<typeof AssessmentList_assessments>[] }) {
  const assessments = useFragment(AssessmentList_assessments, props.assessments);
  if (assessments.length === 0) return <p className="muted">You have not taken an assessment yet.</p>;
  return (
    <ul className="assessment-list" data-testid="my-assessments">
      {assessments.map((a) => (
        <li key={a.id} className="assessment-list__item">
          {a.status === 'COMPLETED' && a.completedAt ? (
            <>
              <Link to={`/assessments/${a.id}`}>
                Completed {formatDate(a.completedAt)}, release v{a.releaseVersion}
              </Link>
              <span className="muted">
                {a.result.coveragePercent === null ? 'No coverage score' : `${a.result.coveragePercent}% coverage`}
                {a.result.guidingPercent === null ? '' : ` · ${a.result.guidingPercent}% guiding`}
              </span>
            </>
          ) : (
            <>
              <Link to={`/assessments/${a.id}/edit`}>
                Continue the assessment started {formatDate(a.createdAt)}, release v{a.releaseVersion}
              </Link>
              <Badge tone="info">In progress</Badge>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
