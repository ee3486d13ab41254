import type { ReactNode } from 'react';
import type { FieldIds } from './field-ids';

type FieldProps = {
  ids: FieldIds;
  label: string;
  /** The control's name; its error is found in tests as `<name>-error`. */
  name: string;
  hint?: string;
  error?: string;
  /** More classes for the frame, e.g. `markdown-field`. */
  className?: string;
  /** An id for the label, when something else is labelled by it (the Markdown field's tabs). */
  labelId?: string;
  /** The control, and anything that goes with it. */
  children: ReactNode;
};

/**
 * The frame every form field shares: its label, its hint, the control, and its error. The control takes
 * `ids.id` and `describedBy(ids)`, so screen readers read the hint and the error with it.
 */
export function Field({ ids, label, name, hint, error, className, labelId, children }: FieldProps) {
  return (
    <div className={`field${className ? ` ${className}` : ''}${error ? ' field--invalid' : ''}`}>
      <label htmlFor={ids.id} id={labelId}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={ids.hintId}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="field__error" id={ids.errorId} data-testid={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
