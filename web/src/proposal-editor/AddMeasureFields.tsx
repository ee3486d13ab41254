import { AUDIENCES, DIRECTIONS, FIELD_LIMITS, LIVE_MEASURE_STATUSES } from '@ocmf/standard';
import { choiceOf } from '../ui/choices';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { CategoryPicker } from './CategoryPicker';
import type { MeasureDraft } from './change-form';
import { AUDIENCE_OPTIONS, type ChangeFieldsProps, DIRECTION_OPTIONS, LIVE_STATUS_OPTIONS } from './change-fields';
import { NameAndKeyFields } from './NameAndKeyFields';
import './proposal-editor.css';

/** Every field of a new measure; its key follows its name until someone types a key of their own. */
export function AddMeasureFields({ draft, before, onChange, fields }: ChangeFieldsProps<'ADD_MEASURE'>) {
  const m = draft.measure;
  const set = (patch: Partial<MeasureDraft>) => onChange({ ...draft, measure: { ...m, ...patch } });
  const field = (name: keyof MeasureDraft) => fields.input(`measure.${name}`);

  return (
    <div className="change-fields">
      <NameAndKeyFields
        fields={fields}
        prefix="measure"
        value={{ name: m.name, key: m.key, keyEdited: draft.keyEdited }}
        keyHint="Suggested from the name: lower-case words joined by hyphens, like time-to-smile. It never changes once published."
        onChange={({ name, key, keyEdited }) => onChange({ ...draft, keyEdited, measure: { ...m, name, key } })}
      />
      <CategoryPicker
        fields={fields}
        field="measure.categoryKey"
        before={before}
        label="Category"
        value={m.categoryKey}
        onChange={(categoryKey) => set({ categoryKey })}
      />
      <SelectField
        {...field('audience')}
        label="Suggested for"
        placeholder="Choose an audience…"
        options={AUDIENCE_OPTIONS}
        value={m.audience}
        required
        onChange={(event) => set({ audience: choiceOf(AUDIENCES, event.target.value) ?? '' })}
      />
      <TextAreaField
        {...field('definition')}
        label="Definition"
        hint="What the measure is, in a sentence or two."
        value={m.definition}
        rows={3}
        maxLength={FIELD_LIMITS.definition}
        required
        onChange={(event) => set({ definition: event.target.value })}
      />
      <TextAreaField
        {...field('formula')}
        label="Formula (optional)"
        hint="How it is computed, in words or arithmetic. Leave empty for a survey or a judgement."
        value={m.formula}
        rows={2}
        maxLength={FIELD_LIMITS.formula}
        onChange={(event) => set({ formula: event.target.value })}
      />
      <TextField
        {...field('unit')}
        label="Unit"
        hint="For example %, days, hours, count, score 0–10."
        value={m.unit}
        maxLength={FIELD_LIMITS.unit}
        required
        onChange={(event) => set({ unit: event.target.value })}
      />
      <SelectField
        {...field('direction')}
        label="Direction"
        placeholder="Choose which way is better…"
        options={DIRECTION_OPTIONS}
        value={m.direction}
        required
        onChange={(event) => set({ direction: choiceOf(DIRECTIONS, event.target.value) ?? '' })}
      />
      <SelectField
        {...field('status')}
        label="Status"
        options={LIVE_STATUS_OPTIONS}
        value={m.status}
        onChange={(event) => set({ status: choiceOf(LIVE_MEASURE_STATUSES, event.target.value) ?? m.status })}
      />
      <TextAreaField
        {...field('aliases')}
        label="Also called (optional)"
        hint="Other names for the measure, one per line or separated by commas."
        value={m.aliases}
        rows={2}
        onChange={(event) => set({ aliases: event.target.value })}
      />
      <TextAreaField
        {...field('notes')}
        label="Notes (optional)"
        hint="Guidance for using the measure. Markdown works."
        value={m.notes}
        rows={3}
        maxLength={FIELD_LIMITS.notes}
        onChange={(event) => set({ notes: event.target.value })}
      />
    </div>
  );
}
