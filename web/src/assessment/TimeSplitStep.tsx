import { categoriesInOrder, type FrameworkDocument } from '@ocmf/standard';
import { focusTotal } from '../proposal-editor/focus-total';
import { TextField } from '../ui/TextField';
import { type AssessmentForm, fieldDomId, TIME_TOTAL_FIELD, timeField } from './assessment-form';

type TimeSplitStepProps = {
  document: FrameworkDocument;
  form: AssessmentForm;
  onChange: (time: Record<string, string>) => void;
  errorAt: (field: string) => string | undefined;
};

/** Step 1: today's share of leadership time per category, whole numbers adding up to 100, with a live total. */
export function TimeSplitStep({ document, form, onChange, errorAt }: TimeSplitStepProps) {
  const categories = categoriesInOrder(document);
  const { message, complete } = focusTotal(categories.map((c) => form.time[c.key] ?? ''));
  const totalId = fieldDomId(TIME_TOTAL_FIELD);
  const sumError = errorAt(TIME_TOTAL_FIELD);
  return (
    <fieldset className={`fieldset time-split${sumError ? ' fieldset--invalid' : ''}`} aria-describedby={`${totalId} time-split-hint`}>
      <legend>Share of leadership time spent on each category today</legend>
      <p className="field__hint" id="time-split-hint">
        Think of a typical month for your leadership team: what share of its time goes to each category? Whole numbers from 0 to 100 that
        add up to 100. The results page sets them next to OCMF’s suggestions.
      </p>
      <div className="time-split__inputs">
        {categories.map((category) => (
          <TextField
            key={category.key}
            id={fieldDomId(timeField(category.key))}
            name={timeField(category.key)}
            label={category.name}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={form.time[category.key] ?? ''}
            className="input--short"
            error={errorAt(timeField(category.key))}
            onChange={(event) => onChange({ ...form.time, [category.key]: event.target.value })}
          />
        ))}
      </div>
      <p
        id={totalId}
        tabIndex={-1}
        className={`focus-total${complete ? ' focus-total--complete' : ''}`}
        aria-live="polite"
        data-testid="time-total"
      >
        {message}
      </p>
      {sumError ? (
        <p className="field__error" data-testid="time-total-error">
          {sumError}
        </p>
      ) : null}
    </fieldset>
  );
}
