import { useSuspenseQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { Badge } from '../ui/Badge';
import { formatDate } from '../ui/format';
import { useRetryKey } from '../ui/QueryBoundary';
import './case-studies.css';

export const MyCaseStudiesQuery = graphql(`
  query MyCaseStudies {
    myCaseStudies {
      id
      title
      status
      updatedAt
    }
  }
`);

const STATUS = {
  DRAFT: { label: 'Draft', tone: 'neutral' },
  PUBLISHED: { label: 'Published', tone: 'positive' },
  HIDDEN: { label: 'Hidden', tone: 'warning' },
} as const;

/** The signed-in member's own case studies, drafts included: the way back to a draft. */
export function MyCaseStudies() {
  const { data } = useSuspenseQuery(MyCaseStudiesQuery, { fetchPolicy: 'cache-and-network', queryKey: useRetryKey() });
  if (data.myCaseStudies.length === 0) return null;
  return (
    <section className="page-section my-case-studies" aria-labelledby="my-case-studies-title" data-testid="my-case-studies">
      <h2 id="my-case-studies-title">Yours</h2>
      <ul>
        {data.myCaseStudies.map((caseStudy) => (
          <li key={caseStudy.id}>
            <Link to={`/case-studies/${caseStudy.id}`}>{caseStudy.title}</Link>{' '}
            <Badge tone={STATUS[caseStudy.status].tone}>{STATUS[caseStudy.status].label}</Badge>{' '}
            <span className="muted">
              updated <time dateTime={caseStudy.updatedAt}>{formatDate(caseStudy.updatedAt)}</time>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
