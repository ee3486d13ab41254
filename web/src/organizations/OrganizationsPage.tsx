import { useSuspenseQuery } from '@apollo/client/react';
import { ORGANIZATION_KIND_LABELS } from '@ocmf/standard';
import { Link } from 'react-router';
import { useCurrentUser } from '../auth/useCurrentUser';
import { graphql } from '../gql';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { CreateOrganizationForm } from './CreateOrganizationForm';
import { VerifiedBadge } from './VerifiedBadge';
import './organizations.css';

export const OrganizationsQuery = graphql(`
  query Organizations {
    organizations {
      id
      name
      kind
      description
      verified
    }
  }
`);

/** Every organisation that is not hidden, verified first, and (signed in) a form to create one. */
export function OrganizationsPage() {
  useDocumentTitle('Organisations');
  const { user } = useCurrentUser();
  const { data } = useSuspenseQuery(OrganizationsQuery, { fetchPolicy: 'cache-and-network', queryKey: useRetryKey() });
  return (
    <div className="organizations-page">
      <header className="page-header">
        <h1>Organisations</h1>
        <p className="lead">
          Vendors, practitioners, consultancies and non-profits that implement or use OCMF. Anyone can claim a name; a{' '}
          <strong>verified</strong> badge means an administrator checked it.
        </p>
        <p>
          <Link to="/implementations">See which products implement each measure</Link>.
        </p>
      </header>
      {data.organizations.length > 0 ? (
        <ul className="organization-list" data-testid="organization-list">
          {data.organizations.map((organization) => (
            <li key={organization.id} className="organization-list__item">
              <Link to={`/organizations/${organization.id}`} className="organization-list__name">
                {organization.name}
              </Link>{' '}
              {organization.verified ? <VerifiedBadge /> : null}
              <p className="muted">
                {ORGANIZATION_KIND_LABELS[organization.kind]}
                {organization.description ? ` · ${organization.description}` : ''}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="message-panel">No organisation has joined yet.</p>
      )}
      {user ? (
        <CreateOrganizationForm />
      ) : (
        <p>
          <Link to="/sign-in?next=%2Forganizations">Sign in</Link> to add your organisation.
        </p>
      )}
    </div>
  );
}

export function OrganizationsPageLoading() {
  useDocumentTitle('Organisations');
  return <LoadingState label="Loading the organisations…" />;
}

export function OrganizationsPageFailed({ error, retry }: QueryFailure) {
  return <ErrorState error={error} heading="Could not load the organisations" onRetry={retry} />;
}
