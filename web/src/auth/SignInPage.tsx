import { type FormEvent, useRef } from 'react';
import { Link } from 'react-router';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { TextField } from '../ui/TextField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useFocusFirstError } from '../ui/useFocusFirstError';
import { useEmailEnabled } from './account-mutations';
import { useAccountForm } from './useAccountForm';
import { useSignInMutation } from './useSignInMutation';
import './auth.css';

const FIELD_LABELS = { email: 'Email', password: 'Password' };

export function SignInPage() {
  useDocumentTitle('Sign in');
  const { next, errors, submit } = useAccountForm(FIELD_LABELS);
  const { signIn, loading } = useSignInMutation();
  const emailEnabled = useEmailEnabled();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useFocusFirstError(
    errors,
    [
      ['email', emailRef],
      ['password', passwordRef],
    ],
    summaryRef,
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await submit(() => signIn({ email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') }));
  }

  return (
    <div className="auth-page">
      <h1>Sign in</h1>
      <p className="lead">Sign in to propose changes, join discussions and share how you use the measures.</p>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Sign in" data-testid="sign-in-form">
        <FormErrorSummary ref={summaryRef} message={errors?.form ?? null} />
        <TextField ref={emailRef} label="Email" name="email" type="email" autoComplete="email" required error={errors?.fields.email} />
        <TextField
          ref={passwordRef}
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={errors?.fields.password}
        />
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {emailEnabled ? (
        <p className="auth-page__switch">
          <Link to="/forgot-password">Forgot password?</Link>
        </p>
      ) : emailEnabled === false ? (
        <p className="auth-page__switch">Forgot your password? This server sends no email: ask an administrator to set a new one.</p>
      ) : null}
      <p className="auth-page__switch">
        New here? <Link to={next === '/' ? '/sign-up' : `/sign-up?next=${encodeURIComponent(next)}`}>Create an account</Link>
      </p>
    </div>
  );
}
