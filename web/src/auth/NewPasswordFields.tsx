import type { Ref } from 'react';
import type { FormErrors } from '../ui/graphql-errors';
import { TextField } from '../ui/TextField';

type Props = {
  /** The new password's field name (the API's input field); the second field is `confirm`. */
  name: string;
  errors: FormErrors | null;
  hint?: string;
  passwordRef?: Ref<HTMLInputElement>;
  confirmRef?: Ref<HTMLInputElement>;
};

/** A new password, typed twice. */
export function NewPasswordFields({ name, errors, hint, passwordRef, confirmRef }: Props) {
  return (
    <>
      <TextField
        ref={passwordRef}
        label="New password"
        name={name}
        type="password"
        autoComplete="new-password"
        hint={hint}
        required
        minLength={10}
        error={errors?.fields[name]}
      />
      <TextField
        ref={confirmRef}
        label="New password, again"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        error={errors?.fields.confirm}
      />
    </>
  );
}

/** The form's errors when the two new passwords differ (caught before anything is sent); null when they match. */
export function passwordMismatch(form: FormData, name: string): FormErrors | null {
  if (String(form.get(name) ?? '') === String(form.get('confirm') ?? '')) return null;
  return { form: 'Please correct the highlighted fields.', fields: { confirm: 'New password, again: the two do not match.' } };
}
