import { FIELD_LIMITS, findMeasure } from '@ocmf/standard';
import { fieldLabel, formatFieldValue } from '../proposals/change-labels';
import { type SelectOption, SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { MEASURE_PATCH_FIELDS, type MeasurePatchField, measureFieldText } from './change-form';
import { AUDIENCE_OPTIONS, type ChangeFieldsProps, DIRECTION_OPTIONS, LIVE_STATUS_OPTIONS } from './change-fields';
import { MeasurePicker } from './MeasurePicker';
import { PatchFieldset } from './PatchFieldset';
import { PatchToggle } from './PatchToggle';
import './proposal-editor.css';

const CHOICES: Partial<Record<MeasurePatchField, readonly SelectOption[]>> = {
  audience: AUDIENCE_OPTIONS,
  direction: DIRECTION_OPTIONS,
  status: LIVE_STATUS_OPTIONS,
};
const LONG_TEXT: ReadonlySet<MeasurePatchField> = new Set(['definition', 'formula', 'notes', 'aliases']);
const HINTS: Partial<Record<MeasurePatchField, string>> = {
  formula: 'Leave empty to remove the formula.',
  notes: 'Leave empty to remove the notes. Markdown works.',
  aliases: 'One per line or separated by commas; leave empty for none.',
};
const LIMITS: Partial<Record<MeasurePatchField, number>> = {
  name: FIELD_LIMITS.name,
  definition: FIELD_LIMITS.definition,
  formula: FIELD_LIMITS.formula,
  unit: FIELD_LIMITS.unit,
  notes: FIELD_LIMITS.notes,
};

/** Picks a measure, then only the fields to change, each showing its current value. */
export function UpdateMeasureFields({ draft, before, onChange, fields }: ChangeFieldsProps<'UPDATE_MEASURE'>) {
  const measure = findMeasure(before, draft.measureKey);
  const setValue = (field: MeasurePatchField, value: string) => onChange({ ...draft, patch: { ...draft.patch, [field]: value } });
  const toggle = (field: MeasurePatchField, on: boolean) => {
    if (!measure) return;
    const patch = { ...draft.patch };
    if (on) patch[field] = measureFieldText(measure, field);
    else delete patch[field];
    onChange({ ...draft, patch });
  };

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
        <PatchFieldset fields={fields}>
          {MEASURE_PATCH_FIELDS.map((field) => {
            const value = draft.patch[field];
            const props = { ...fields.input(`patch.${field}`), label: `New ${fieldLabel(field).toLowerCase()}`, hint: HINTS[field] };
            const choices = CHOICES[field];
            return (
              <PatchToggle
                key={field}
                label={fieldLabel(field)}
                current={formatFieldValue(field, measure[field], before)}
                checked={value !== undefined}
                onToggle={(on) => toggle(field, on)}
              >
                {choices ? (
                  <SelectField {...props} options={choices} value={value ?? ''} onChange={(event) => setValue(field, event.target.value)} />
                ) : LONG_TEXT.has(field) ? (
                  <TextAreaField
                    {...props}
                    value={value ?? ''}
                    rows={3}
                    maxLength={LIMITS[field]}
                    onChange={(event) => setValue(field, event.target.value)}
                  />
                ) : (
                  <TextField
                    {...props}
                    value={value ?? ''}
                    maxLength={LIMITS[field]}
                    onChange={(event) => setValue(field, event.target.value)}
                  />
                )}
              </PatchToggle>
            );
          })}
        </PatchFieldset>
      ) : null}
    </div>
  );
}
