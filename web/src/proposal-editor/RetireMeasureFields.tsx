import type { ChangeFieldsProps } from './change-fields';
import { MeasurePicker } from './MeasurePicker';
import { ReasonField } from './ReasonField';
import './proposal-editor.css';

/** Picks the measure to retire; the reason is required (it goes into the changelog). */
export function RetireMeasureFields({ draft, before, onChange, fields }: ChangeFieldsProps<'RETIRE_MEASURE'>) {
  return (
    <div className="change-fields">
      <MeasurePicker
        fields={fields}
        before={before}
        label="Measure to retire"
        hint="A retired measure is no longer suggested but stays in the framework, so history and references still resolve."
        value={draft.measureKey}
        onChange={(measureKey) => onChange({ ...draft, measureKey, replacedBy: draft.replacedBy === measureKey ? '' : draft.replacedBy })}
      />
      <MeasurePicker
        fields={fields}
        before={before}
        field="replacedBy"
        exclude={draft.measureKey}
        label="Replaced by (optional)"
        hint="The measure that takes its place, if one does. To replace it with a new measure, add that measure in an earlier change."
        value={draft.replacedBy}
        onChange={(replacedBy) => onChange({ ...draft, replacedBy })}
      />
      <ReasonField
        fields={fields}
        label="Why retire it?"
        hint="Required. It goes into the release's changelog."
        value={draft.reason}
        rows={3}
        required
        onChange={(reason) => onChange({ ...draft, reason })}
      />
    </div>
  );
}
