import { useSuspenseQuery } from '@apollo/client/react';
import { IMPLEMENTATION_STATUS_LABELS, releasesBehindLabel } from '@ocmf/standard';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { VerifiedBadge } from '../organizations/VerifiedBadge';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { SelectField } from '../ui/SelectField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import './implementations.css';

export const ImplementationsQuery = graphql(`
  query Implementations($version: String!) {
    releases {
      version
    }
    release(version: $version) {
      version
      title
      categories {
        key
        name
      }
      measures {
        key
        name
        categoryKey
        status
      }
    }
    implementations(releaseVersion: $version) {
      id
      name
      releasesBehind
      organization {
        id
        name
        verified
      }
      measures {
        measureKey
        status
        note
      }
    }
  }
`);

/** The matrix of products × measures for one release, filtered by category. */
export function ImplementationsPage() {
  useDocumentTitle('Implementations');
  const [params, setParams] = useSearchParams();
  const version = params.get('release') || 'latest';
  const category = params.get('category') ?? '';
  const { data } = useSuspenseQuery(ImplementationsQuery, { variables: { version }, queryKey: useRetryKey() });
  const { release, implementations } = data;
  const measures = release.measures.filter((m) => m.status !== 'RETIRED' && (!category || m.categoryKey === category));
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <div className="implementations-page">
      <header className="page-header">
        <h1>Implementations</h1>
        <p className="lead">
          Which products implement which measures of release {release.version} (“{release.title}”), as their vendors report it.
          Machine-readable: <a href="/implementations.json">/implementations.json</a>.
        </p>
      </header>
      <div className="filter-bar">
        <SelectField
          label="Release"
          name="release"
          value={release.version}
          options={data.releases.map((r) => ({ value: r.version, label: r.version }))}
          onChange={(e) => set('release', e.target.value)}
        />
        <SelectField
          label="Category"
          name="category"
          value={category}
          placeholder="All categories"
          options={release.categories.map((c) => ({ value: c.key, label: c.name }))}
          onChange={(e) => set('category', e.target.value)}
        />
      </div>
      {implementations.length === 0 ? (
        <p className="message-panel" data-testid="no-implementations">
          No product reports implementing {release.version} yet. <Link to="/organizations">Vendors</Link> report theirs from their
          organisation&rsquo;s page.
        </p>
      ) : (
        <div className="matrix-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
          <table className="matrix" data-testid="implementation-matrix">
            <caption id="matrix-caption">
              Measures of {release.version} (rows) by product (columns)
              {category ? `, ${release.categories.find((c) => c.key === category)?.name}` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                {implementations.map((product) => (
                  <th scope="col" key={product.id}>
                    <Link to={`/products/${product.id}`}>{product.name}</Link>
                    <span className="matrix__org">
                      <Link to={`/organizations/${product.organization.id}`}>{product.organization.name}</Link>{' '}
                      {product.organization.verified ? <VerifiedBadge /> : null}
                    </span>
                    <span className="matrix__behind" data-testid="releases-behind">
                      {releasesBehindLabel(product.releasesBehind ?? 0)}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {measures.map((measure) => (
                <tr key={measure.key} data-testid="matrix-row">
                  <th scope="row">
                    <Link to={`/measures/${measure.key}`}>{measure.name}</Link>
                  </th>
                  {implementations.map((product) => {
                    const entry = product.measures.find((m) => m.measureKey === measure.key);
                    return (
                      <td key={product.id} className={entry ? `matrix__cell matrix__cell--${entry.status.toLowerCase()}` : 'matrix__cell'}>
                        {entry ? IMPLEMENTATION_STATUS_LABELS[entry.status] : <span className="muted">Not reported</span>}
                        {entry?.note ? <span className="matrix__note">{entry.note}</span> : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export function ImplementationsPageLoading() {
  useDocumentTitle('Implementations');
  return <LoadingState label="Loading the implementations…" />;
}

export function ImplementationsPageFailed({ error, retry }: QueryFailure) {
  return <ErrorState error={error} heading="Could not load the implementations" onRetry={retry} />;
}
