import { useSuspenseQuery } from '@apollo/client/react';
import { ORGANIZATION_KIND_LABELS } from '@ocmf/standard';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { formatDate } from '../ui/format';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { VerifiedBadge } from './VerifiedBadge';
import './organizations.css';

export const AdoptersQuery = graphql(`
  query Adopters {
    adopters {
      releaseVersion
      categoryKeys
      measureKeys
      quote
      link
      declaredAt
      organization {
        id
        name
        kind
        verified
      }
    }
  }
`);

/** Organisations that say they use OCMF: what, from which release, in their words. */
export function AdoptersPage() {
  useDocumentTitle('Adopters');
  const { data } = useSuspenseQuery(AdoptersQuery, { fetchPolicy: 'cache-and-network', queryKey: useRetryKey() });
  return (
    <div className="adopters-page">
      <header className="page-header">
        <h1>Adopters</h1>
        <p className="lead">
          Practitioners, consultancies and non-profits that use OCMF. <Link to="/organizations">Add your organisation</Link> and declare it
          from its page.
        </p>
      </header>
      {data.adopters.length > 0 ? (
        <ul className="organization-list" data-testid="adopter-list">
          {data.adopters.map((adoption) => (
            <li key={adoption.organization.id} className="organization-list__item">
              <Link to={`/organizations/${adoption.organization.id}`} className="organization-list__name">
                {adoption.organization.name}
              </Link>{' '}
              {adoption.organization.verified ? <VerifiedBadge /> : null}
              <p className="muted">
                {ORGANIZATION_KIND_LABELS[adoption.organization.kind]} · uses release {adoption.releaseVersion} · since{' '}
                {formatDate(adoption.declaredAt)}
              </p>
              {adoption.categoryKeys.length + adoption.measureKeys.length > 0 ? (
                <p>Uses: {[...adoption.categoryKeys, ...adoption.measureKeys].join(', ')}</p>
              ) : null}
              {adoption.quote ? <blockquote className="adopter-quote">{adoption.quote}</blockquote> : null}
              {adoption.link ? (
                <p>
                  <a href={adoption.link} rel="nofollow noopener noreferrer">
                    Read more<span className="visually-hidden"> about {adoption.organization.name}</span>
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="message-panel">No organisation has declared it uses OCMF yet.</p>
      )}
    </div>
  );
}

export function AdoptersPageLoading() {
  useDocumentTitle('Adopters');
  return <LoadingState label="Loading the adopters…" />;
}

export function AdoptersPageFailed({ error, retry }: QueryFailure) {
  return <ErrorState error={error} heading="Could not load the adopters" onRetry={retry} />;
}
