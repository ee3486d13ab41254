import { type InputHTMLAttributes, type Ref, useId } from 'react';
import { Field } from './Field';
import { describedBy, fieldIds } from './field-ids';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: string;
  name: string;
  /** The input's id, when something else must point at it (an error summary link); generated otherwise. */
  id?: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input whose hint and error are tied to it, so screen readers read them with the field. */
export function TextField({ label, name, id: givenId, hint, error, ref, ...input }: TextFieldProps) {
  const ids = fieldIds(useId(), givenId, hint, error);
  return (
    <Field ids={ids} label={label} name={name} hint={hint} error={error}>
      <input {...input} ref={ref} id={ids.id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(ids)} />
    </Field>
  );
}
