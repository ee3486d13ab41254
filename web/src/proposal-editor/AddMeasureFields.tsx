import { AUDIENCES, DIRECTIONS, LIVE_MEASURE_STATUSES } from '@ocmf/standard';
import { choiceOf } from '../ui/choices';
import { CategoryPicker } from './CategoryPicker';
import type { MeasureDraft } from './change-form';
import type { ChangeFieldsProps } from './change-fields';
import { MeasureFieldInput } from './MeasureFieldInput';
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
      <MeasureFieldInput
        field="audience"
        {...field('audience')}
        label="Suggested for"
        placeholder="Choose an audience…"
        value={m.audience}
        required
        onChange={(value) => set({ audience: choiceOf(AUDIENCES, value) ?? '' })}
      />
      <MeasureFieldInput
        field="definition"
        {...field('definition')}
        label="Definition"
        hint="What the measure is, in a sentence or two."
        value={m.definition}
        required
        onChange={(definition) => set({ definition })}
      />
      <MeasureFieldInput
        field="formula"
        {...field('formula')}
        label="Formula (optional)"
        hint="How it is computed, in words or arithmetic. Leave empty for a survey or a judgement."
        value={m.formula}
        rows={2}
        onChange={(formula) => set({ formula })}
      />
      <MeasureFieldInput
        field="unit"
        {...field('unit')}
        label="Unit"
        hint="For example %, days, hours, count, score 0–10."
        value={m.unit}
        required
        onChange={(unit) => set({ unit })}
      />
      <MeasureFieldInput
        field="direction"
        {...field('direction')}
        label="Direction"
        placeholder="Choose which way is better…"
        value={m.direction}
        required
        onChange={(value) => set({ direction: choiceOf(DIRECTIONS, value) ?? '' })}
      />
      <MeasureFieldInput
        field="status"
        {...field('status')}
        label="Status"
        value={m.status}
        onChange={(value) => set({ status: choiceOf(LIVE_MEASURE_STATUSES, value) ?? m.status })}
      />
      <MeasureFieldInput
        field="aliases"
        {...field('aliases')}
        label="Also called (optional)"
        hint="Other names for the measure, one per line or separated by commas."
        value={m.aliases}
        rows={2}
        onChange={(aliases) => set({ aliases })}
      />
      <MeasureFieldInput
        field="notes"
        {...field('notes')}
        label="Notes (optional)"
        hint="Guidance for using the measure. Markdown works."
        value={m.notes}
        onChange={(notes) => set({ notes })}
      />
    </div>
  );
}
