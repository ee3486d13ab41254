import { FIELD_LIMITS } from '@ocmf/standard';
import { type SelectOption, SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import type { MeasurePatchField } from './change-form';
import { AUDIENCE_OPTIONS, DIRECTION_OPTIONS, LIVE_STATUS_OPTIONS } from './change-fields';

const CHOICES: Partial<Record<MeasurePatchField, readonly SelectOption[]>> = {
  audience: AUDIENCE_OPTIONS,
  direction: DIRECTION_OPTIONS,
  status: LIVE_STATUS_OPTIONS,
};
const LONG_TEXT: ReadonlySet<MeasurePatchField> = new Set(['definition', 'formula', 'notes', 'aliases']);
const LIMITS: Partial<Record<MeasurePatchField, number>> = {
  name: FIELD_LIMITS.name,
  definition: FIELD_LIMITS.definition,
  formula: FIELD_LIMITS.formula,
  unit: FIELD_LIMITS.unit,
  notes: FIELD_LIMITS.notes,
};

type MeasureFieldInputProps = {
  field: MeasurePatchField;
  id: string;
  name: string;
  error: string | undefined;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  /** For a choice: the empty first option, when none is chosen yet. */
  placeholder?: string;
  required?: boolean;
  /** For a long text (default 3). */
  rows?: number;
};

/**
 * The input for one of a measure's values, for a new measure and for an update alike: a choice for the
 * enumerated ones, a text box for the long ones, a line for the rest, each with the model's length limit.
 */
export function MeasureFieldInput({ field, onChange, placeholder, rows = 3, ...props }: MeasureFieldInputProps) {
  const choices = CHOICES[field];
  if (choices) {
    return <SelectField {...props} placeholder={placeholder} options={choices} onChange={(event) => onChange(event.target.value)} />;
  }
  if (LONG_TEXT.has(field)) {
    return <TextAreaField {...props} rows={rows} maxLength={LIMITS[field]} onChange={(event) => onChange(event.target.value)} />;
  }
  return <TextField {...props} maxLength={LIMITS[field]} onChange={(event) => onChange(event.target.value)} />;
}
