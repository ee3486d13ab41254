import { type FormEvent, useRef, useState } from 'react';
import { useChangeEmail, useChangePassword, useResendVerification } from '../auth/account-mutations';
import { NewPasswordFields, passwordMismatch } from '../auth/NewPasswordFields';
import { type FragmentType, graphql, useFragment } from '../gql';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { describeError, type FormErrors, toFormErrors } from '../ui/graphql-errors';
import { TextField } from '../ui/TextField';

export const AccountSettings_user = graphql(`
  fragment AccountSettings_user on User {
    id
    email
    emailVerified
  }
`);

type Props = { user: FragmentType<typeof AccountSettings_user>; emailEnabled: boolean; onSaved: (message: string) => void };

/** The address signed in with (verified, or a link to send again), changing it, and changing the password. */
export function AccountSettings(props: Props) {
  const user = useFragment(AccountSettings_user, props.user);
  return (
    <>
      <section className="settings-section" aria-labelledby="email-settings-title" data-testid="email-settings">
        <h2 id="email-settings-title">Email address</h2>
        <p>
          You sign in with <strong>{user.email}</strong>
          {user.emailVerified ? ' (confirmed).' : '.'}
        </p>
        {props.emailEnabled ? (
          <>
            {user.emailVerified ? null : <ResendVerification email={user.email ?? ''} onSaved={props.onSaved} />}
            <ChangeEmailForm onSaved={props.onSaved} />
          </>
        ) : (
          <p>This server sends no email, so a new address could not be confirmed: ask an administrator to change it.</p>
        )}
      </section>
      <ChangePasswordForm onSaved={props.onSaved} />
    </>
  );
}

function ResendVerification({ email, onSaved }: { email: string; onSaved: (message: string) => void }) {
  const { resend, loading } = useResendVerification();
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    setError(null);
    try {
      await resend();
      onSaved(`A new confirmation link is on its way to ${email}.`);
    } catch (caught) {
      setError(describeError(caught).message);
    }
  };
  return (
    <div className="settings-notice" data-testid="email-unverified">
      <p>Not confirmed yet: follow the link we emailed you. Until then, notifications reach you in the app only, never by email.</p>
      <FormErrorSummary message={error} />
      <button type="button" className="button button--quiet" disabled={loading} onClick={() => void send()}>
        {loading ? 'Sending…' : 'Send the link again'}
      </button>
    </div>
  );
}

function ChangeEmailForm({ onSaved }: { onSaved: (message: string) => void }) {
  const { changeEmail, loading } = useChangeEmail();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors(null);
    try {
      const address = await changeEmail({ newEmail: String(form.get('newEmail') ?? ''), password: String(form.get('password') ?? '') });
      formRef.current?.reset();
      onSaved(`We sent a link to ${address}. Your address changes once you follow it.`);
    } catch (caught) {
      setErrors(toFormErrors(caught, { newEmail: 'New email', password: 'Current password' }));
    }
  };
  return (
    <form
      ref={formRef}
      className="settings-form__inner"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="change-email-title"
      noValidate
    >
      <h3 id="change-email-title">Use another address</h3>
      <FormErrorSummary message={errors?.form ?? null} />
      <TextField label="New email" name="newEmail" type="email" autoComplete="email" required error={errors?.fields.newEmail} />
      <TextField
        label="Current password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={errors?.fields.password}
      />
      <button type="submit" className="button" disabled={loading}>
        {loading ? 'Sending…' : 'Send a confirmation link'}
      </button>
    </form>
  );
}

function ChangePasswordForm({ onSaved }: { onSaved: (message: string) => void }) {
  const { changePassword, loading } = useChangePassword();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get('newPassword') ?? '');
    const mismatch = passwordMismatch(form, 'newPassword');
    if (mismatch) return setErrors(mismatch);
    setErrors(null);
    try {
      const ended = await changePassword({ currentPassword: String(form.get('currentPassword') ?? ''), newPassword });
      formRef.current?.reset();
      onSaved(
        `Your password is changed.${ended > 0 ? ` ${ended} other ${ended === 1 ? 'browser was' : 'browsers were'} signed out.` : ''}`,
      );
    } catch (caught) {
      setErrors(toFormErrors(caught, { currentPassword: 'Current password', newPassword: 'New password' }));
    }
  };
  return (
    <form
      ref={formRef}
      className="settings-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="password-settings-title"
      noValidate
    >
      <h2 id="password-settings-title">Password</h2>
      <p>Changing it signs out every other browser signed in to your account.</p>
      <FormErrorSummary message={errors?.form ?? null} />
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={errors?.fields.currentPassword}
      />
      <NewPasswordFields name="newPassword" errors={errors} hint="At least 10 characters." />
      <button type="submit" className="button" disabled={loading}>
        {loading ? 'Saving…' : 'Change password'}
      </button>
    </form>
  );
}
