import { FIELD_LIMITS } from '@ocmf/standard';
import { TextAreaField } from '../ui/TextAreaField';
import type { FieldHelpers } from './change-fields';

type ReasonFieldProps = {
  fields: FieldHelpers;
  label: string;
  hint: string;
  value: string;
  rows: number;
  required?: boolean;
  onChange: (reason: string) => void;
};

/** Why a change is made: the line its changelog entry carries. */
export function ReasonField({ fields, label, hint, value, rows, required, onChange }: ReasonFieldProps) {
  return (
    <TextAreaField
      {...fields.input('reason')}
      label={label}
      hint={hint}
      value={value}
      rows={rows}
      maxLength={FIELD_LIMITS.reason}
      required={required}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
