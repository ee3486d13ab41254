import { findCategory, findMeasure } from '@ocmf/standard';
import { CategoryPicker } from './CategoryPicker';
import type { ChangeFieldsProps } from './change-fields';
import { MeasurePicker } from './MeasurePicker';
import './proposal-editor.css';

/** Picks a measure and the category to move it to. */
export function MoveMeasureFields({ draft, before, onChange, fields }: ChangeFieldsProps<'MOVE_MEASURE'>) {
  const measure = findMeasure(before, draft.measureKey);
  const now = measure ? findCategory(before, measure.categoryKey)?.name : undefined;
  return (
    <div className="change-fields">
      <MeasurePicker
        fields={fields}
        before={before}
        label="Measure"
        value={draft.measureKey}
        onChange={(measureKey) => onChange({ ...draft, measureKey })}
      />
      <CategoryPicker
        fields={fields}
        field="categoryKey"
        before={before}
        label="Move it to"
        hint={now ? `Now in ${now}.` : undefined}
        value={draft.categoryKey}
        onChange={(categoryKey) => onChange({ ...draft, categoryKey })}
      />
    </div>
  );
}
