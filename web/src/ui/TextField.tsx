import { type InputHTMLAttributes, type Ref, useId } from 'react';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: string;
  name: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input whose hint and error are tied to it, so screen readers read them with the field. */
export function TextField({ label, name, hint, error, ref, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input {...input} ref={ref} id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
      {error ? (
        <p className="field__error" id={errorId} data-testid={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
