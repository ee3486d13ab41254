import type { ReactNode } from 'react';
import type { Audience } from '../gql/graphql';
import { audienceLabel } from './labels';
import './framework.css';

type AudienceMeasuresProps = {
  audience: Audience;
  /** The heading level that fits the page outline. */
  headingLevel: 2 | 3 | 4;
  count: number;
  children: ReactNode;
};

/** "For executives" / "For managers": a heading and the list of measures for that audience. */
export function AudienceMeasures({ audience, headingLevel, count, children }: AudienceMeasuresProps) {
  const Heading = `h${headingLevel}` as const;
  const label = audienceLabel(audience).toLowerCase();
  return (
    <section className="audience-measures" data-testid={`${audience.toLowerCase()}-measures`}>
      <Heading className="audience-measures__title">For {label}</Heading>
      {count > 0 ? <ul className="measure-list">{children}</ul> : <p className="muted">No measures are suggested for {label} yet.</p>}
    </section>
  );
}
