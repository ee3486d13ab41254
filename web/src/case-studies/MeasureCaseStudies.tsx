import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { pluralize } from '../ui/format';
import { CaseStudyListItem } from './CaseStudyListItem';
import { OutcomeSummaryChart } from './OutcomeChart';
import { caseStudiesHref } from './case-study-filters';
import './case-studies.css';

export const MeasureCaseStudies_measure = graphql(`
  fragment MeasureCaseStudies_measure on Measure {
    key
    name
    caseStudies {
      id
      ...CaseStudyListItem_caseStudy
    }
    caseStudySummary {
      count
      improved
      worsened
      unchanged
      unknown
      medianImprovementPercent
    }
  }
`);

/** The published case studies that used a measure, and how their outcomes went. */
export function MeasureCaseStudies(props: { measure: FragmentType<typeof MeasureCaseStudies_measure> }) {
  const measure = useFragment(MeasureCaseStudies_measure, props.measure);
  return (
    <section className="page-section measure-case-studies" aria-labelledby="measure-case-studies-title" data-testid="measure-case-studies">
      <h2 id="measure-case-studies-title">Case studies</h2>
      {measure.caseStudies.length > 0 ? (
        <>
          <p>
            {pluralize(measure.caseStudies.length, 'published case study', 'published case studies')} used {measure.name}.
          </p>
          <OutcomeSummaryChart summary={measure.caseStudySummary} measureName={measure.name} />
          <ol className="case-study-list">
            {measure.caseStudies.slice(0, 5).map((caseStudy) => (
              <CaseStudyListItem key={caseStudy.id} caseStudy={caseStudy} />
            ))}
          </ol>
          {measure.caseStudies.length > 5 ? (
            <p>
              <Link to={caseStudiesHref({ measureKey: measure.key })}>All {measure.caseStudies.length} case studies of this measure</Link>
            </p>
          ) : null}
        </>
      ) : (
        <p className="muted">
          No one has shared a case study of this measure yet. <Link to="/case-studies/new">Share yours</Link>
        </p>
      )}
    </section>
  );
}
