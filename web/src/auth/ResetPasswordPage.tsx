import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { type FormErrors, toFormErrors } from '../ui/graphql-errors';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useFocusFirstError } from '../ui/useFocusFirstError';
import { useResetPassword } from './account-mutations';
import { NewPasswordFields, passwordMismatch } from './NewPasswordFields';
import './auth.css';

/** The reset email's link: choose a new password; every other session ends and this browser is signed in. */
export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const navigate = useNavigate();
  const { reset, loading } = useResetPassword();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useFocusFirstError(
    errors,
    [
      ['password', passwordRef],
      ['confirm', confirmRef],
    ],
    summaryRef,
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    const mismatch = passwordMismatch(form, 'password');
    if (mismatch) return setErrors(mismatch);
    setErrors(null);
    try {
      await reset({ token, password });
      void navigate('/settings', { replace: true, state: { passwordReset: true } });
    } catch (error) {
      // A link that no longer works has no field to correct: the summary says so, with a way to a new one.
      setErrors(toFormErrors(error, { password: 'New password' }));
    }
  }

  if (!token) {
    return (
      <div className="auth-page">
        <h1>Choose a new password</h1>
        <p>
          This page needs the link from the reset email. Open the link again, or <Link to="/forgot-password">ask for a new one</Link>.
        </p>
      </div>
    );
  }
  const linkFailed = errors?.form && !errors.fields.password && !errors.fields.confirm;
  return (
    <div className="auth-page">
      <h1>Choose a new password</h1>
      <p className="lead">At least 10 characters. Every browser signed in to your account will be signed out.</p>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Choose a new password">
        <FormErrorSummary ref={summaryRef} message={errors?.form ?? null} />
        {linkFailed ? (
          <p>
            <Link to="/forgot-password">Ask for a new link</Link>
          </p>
        ) : null}
        <NewPasswordFields name="password" errors={errors} passwordRef={passwordRef} confirmRef={confirmRef} />
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Saving…' : 'Set the new password'}
        </button>
      </form>
    </div>
  );
}
