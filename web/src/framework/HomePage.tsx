import { useSuspenseQuery } from '@apollo/client/react';
import { UsageLine } from '../organizations/UsageLine';
import type { ReactNode } from 'react';
import { graphql } from '../gql';
import { LatestReleaseNote } from '../releases/LatestReleaseNote';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { NowStrip } from './NowStrip';
import { CategoryCard } from './CategoryCard';
import { categoryColorIndex } from './focus';
import { FocusChart } from './FocusChart';
import './framework.css';

export const HomeQuery = graphql(`
  query Home {
    draft {
      revision
      categories {
        key
        ...FocusChart_categories
        ...CategoryCard_category
      }
    }
    releases {
      ...LatestReleaseNote_releases
    }
    ...UsageLine_query
  }
`);

const PRINCIPLES: { name: string; text: string }[] = [
  { name: 'Open', text: 'Free to use, adapt and share, and changed in public: anyone can propose an improvement.' },
  { name: 'Balanced', text: 'Customers, employees, the business, knowledge and improvement, so no single number rules.' },
  { name: 'Tangible', text: 'Every measure has a definition, a unit and a direction you can act on.' },
  { name: 'Practical', text: 'A few key measures for executives and for managers, simple enough to focus attention.' },
  { name: 'Flexible', text: 'Suggestions, not prescriptions: adapt them to your organisation. It endorses no vendor.' },
];

export function HomePage() {
  const { data } = useSuspenseQuery(HomeQuery, { queryKey: useRetryKey() });
  return (
    <HomeFrame>
      <section className="focus-section" aria-labelledby="focus-title">
        <h2 id="focus-title">Where leadership time goes</h2>
        <p>
          Each category has a <strong>Focus %</strong>: the share of leadership time to spend on it. Focus % is{' '}
          <strong>not a weight for scoring metrics</strong>. OCMF does not add measures up into one grade; the shares say where attention
          should go.
        </p>
        <FocusChart categories={data.draft.categories} />
      </section>

      <section aria-labelledby="categories-title">
        <h2 id="categories-title">The categories</h2>
        <p>Each category suggests a few measures for executives and a few for managers.</p>
        <div className="category-grid">
          {data.draft.categories.map((category, index) => (
            <CategoryCard key={category.key} category={category} colorIndex={categoryColorIndex(index)} />
          ))}
        </div>
        <LatestReleaseNote releases={data.releases} draftRevision={data.draft.revision} />
        <UsageLine query={data} />
      </section>
    </HomeFrame>
  );
}

export function HomePageLoading() {
  return (
    <HomeFrame>
      <LoadingState label="Loading the framework…" />
    </HomeFrame>
  );
}

export function HomePageFailed({ error, retry }: QueryFailure) {
  return (
    <HomeFrame>
      <ErrorState error={error} headingLevel={2} onRetry={retry} />
    </HomeFrame>
  );
}

/** What the home page says before the framework's data: what OCMF is and its principles. */
function HomeFrame({ children }: { children: ReactNode }) {
  useDocumentTitle(null);
  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">The Open Customer Metrics Framework</h1>
        <p className="lead">
          OCMF is a small, openly licensed set of suggested measures for leading an organisation that serves customers. It is meant for{' '}
          <strong>guiding, not grading</strong>: measures focus attention on a few things that matter, are fair enough that people at every
          level can affect them, and start learning and dialogue rather than control and compliance.
        </p>
        <ul className="principles" aria-label="Principles">
          {PRINCIPLES.map((principle) => (
            <li key={principle.name}>
              <strong>{principle.name}.</strong> {principle.text}
            </li>
          ))}
        </ul>
        <p className="muted">
          The framework is not prescriptive, definitive, comprehensive or static. Here it evolves in the open: practitioners propose
          changes, standard-setters vote, and editors publish versioned releases.
        </p>
      </section>
      <NowStrip />
      {children}
    </div>
  );
}
