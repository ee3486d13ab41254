import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '../auth/useCurrentUser';
import { describeError } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useAcceptOrganizationInviteMutation } from './useAcceptOrganizationInviteMutation';
import './organizations.css';

/** Where an invite link lands: signed in, one click joins; signed out, sign in first and come back. */
export function AcceptInvitePage() {
  useDocumentTitle('Join an organisation');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { user, loading: userLoading } = useCurrentUser();
  const { accept, loading } = useAcceptOrganizationInviteMutation();
  const [error, setError] = useState('');
  const here = `/organizations/invites/${token}`;

  if (!user) {
    if (userLoading) return <LoadingState label="Loading…" />;
    return (
      <section className="message-panel">
        <h1>Join an organisation</h1>
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent(here)}`}>Sign in</Link> (or{' '}
          <Link to={`/sign-up?next=${encodeURIComponent(here)}`}>create an account</Link>) to use this invite link.
        </p>
      </section>
    );
  }
  const join = async () => {
    setError('');
    try {
      const organization = await accept(token);
      await navigate(`/organizations/${organization.id}`);
    } catch (failure) {
      setError(describeError(failure).message);
    }
  };
  return (
    <section className="message-panel">
      <h1>Join an organisation</h1>
      <p>This link invites you to join an organisation on OCMF Commons. It works once.</p>
      <div className="button-row">
        <button type="button" className="button" disabled={loading} onClick={() => void join()}>
          Join
        </button>
      </div>
      <p className="status-message" role="status">
        {error}
      </p>
    </section>
  );
}
