import type { ReactNode } from 'react';
import type { FieldHelpers } from './change-fields';

/** The fields an update changes (`patch`), each a PatchToggle; a problem with the patch as a whole says so above them. */
export function PatchFieldset({ fields, children }: { fields: FieldHelpers; children: ReactNode }) {
  const error = fields.error('patch');
  const errorId = `${fields.id('patch')}-error`;
  return (
    <fieldset
      className={`fieldset${error ? ' fieldset--invalid' : ''}`}
      id={fields.id('patch')}
      tabIndex={-1}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>Fields to change</legend>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
