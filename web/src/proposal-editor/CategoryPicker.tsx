import type { FrameworkDocument } from '@ocmf/standard';
import { SelectField } from '../ui/SelectField';
import { categoryOptions } from './change-form';
import type { FieldHelpers } from './change-fields';

type CategoryPickerProps = {
  fields: FieldHelpers;
  /** The field it fills: `categoryKey`, or `measure.categoryKey` for a new measure. */
  field: string;
  /** The framework as the earlier changes leave it. */
  before: FrameworkDocument;
  label: string;
  hint?: string;
  value: string;
  onChange: (categoryKey: string) => void;
};

/** A category of the framework, in display order. */
export function CategoryPicker({ fields, field, before, label, hint, value, onChange }: CategoryPickerProps) {
  return (
    <SelectField
      {...fields.input(field)}
      label={label}
      hint={hint}
      placeholder="Choose a category…"
      options={categoryOptions(before)}
      value={value}
      required
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
