import { AUDIENCES } from '@ocmf/standard';
import type { ReactNode } from 'react';
import { type FragmentType, graphql, useFragment } from '../gql';
import type { Audience } from '../gql/graphql';
import { audienceLabel } from './labels';
import { MeasureListItem } from './MeasureListItem';
import { groupByAudience } from './measure-groups';
import './framework.css';

export const AudienceColumns_category = graphql(`
  fragment AudienceColumns_category on Category {
    measures {
      key
      audience
      ...MeasureListItem_measure
    }
  }
`);

type AudienceColumnsProps = {
  category: FragmentType<typeof AudienceColumns_category>;
  /** The heading level of "For executives" / "For managers" that fits the page outline. */
  headingLevel: 2 | 3 | 4;
};

/** A category's measures side by side: those suggested for executives, and those for managers. */
export function AudienceColumns(props: AudienceColumnsProps) {
  const groups = groupByAudience(useFragment(AudienceColumns_category, props.category).measures);
  return (
    <div className="audience-columns">
      {AUDIENCES.map((audience) => (
        <AudienceMeasures key={audience} audience={audience} headingLevel={props.headingLevel} count={groups[audience].length}>
          {groups[audience].map((measure) => (
            <MeasureListItem key={measure.key} measure={measure} />
          ))}
        </AudienceMeasures>
      ))}
    </div>
  );
}

type AudienceMeasuresProps = { audience: Audience; headingLevel: 2 | 3 | 4; count: number; children: ReactNode };

/** "For executives" / "For managers": a heading and the list of measures for that audience. */
function AudienceMeasures({ audience, headingLevel, count, children }: AudienceMeasuresProps) {
  const Heading = `h${headingLevel}` as const;
  const label = audienceLabel(audience).toLowerCase();
  return (
    <section className="audience-measures" data-testid={`${audience.toLowerCase()}-measures`}>
      <Heading className="audience-measures__title">For {label}</Heading>
      {count > 0 ? <ul className="measure-list">{children}</ul> : <p className="muted">No measures are suggested for {label} yet.</p>}
    </section>
  );
}
