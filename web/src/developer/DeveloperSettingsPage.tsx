import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useCurrentUser } from '../auth/useCurrentUser';
import { graphql } from '../gql';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { ApiTokensSection } from './ApiTokensSection';
import { WebhookEndpointsSection } from './WebhookEndpointsSection';
import './developer.css';

export const DeveloperSettingsQuery = graphql(`
  query DeveloperSettings {
    apiTokens {
      id
      ...ApiTokenRow_token
    }
    webhookEndpoints {
      id
      ...WebhookEndpointSummary_endpoint
    }
  }
`);

/** Where a vendor connects their tools: API tokens, webhook endpoints, and the feeds. */
export function DeveloperSettingsPage() {
  useDocumentTitle('Developer settings');
  const { user, loading: userLoading } = useCurrentUser();
  const { data, error, refetch } = useQuery(DeveloperSettingsQuery, { skip: !user, fetchPolicy: 'cache-and-network' });

  if (!user) return userLoading ? <LoadingState label="Loading…" /> : <SignInToManage next="/settings/developer" />;
  return (
    <div className="developer-page">
      <header className="page-header">
        <h1>Developer settings</h1>
        <p className="lead">
          Keep your product in sync with OCMF: API tokens for scripts, webhooks for every release and decision, and feeds. The
          README&rsquo;s &ldquo;For vendors&rdquo; section has examples.
        </p>
        <p>
          Feeds need no account: releases as <a href="/feeds/releases.atom">Atom</a>, <a href="/feeds/releases.rss">RSS</a> or{' '}
          <a href="/feeds/releases.json">JSON Feed</a>, and proposal decisions as <a href="/feeds/decisions.atom">Atom</a>,{' '}
          <a href="/feeds/decisions.rss">RSS</a> or <a href="/feeds/decisions.json">JSON Feed</a>.
        </p>
      </header>
      {data ? (
        <>
          <WebhookEndpointsSection endpoints={data.webhookEndpoints} />
          <ApiTokensSection tokens={data.apiTokens} />
        </>
      ) : error ? (
        <ErrorState error={error} heading="Could not load your settings" headingLevel={2} onRetry={() => void refetch()} />
      ) : (
        <LoadingState label="Loading your tokens and endpoints…" />
      )}
    </div>
  );
}

/** What a signed-out visitor sees instead of settings that belong to an account. */
export function SignInToManage({ next }: { next: string }) {
  return (
    <section className="message-panel">
      <h1>Developer settings</h1>
      <p>
        <Link to={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link> to manage your API tokens and webhook endpoints. Feeds need no
        account: <a href="/feeds/releases.atom">releases</a> and <a href="/feeds/decisions.atom">decisions</a>.
      </p>
    </section>
  );
}
