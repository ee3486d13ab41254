import { FIELD_LIMITS, slugify } from '@ocmf/standard';
import { TextField } from '../ui/TextField';
import type { FieldHelpers } from './change-fields';

type NameAndKey = { name: string; key: string; keyEdited: boolean };

type NameAndKeyFieldsProps = {
  fields: FieldHelpers;
  value: NameAndKey;
  /** Where the two fields sit in the change: `measure` or `category`. */
  prefix: string;
  keyHint: string;
  onChange: (next: NameAndKey) => void;
};

/**
 * The name of something new and its key, which follows the name (as a slug) until someone types a key of their
 * own; typing the suggestion itself, or clearing the key, goes back to following the name.
 */
export function NameAndKeyFields({ fields, prefix, value, keyHint, onChange }: NameAndKeyFieldsProps) {
  const { name, key, keyEdited } = value;
  return (
    <>
      <TextField
        {...fields.input(`${prefix}.name`)}
        label="Name"
        value={name}
        maxLength={FIELD_LIMITS.name}
        required
        onChange={(event) => {
          const next = event.target.value;
          onChange({ name: next, key: keyEdited ? key : slugify(next), keyEdited });
        }}
      />
      <TextField
        {...fields.input(`${prefix}.key`)}
        label="Key"
        hint={keyHint}
        value={key}
        required
        spellCheck={false}
        autoCapitalize="off"
        onChange={(event) => {
          const next = event.target.value;
          onChange({ name, key: next, keyEdited: next !== '' && next !== slugify(name) });
        }}
      />
    </>
  );
}
