import { useSuspenseQuery } from '@apollo/client/react';
import { ORGANIZATION_KIND_LABELS, releasesBehindLabel } from '@ocmf/standard';
import { Link, useParams } from 'react-router';
import { useCurrentUser } from '../auth/useCurrentUser';
import { graphql } from '../gql';
import { Badge } from '../ui/Badge';
import { ErrorState } from '../ui/ErrorState';
import { graphQLErrorsOf, hasErrorCode } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { NotFoundState } from '../ui/NotFoundState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { AddProductForm } from './AddProductForm';
import { AdoptionSection } from './AdoptionSection';
import { MembersSection } from './MembersSection';
import { VerifiedBadge } from './VerifiedBadge';
import { VerifyButton } from './VerifyButton';
import './organizations.css';

export const OrganizationQuery = graphql(`
  query Organization($id: ID!) {
    release(version: "latest") {
      version
      categories {
        key
        name
      }
    }
    organization(id: $id) {
      id
      name
      kind
      website
      description
      verified
      hidden
      hiddenReason
      viewerRole
      ...MembersSection_organization
      adoption {
        releaseVersion
        categoryKeys
        quote
        link
      }
      products {
        id
        name
        url
        releaseVersion
        releasesBehind
      }
    }
  }
`);

export function OrganizationPage() {
  const { id = '' } = useParams();
  const { user } = useCurrentUser();
  const { data } = useSuspenseQuery(OrganizationQuery, { variables: { id }, queryKey: useRetryKey() });
  const { organization } = data;
  useDocumentTitle(organization.name);
  const owner = organization.viewerRole === 'OWNER';
  return (
    <div className="organization-page">
      <header className="page-header">
        <p className="muted">
          <Link to="/organizations">Organisations</Link>
        </p>
        <div className="title-row">
          <h1>{organization.name}</h1>
          {organization.verified ? <VerifiedBadge /> : <Badge tone="neutral">Not verified</Badge>}
        </div>
        <p className="muted">
          {ORGANIZATION_KIND_LABELS[organization.kind]}
          {organization.website ? (
            <>
              {' · '}
              <a href={organization.website} rel="nofollow noopener noreferrer">
                {organization.website}
              </a>
            </>
          ) : null}
        </p>
        {organization.description ? <p className="lead">{organization.description}</p> : null}
        {organization.hidden ? (
          <p className="notice" data-testid="hidden-notice">
            Hidden by an administrator: {organization.hiddenReason}
          </p>
        ) : null}
        {user?.role === 'ADMIN' && !organization.verified ? <VerifyButton organizationId={organization.id} /> : null}
      </header>

      {organization.kind === 'VENDOR' ? (
        <section className="page-section" aria-labelledby="products-title">
          <h2 id="products-title">Products</h2>
          {organization.products.length > 0 ? (
            <ul className="organization-list" data-testid="product-list">
              {organization.products.map((product) => (
                <li key={product.id} className="organization-list__item">
                  <Link to={`/products/${product.id}`} className="organization-list__name">
                    {product.name}
                  </Link>
                  <p className="muted">
                    {product.releaseVersion
                      ? `Implements ${product.releaseVersion} · ${releasesBehindLabel(product.releasesBehind ?? 0)}`
                      : 'No implementation report yet'}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No product registered yet.</p>
          )}
          {owner ? <AddProductForm organizationId={organization.id} /> : null}
        </section>
      ) : (
        <AdoptionSection
          organizationId={organization.id}
          adoption={organization.adoption ?? null}
          owner={owner}
          categories={data.release.categories}
        />
      )}

      <MembersSection organization={organization} />
    </div>
  );
}

export function OrganizationPageLoading() {
  useDocumentTitle('Organisation');
  return <LoadingState label="Loading the organisation…" />;
}

export function OrganizationPageFailed({ error, retry }: QueryFailure) {
  if (hasErrorCode(error, 'ORGANIZATION_NOT_FOUND')) {
    return (
      <NotFoundState heading="Organisation not found">
        <p>{graphQLErrorsOf(error)[0]?.message}</p>
        <p>
          <Link to="/organizations">See every organisation</Link>
        </p>
      </NotFoundState>
    );
  }
  return <ErrorState error={error} heading="Could not load this organisation" onRetry={retry} />;
}
