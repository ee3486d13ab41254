import { INDUSTRY_LABELS, ORGANIZATION_SIZE_LABELS } from '@ocmf/standard';
import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { formatDate } from '../ui/format';
import { describeImprovement } from './case-study-form';
import './case-studies.css';

export const CaseStudyListItem_caseStudy = graphql(`
  fragment CaseStudyListItem_caseStudy on CaseStudy {
    id
    title
    summary
    organizationName
    industry
    organizationSize
    releaseVersion
    publishedAt
    author {
      id
      displayName
    }
    outcomes {
      measureKey
      measureName
      improvementPercent
    }
  }
`);

/** A case study in a list: title, who and what, and each outcome's change in a few words. */
export function CaseStudyListItem(props: { caseStudy: FragmentType<typeof CaseStudyListItem_caseStudy>; headingLevel?: 2 | 3 }) {
  const caseStudy = useFragment(CaseStudyListItem_caseStudy, props.caseStudy);
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const facts = [
    caseStudy.organizationName,
    caseStudy.industry ? INDUSTRY_LABELS[caseStudy.industry] : null,
    caseStudy.organizationSize ? ORGANIZATION_SIZE_LABELS[caseStudy.organizationSize] : null,
    `OCMF ${caseStudy.releaseVersion}`,
  ].filter(Boolean);
  return (
    <li className="case-study-item" data-testid="case-study-item">
      <Heading className="case-study-item__title">
        <Link to={`/case-studies/${caseStudy.id}`}>{caseStudy.title}</Link>
      </Heading>
      <p className="case-study-item__meta">
        {facts.join(' · ')}
        {caseStudy.publishedAt ? (
          <>
            {' · '}
            <time dateTime={caseStudy.publishedAt}>{formatDate(caseStudy.publishedAt)}</time>
          </>
        ) : null}
      </p>
      <p className="case-study-item__summary">{caseStudy.summary}</p>
      {caseStudy.outcomes.length > 0 ? (
        <ul className="case-study-item__outcomes" aria-label="Outcomes">
          {caseStudy.outcomes.map((outcome) => (
            <li key={outcome.measureKey}>
              {outcome.measureName}
              {describeImprovement(outcome.improvementPercent) ? `: ${describeImprovement(outcome.improvementPercent)}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
