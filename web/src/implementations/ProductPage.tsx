import { useSuspenseQuery } from '@apollo/client/react';
import { IMPLEMENTATION_STATUS_LABELS, releasesBehindLabel } from '@ocmf/standard';
import { Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { VerifiedBadge } from '../organizations/VerifiedBadge';
import { Badge } from '../ui/Badge';
import { ErrorState } from '../ui/ErrorState';
import { graphQLErrorsOf, hasErrorCode } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { NotFoundState } from '../ui/NotFoundState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { ReportEditor } from './ReportEditor';
import { UpgradeChecklist } from './UpgradeChecklist';
import './implementations.css';

export const ProductQuery = graphql(`
  query Product($id: ID!) {
    releases {
      version
    }
    product(id: $id) {
      id
      name
      url
      releaseVersion
      releasesBehind
      reportedAt
      organization {
        id
        name
        verified
        viewerRole
      }
      measures {
        measureKey
        status
        note
        link
      }
      upgradeChecklist {
        id
        ...UpgradeChecklist_checklist
      }
    }
  }
`);

/** A product: the release it implements and how far, its upgrade checklist, and (owners) the report editor. */
export function ProductPage() {
  const { id = '' } = useParams();
  const { data } = useSuspenseQuery(ProductQuery, { variables: { id }, queryKey: useRetryKey() });
  const { product } = data;
  useDocumentTitle(product.name);
  const owner = product.organization.viewerRole === 'OWNER';
  return (
    <div className="product-page">
      <header className="page-header">
        <p className="muted">
          <Link to={`/organizations/${product.organization.id}`}>{product.organization.name}</Link>{' '}
          {product.organization.verified ? <VerifiedBadge /> : null}
        </p>
        <div className="title-row">
          <h1>{product.name}</h1>
          {product.releaseVersion ? (
            <Badge tone={product.releasesBehind === 0 ? 'positive' : 'warning'} testId="product-currency">
              {releasesBehindLabel(product.releasesBehind ?? 0)}
            </Badge>
          ) : null}
        </div>
        {product.url ? (
          <p>
            <a href={product.url} rel="nofollow noopener noreferrer">
              {product.url}
            </a>
          </p>
        ) : null}
        <p className="lead">
          {product.releaseVersion ? (
            <>
              Implements OCMF <Link to={`/releases/${product.releaseVersion}`}>{product.releaseVersion}</Link>.
            </>
          ) : (
            'No implementation report yet.'
          )}
        </p>
      </header>

      {product.upgradeChecklist ? <UpgradeChecklist checklist={product.upgradeChecklist} canEdit={owner} /> : null}

      {product.measures.length > 0 ? (
        <section className="page-section" aria-labelledby="reported-title">
          <h2 id="reported-title">Reported measures</h2>
          <ul className="tight-list" data-testid="reported-measures">
            {product.measures.map((m) => (
              <li key={m.measureKey}>
                <Link to={`/measures/${m.measureKey}`}>{m.measureKey}</Link>: {IMPLEMENTATION_STATUS_LABELS[m.status]}
                {m.note ? ` (${m.note})` : ''}
                {m.link ? (
                  <>
                    {' '}
                    <a href={m.link} rel="nofollow noopener noreferrer">
                      documentation
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {owner ? (
        <Suspense fallback={<LoadingState label="Loading the release’s measures…" />}>
          <ReportEditor
            productId={product.id}
            versions={data.releases.map((r) => r.version)}
            current={{ releaseVersion: product.releaseVersion ?? null, measures: product.measures }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}

export function ProductPageLoading() {
  useDocumentTitle('Product');
  return <LoadingState label="Loading the product…" />;
}

export function ProductPageFailed({ error, retry }: QueryFailure) {
  if (hasErrorCode(error, 'PRODUCT_NOT_FOUND')) {
    return (
      <NotFoundState heading="Product not found">
        <p>{graphQLErrorsOf(error)[0]?.message}</p>
        <p>
          <Link to="/implementations">See every implementation</Link>
        </p>
      </NotFoundState>
    );
  }
  return <ErrorState error={error} heading="Could not load this product" onRetry={retry} />;
}
