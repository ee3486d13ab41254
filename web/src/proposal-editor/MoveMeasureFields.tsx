import { findCategory, findMeasure } from '@ocmf/standard';
import { SelectField } from '../ui/SelectField';
import { categoryOptions, pickableMeasures } from './change-form';
import type { ChangeFieldsProps } from './change-fields';
import './proposal-editor.css';

/** Picks a measure and the category to move it to. */
export function MoveMeasureFields({ draft, before, onChange, fields }: ChangeFieldsProps<'MOVE_MEASURE'>) {
  const measure = findMeasure(before, draft.measureKey);
  const now = measure ? findCategory(before, measure.categoryKey)?.name : undefined;
  return (
    <div className="change-fields">
      <SelectField
        id={fields.id('measureKey')}
        name={fields.name('measureKey')}
        error={fields.error('measureKey')}
        label="Measure"
        placeholder="Choose a measure…"
        options={pickableMeasures(before)}
        value={draft.measureKey}
        required
        onChange={(event) => onChange({ ...draft, measureKey: event.target.value })}
      />
      <SelectField
        id={fields.id('categoryKey')}
        name={fields.name('categoryKey')}
        error={fields.error('categoryKey')}
        label="Move it to"
        hint={now ? `Now in ${now}.` : undefined}
        placeholder="Choose a category…"
        options={categoryOptions(before)}
        value={draft.categoryKey}
        required
        onChange={(event) => onChange({ ...draft, categoryKey: event.target.value })}
      />
    </div>
  );
}
