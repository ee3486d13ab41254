import { TextField } from '../ui/TextField';
import { focusEntries } from './change-form';
import type { ChangeFieldsProps } from './change-fields';
import { focusTotal } from './focus-total';
import './proposal-editor.css';

/** Every category's Focus % at once, as whole numbers, with the running total (which must be 100) read out as it changes. */
export function SetFocusFields({ draft, before, onChange, fields }: ChangeFieldsProps<'SET_FOCUS'>) {
  const entries = focusEntries(before, draft.shares);
  const { total, message, complete } = focusTotal(entries.map((entry) => entry.text));
  const totalId = `${fields.id('focus')}-total`;
  const sumError = fields.error('focus');
  const sumErrorId = `${fields.id('focus')}-error`;
  return (
    <fieldset
      className={`fieldset focus-fieldset${sumError ? ' fieldset--invalid' : ''}`}
      id={fields.id('focus')}
      tabIndex={-1}
      aria-describedby={[totalId, sumError ? sumErrorId : ''].filter(Boolean).join(' ')}
    >
      <legend>Focus % for each category</legend>
      <p className="field__hint">The share of leadership time for each category: whole numbers from 0 to 100 that add up to 100.</p>
      <div className="focus-inputs">
        {entries.map(({ category, text }, index) => (
          <TextField
            key={category.key}
            {...fields.input(`focus[${index}]`)}
            label={category.name}
            hint={`Now ${category.focusPercent}%`}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={text}
            className="input--short"
            onChange={(event) => onChange({ ...draft, shares: { ...draft.shares, [category.key]: event.target.value } })}
          />
        ))}
      </div>
      <p id={totalId} className={`focus-total${complete ? ' focus-total--complete' : ''}`} aria-live="polite" data-testid="focus-total">
        {/* Once the sum is reported as a problem, the total only gives the number: one message per problem. */}
        {sumError ? `Total: ${total}%.` : message}
      </p>
      {sumError ? (
        <p className="field__error" id={sumErrorId} data-testid={`${fields.name('focus')}-error`}>
          {sumError}
        </p>
      ) : null}
    </fieldset>
  );
}
