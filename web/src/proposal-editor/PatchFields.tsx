import type { ReactNode } from 'react';
import { fieldLabel } from '../proposals/change-labels';
import type { FieldHelpers } from './change-fields';
import { PatchToggle } from './PatchToggle';
import './proposal-editor.css';

/** What the input of a chosen patch field is given: its ids and error, its label, its text, a way to change it. */
type PatchInputProps = {
  id: string;
  name: string;
  error: string | undefined;
  label: string;
  value: string;
  onChange: (value: string) => void;
};

type PatchFieldsProps<Field extends string> = {
  fields: FieldHelpers;
  /** The fields the patch may change, in the order shown. */
  names: readonly Field[];
  /** The text typed for each chosen field; a field not in it keeps its value. */
  patch: Partial<Record<Field, string>>;
  /** A field's value now, in words, shown beside its checkbox. */
  describe: (field: Field) => string;
  /** A field's value now as text: what its input starts from once chosen. */
  textOf: (field: Field) => string;
  onChange: (patch: Partial<Record<Field, string>>) => void;
  input: (field: Field, props: PatchInputProps) => ReactNode;
};

/**
 * The fields an update changes ("Fields to change"): a checkbox per field showing its value now, and an input
 * for the new value once chosen. A problem with the patch as a whole is said above them.
 */
export function PatchFields<Field extends string>({ fields, names, patch, describe, textOf, onChange, input }: PatchFieldsProps<Field>) {
  const error = fields.error('patch');
  const errorId = `${fields.id('patch')}-error`;
  const toggle = (field: Field, on: boolean) => {
    const next = { ...patch };
    if (on) next[field] = textOf(field);
    else delete next[field];
    onChange(next);
  };
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
      {names.map((field) => {
        const value = patch[field];
        return (
          <PatchToggle
            key={field}
            label={fieldLabel(field)}
            current={describe(field)}
            checked={value !== undefined}
            onToggle={(on) => toggle(field, on)}
          >
            {input(field, {
              ...fields.input(`patch.${field}`),
              label: `New ${fieldLabel(field).toLowerCase()}`,
              value: value ?? '',
              onChange: (text) => onChange({ ...patch, [field]: text }),
            })}
          </PatchToggle>
        );
      })}
    </fieldset>
  );
}
