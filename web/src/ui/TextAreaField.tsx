import { type Ref, type TextareaHTMLAttributes, useId } from 'react';
import { describedBy, fieldIds } from './field-ids';

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  label: string;
  name: string;
  id?: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A labelled multi-line input, with its hint and error tied to it like TextField's. */
export function TextAreaField({ label, name, id: givenId, hint, error, ref, rows = 4, ...textarea }: TextAreaFieldProps) {
  const ids = fieldIds(useId(), givenId, hint, error);
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={ids.id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={ids.hintId}>
          {hint}
        </p>
      ) : null}
      <textarea
        {...textarea}
        ref={ref}
        id={ids.id}
        name={name}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids)}
      />
      {error ? (
        <p className="field__error" id={ids.errorId} data-testid={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
