import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { describeError } from '../ui/graphql-errors';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useVerifyEmail } from './account-mutations';
import { useCurrentUser } from './useCurrentUser';
import './auth.css';

/**
 * An email link that proves an address (a new account's, or the new one of an address change). It acts only on a
 * click, so that a mail scanner opening links confirms nothing.
 */
export function VerifyEmailPage() {
  useDocumentTitle('Confirm your email address');
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const { user } = useCurrentUser();
  const { verify, loading } = useVerifyEmail();
  const [done, setDone] = useState<{ email: string; changed: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  async function confirm() {
    setError(null);
    try {
      setDone(await verify(token));
      requestAnimationFrame(() => doneRef.current?.focus());
    } catch (caught) {
      setError(describeError(caught).message);
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  }

  return (
    <div className="auth-page">
      <h1>Confirm your email address</h1>
      {done ? (
        <div ref={doneRef} tabIndex={-1} role="status" className="auth-page__done" data-testid="email-verified">
          <p>
            {done.changed ? 'Your account now uses ' : 'Thank you: '}
            <strong>{done.email}</strong>
            {done.changed ? '. Sign in with it from now on.' : ' is confirmed. Emails you choose in your settings will reach it.'}
          </p>
          <p>{user ? <Link to="/settings">Go to your settings</Link> : <Link to="/sign-in">Sign in</Link>}</p>
        </div>
      ) : !token ? (
        <p>This page needs the link from the email. Open the link again from your inbox.</p>
      ) : (
        <>
          <FormErrorSummary ref={errorRef} message={error} />
          <p className="lead">Confirm that this address is yours.</p>
          <button type="button" className="button" disabled={loading} onClick={() => void confirm()}>
            {loading ? 'Confirming…' : 'Confirm my email address'}
          </button>
          {error && user ? (
            <p>
              Ask for a new link in <Link to="/settings">your settings</Link>.
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
