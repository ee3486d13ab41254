import { useSuspenseQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { MeasureCaseStudies } from '../case-studies/MeasureCaseStudies';
import { graphql } from '../gql';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { ErrorState } from '../ui/ErrorState';
import { hasErrorCode, graphQLErrorsOf } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { ServerHtml } from '../ui/ServerHtml';
import { NotFoundState } from '../ui/NotFoundState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { proposeMeasureChangeHref } from '../proposal-editor/prefill';
import { MeasureFacts } from './MeasureFacts';
import { MeasureImplementations } from '../implementations/MeasureImplementations';
import { MeasureHistory } from './MeasureHistory';
import { MeasureStatusBadge } from './MeasureStatusBadge';
import './framework.css';
import { FollowButton } from '../follows/FollowButton';

export const MeasureQuery = graphql(`
  query Measure($key: String!) {
    measure(key: $key) {
      key
      name
      definition
      status
      notes
      notesHtml
      replacement {
        key
        name
      }
      category {
        key
        name
      }
      ...MeasureFacts_measure
      ...MeasureHistory_measure
      ...MeasureCaseStudies_measure
      ...MeasureImplementations_measure
    }
  }
`);

export function MeasurePage() {
  const { key = '' } = useParams();
  const { data } = useSuspenseQuery(MeasureQuery, { variables: { key }, queryKey: useRetryKey() });
  const { measure } = data;
  useDocumentTitle(measure.name);

  return (
    <article className="measure-page">
      <Breadcrumbs
        items={[
          { label: 'Framework', to: '/' },
          { label: measure.category.name, to: `/categories/${encodeURIComponent(measure.category.key)}` },
          { label: measure.name },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">Measure</p>
        <div className="title-row">
          <h1>{measure.name}</h1>
          <MeasureStatusBadge status={measure.status} />
          <FollowButton kind="MEASURE" followKey={measure.key} subject={measure.name} />
        </div>
        {measure.replacement ? (
          <p data-testid="measure-replaced-by">
            Retired in favour of <Link to={`/measures/${encodeURIComponent(measure.replacement.key)}`}>{measure.replacement.name}</Link>.
          </p>
        ) : null}
        {measure.status === 'RETIRED' ? null : (
          <p>
            <Link className="button button--quiet" to={proposeMeasureChangeHref(measure.key)} data-testid="propose-change">
              Propose a change to this measure
            </Link>
          </p>
        )}
      </header>
      <section aria-labelledby="definition-title">
        <h2 id="definition-title" className="visually-hidden">
          Definition
        </h2>
        <p className="lead" data-testid="measure-definition">
          {measure.definition}
        </p>
      </section>
      <MeasureFacts measure={measure} />
      {measure.notes ? (
        <section className="notes" aria-labelledby="notes-title" data-testid="measure-notes">
          <h2 id="notes-title">Notes</h2>
          <ServerHtml html={measure.notesHtml ?? ''} topHeadingLevel={3} />
        </section>
      ) : null}
      <MeasureCaseStudies measure={measure} />
      <MeasureHistory measure={measure} />
      <MeasureImplementations measure={measure} />
    </article>
  );
}

export function MeasurePageLoading() {
  useDocumentTitle('Measure');
  return <LoadingState label="Loading the measure…" />;
}

export function MeasurePageFailed({ error, retry }: QueryFailure) {
  const { key = '' } = useParams();
  if (hasErrorCode(error, 'MEASURE_NOT_FOUND')) {
    return (
      <NotFoundState heading="Measure not found">
        <p>{graphQLErrorsOf(error)[0]?.message ?? `There is no measure with the key ${key}.`}</p>
        <p>
          <Link to="/">Browse the measures by category</Link>
        </p>
      </NotFoundState>
    );
  }
  return <ErrorState error={error} heading="Could not load this measure" onRetry={retry} />;
}
