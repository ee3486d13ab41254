import { FIELD_LIMITS } from '@ocmf/standard';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { pickableMeasures } from './change-form';
import type { ChangeFieldsProps } from './change-fields';
import './proposal-editor.css';

/** Picks the measure to retire; the reason is required (it goes into the changelog). */
export function RetireMeasureFields({ draft, before, onChange, fields }: ChangeFieldsProps<'RETIRE_MEASURE'>) {
  return (
    <div className="change-fields">
      <SelectField
        id={fields.id('measureKey')}
        name={fields.name('measureKey')}
        error={fields.error('measureKey')}
        label="Measure to retire"
        hint="A retired measure is no longer suggested but stays in the framework, so history and references still resolve."
        placeholder="Choose a measure…"
        options={pickableMeasures(before)}
        value={draft.measureKey}
        required
        onChange={(event) => onChange({ ...draft, measureKey: event.target.value })}
      />
      <TextAreaField
        id={fields.id('reason')}
        name={fields.name('reason')}
        error={fields.error('reason')}
        label="Why retire it?"
        hint="Required. It goes into the release's changelog."
        value={draft.reason}
        rows={3}
        maxLength={FIELD_LIMITS.reason}
        required
        onChange={(event) => onChange({ ...draft, reason: event.target.value })}
      />
    </div>
  );
}
