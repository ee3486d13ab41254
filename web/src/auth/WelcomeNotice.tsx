import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useEmailEnabled } from './account-mutations';
import { useCurrentUser } from './useCurrentUser';
import './auth.css';

/** The navigation state the sign-up page leaves for the page it goes to. */
export const WELCOME_STATE = 'welcome';

/** A welcome with next steps, on the first page after signing up (and only there: a reload does not repeat it). */
export function WelcomeNotice() {
  const { state, key } = useLocation();
  const { user } = useCurrentUser();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const welcome = typeof state === 'object' && state !== null && WELCOME_STATE in state;
  if (!welcome || !user || dismissed === key) return null;
  return <Welcome onDismiss={() => setDismissed(key)} />;
}

/** Rendered only after a sign-up, so other pages do not ask whether email is on. */
function Welcome({ onDismiss }: { onDismiss: () => void }) {
  const emailEnabled = useEmailEnabled();
  return (
    <section className="welcome-notice" aria-labelledby="welcome-title" data-testid="welcome">
      <h2 id="welcome-title">Welcome to OCMF Commons</h2>
      {emailEnabled ? (
        <p data-testid="welcome-verify">
          Your account is ready. We emailed you a link to confirm your address: follow it, and the notifications you choose can reach you by
          email.
        </p>
      ) : null}
      <p>{emailEnabled ? 'Where to start:' : 'Your account is ready. Where to start:'}</p>
      <ul>
        <li>
          <Link to="/">Read the framework</Link>: five categories and the measures suggested for each.
        </li>
        <li>
          <Link to="/proposals?status=DISCUSSION">Join a discussion</Link> about a proposed change.
        </li>
        <li>
          <Link to="/proposals/new">Propose a change</Link> of your own.
        </li>
        <li>
          <Link to="/assessment">Take the self-assessment</Link> to see how your measures compare.
        </li>
      </ul>
      <button type="button" className="button button--quiet button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
