import { findMeasure } from '@ocmf/standard';
import { formatFieldValue } from '../proposals/change-labels';
import { MEASURE_PATCH_FIELDS, type MeasurePatchField, measureFieldText } from './change-form';
import type { ChangeFieldsProps } from './change-fields';
import { MeasureFieldInput } from './MeasureFieldInput';
import { MeasurePicker } from './MeasurePicker';
import { PatchFields } from './PatchFields';
import './proposal-editor.css';

const HINTS: Partial<Record<MeasurePatchField, string>> = {
  formula: 'Leave empty to remove the formula.',
  notes: 'Leave empty to remove the notes. Markdown works.',
  aliases: 'One per line or separated by commas; leave empty for none.',
};

/** Picks a measure, then only the fields to change, each showing its current value. */
export function UpdateMeasureFields({ draft, before, onChange, fields }: ChangeFieldsProps<'UPDATE_MEASURE'>) {
  const measure = findMeasure(before, draft.measureKey);
  return (
    <div className="change-fields">
      <MeasurePicker
        fields={fields}
        before={before}
        label="Measure"
        value={draft.measureKey}
        onChange={(measureKey) => onChange({ ...draft, measureKey, patch: {} })}
      />
      {measure ? (
        <PatchFields
          fields={fields}
          names={MEASURE_PATCH_FIELDS}
          patch={draft.patch}
          describe={(field) => formatFieldValue(field, measure[field], before)}
          textOf={(field) => measureFieldText(measure, field)}
          onChange={(patch) => onChange({ ...draft, patch })}
          input={(field, props) => <MeasureFieldInput field={field} {...props} hint={HINTS[field]} />}
        />
      ) : null}
    </div>
  );
}
