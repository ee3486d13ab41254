import type { FrameworkDocument } from '@ocmf/standard';
import { SelectField } from '../ui/SelectField';
import { pickableMeasures } from './change-form';
import type { FieldHelpers } from './change-fields';

type MeasurePickerProps = {
  fields: FieldHelpers;
  /** The framework as the earlier changes leave it. */
  before: FrameworkDocument;
  label: string;
  hint?: string;
  value: string;
  onChange: (measureKey: string) => void;
};

/** The measure a change is about (`measureKey`): any measure that is not retired, named with its category. */
export function MeasurePicker({ fields, before, label, hint, value, onChange }: MeasurePickerProps) {
  return (
    <SelectField
      {...fields.input('measureKey')}
      label={label}
      hint={hint}
      placeholder="Choose a measure…"
      options={pickableMeasures(before)}
      value={value}
      required
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
