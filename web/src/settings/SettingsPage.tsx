import { useSuspenseQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useViewer } from '../auth/useCurrentUser';
import { FollowButton } from '../follows/FollowButton';
import { graphql } from '../gql';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { AccountSettings } from './AccountSettings';
import { NotificationSettings } from './NotificationSettings';
import { ProfileSettings } from './ProfileSettings';
import './settings.css';

export const SettingsQuery = graphql(`
  query Settings($handle: String!) {
    emailEnabled
    me {
      id
      ...AccountSettings_user
    }
    notificationPreferences {
      ...NotificationSettings_preferences
    }
    person(handle: $handle) {
      ...ProfileSettings_person
    }
  }
`);

/** The signed-in reader's settings: notifications and email, watching releases, and a way to Developer settings. */
export function SettingsPage() {
  useDocumentTitle('Settings');
  const viewer = useViewer();
  if (!viewer) {
    return (
      <section className="message-panel">
        <h1>Settings</h1>
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent('/settings')}`}>Sign in</Link> to change your settings.
        </p>
      </section>
    );
  }
  return <Settings handle={viewer.handle} />;
}

function Settings({ handle }: { handle: string }) {
  const { data } = useSuspenseQuery(SettingsQuery, { variables: { handle }, queryKey: useRetryKey() });
  const { state } = useLocation();
  // After a password reset the page opens with what happened.
  const [status, setStatus] = useState(
    typeof state === 'object' && state !== null && 'passwordReset' in state
      ? 'Your new password is set, and every other browser signed in to your account was signed out.'
      : '',
  );
  const statusRef = useRef<HTMLParagraphElement>(null);
  const saved = (message: string) => {
    setStatus(message);
    statusRef.current?.focus();
  };
  return (
    <div className="settings-page">
      <header className="page-header">
        <h1>Settings</h1>
        <p className="lead">
          Your profile, your address and password, and what you are told and how. For API tokens and webhooks, see{' '}
          <Link to="/settings/developer">Developer settings</Link>.
        </p>
      </header>
      <p ref={statusRef} tabIndex={-1} className="status-message" role="status" data-testid="settings-status">
        {status}
      </p>
      <ProfileSettings person={data.person} onSaved={saved} />
      {data.me ? <AccountSettings user={data.me} emailEnabled={data.emailEnabled} onSaved={saved} /> : null}
      <section className="settings-section" aria-labelledby="releases-title">
        <h2 id="releases-title">Releases</h2>
        <p>Be told of every new release of OCMF. On unless you turn it off.</p>
        <FollowButton kind="RELEASES" followKey="all" label="Watch releases" />
      </section>
      <NotificationSettings preferences={data.notificationPreferences} onSaved={saved} />
    </div>
  );
}

export function SettingsPageLoading() {
  useDocumentTitle('Settings');
  return <LoadingState label="Loading your settings…" />;
}

export function SettingsPageFailed({ error, retry }: QueryFailure) {
  return <ErrorState error={error} heading="Could not load your settings" onRetry={retry} />;
}
