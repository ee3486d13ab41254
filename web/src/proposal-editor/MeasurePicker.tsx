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
  /** The change's field this picks: `measureKey` (required) unless said otherwise. */
  field?: 'measureKey' | 'replacedBy';
  /** A measure not to offer (a retired measure's own key, for its replacement). */
  exclude?: string;
};

/** A measure of a change (`measureKey`, or a retirement's `replacedBy`): any that is not retired, named with its category. */
export function MeasurePicker({ fields, before, label, hint, value, onChange, field = 'measureKey', exclude }: MeasurePickerProps) {
  const optional = field === 'replacedBy';
  return (
    <SelectField
      {...fields.input(field)}
      label={label}
      hint={hint}
      placeholder={optional ? 'None' : 'Choose a measure…'}
      options={pickableMeasures(before).filter((option) => option.value !== exclude)}
      value={value}
      required={!optional}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
