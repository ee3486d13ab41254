import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { type FormErrors, toFormErrors } from '../ui/graphql-errors';
import { TextField } from '../ui/TextField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useFocusFirstError } from '../ui/useFocusFirstError';
import { useEmailEnabled, useRequestPasswordReset } from './account-mutations';
import './auth.css';

/** "Forgot password?": asks for a reset link, and says the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  useDocumentTitle('Reset your password');
  const emailEnabled = useEmailEnabled();
  const { request, loading } = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const sentRef = useRef<HTMLDivElement>(null);
  useFocusFirstError(errors, [['email', emailRef]], summaryRef);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(null);
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    try {
      await request(email);
      setSentTo(email);
      requestAnimationFrame(() => sentRef.current?.focus());
    } catch (error) {
      setErrors(toFormErrors(error, { email: 'Email' }, ''));
    }
  }

  return (
    <div className="auth-page">
      <h1>Reset your password</h1>
      {emailEnabled === false ? (
        <p className="lead">
          This server sends no email, so it cannot send a reset link. Ask an administrator to set a new password for you.
        </p>
      ) : sentTo ? (
        <div ref={sentRef} tabIndex={-1} className="auth-page__done" role="status" data-testid="reset-requested">
          <p>
            If an account uses <strong>{sentTo}</strong>, a link to choose a new password is on its way there. It works once, for an hour.
          </p>
          <p>Nothing arrived? Check your spam folder, or ask again in a few minutes.</p>
        </div>
      ) : (
        <>
          <p className="lead">Give the address you sign in with, and we will email it a link to choose a new password.</p>
          <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Ask for a reset link">
            <FormErrorSummary ref={summaryRef} message={errors?.form ?? null} />
            <TextField ref={emailRef} label="Email" name="email" type="email" autoComplete="email" required error={errors?.fields.email} />
            <button type="submit" className="button" disabled={loading}>
              {loading ? 'Sending…' : 'Send me a link'}
            </button>
          </form>
        </>
      )}
      <p className="auth-page__switch">
        Remembered it? <Link to="/sign-in">Sign in</Link>
      </p>
    </div>
  );
}
