import { type FormEvent, useRef } from 'react';
import { Link } from 'react-router';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { TextField } from '../ui/TextField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useFocusFirstError } from '../ui/useFocusFirstError';
import { useAccountForm } from './useAccountForm';
import { WELCOME_STATE } from './WelcomeNotice';
import { useSignUpMutation } from './useSignUpMutation';
import './auth.css';

const FIELD_LABELS = { displayName: 'Display name', email: 'Email', password: 'Password' };

export function SignUpPage() {
  useDocumentTitle('Sign up');
  const { next, errors, submit } = useAccountForm(FIELD_LABELS);
  const { signUp, loading } = useSignUpMutation();
  const displayNameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useFocusFirstError(
    errors,
    [
      ['displayName', displayNameRef],
      ['email', emailRef],
      ['password', passwordRef],
    ],
    summaryRef,
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const displayName = String(form.get('displayName') ?? '').trim();
    await submit(
      () =>
        signUp({
          email: String(form.get('email') ?? ''),
          password: String(form.get('password') ?? ''),
          ...(displayName ? { displayName } : {}),
        }),
      { [WELCOME_STATE]: true },
    );
  }

  return (
    <div className="auth-page">
      <h1>Sign up</h1>
      <p className="lead">
        Join as a member: propose changes to the measures, comment on proposals and share case studies. Reading the framework needs no
        account.
      </p>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Sign up" data-testid="sign-up-form">
        <FormErrorSummary ref={summaryRef} message={errors?.form ?? null} />
        <TextField
          ref={displayNameRef}
          label="Display name (optional)"
          name="displayName"
          autoComplete="name"
          hint="Shown next to your proposals and comments."
          error={errors?.fields.displayName}
        />
        <TextField ref={emailRef} label="Email" name="email" type="email" autoComplete="email" required error={errors?.fields.email} />
        <TextField
          ref={passwordRef}
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 10 characters."
          error={errors?.fields.password}
        />
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Signing up…' : 'Sign up'}
        </button>
      </form>
      <p className="auth-page__switch">
        Already have an account? <Link to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link>
      </p>
    </div>
  );
}
