import { type InputHTMLAttributes, type Ref, useId } from 'react';
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
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={ids.id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={ids.hintId}>
          {hint}
        </p>
      ) : null}
      <input {...input} ref={ref} id={ids.id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(ids)} />
      {error ? (
        <p className="field__error" id={ids.errorId} data-testid={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
