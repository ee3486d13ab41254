import { type FormEvent, type Ref, useRef, useState } from 'react';
import { type FragmentType, graphql, useFragment } from '../gql';
import { DURATION_UNITS, type DurationUnit, isDurationUnit } from '../ui/duration';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { toFormErrors } from '../ui/graphql-errors';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useFocusFirstError } from '../ui/useFocusFirstError';
import { formFromSettings, type SettingsField, type SettingsForm, settingsInput } from './settings-form';
import { useUpdateGovernanceSettingsMutation } from './useUpdateGovernanceSettingsMutation';
import './governance.css';

export const GovernanceSettingsForm_settings = graphql(`
  fragment GovernanceSettingsForm_settings on GovernanceSettings {
    votingWindowSeconds
    minimumWindowSeconds
    quorumPercent
    thresholdNumerator
    thresholdDenominator
    hideResultsUntilClose
  }
`);

const FIELD_LABELS: Record<SettingsField, string> = {
  votingWindowSeconds: 'The voting window',
  minimumWindowSeconds: 'The minimum window',
  quorumPercent: 'Quorum',
  thresholdNumerator: 'The approvals needed',
  thresholdDenominator: 'The number of votes they are counted in',
  hideResultsUntilClose: 'Hiding results',
};

const UNIT_OPTIONS = DURATION_UNITS.map((unit) => ({ value: unit, label: unit }));

type Errors = { form: string | null; fields: Partial<Record<SettingsField, string>> };

/** The administrators' form for the voting rules. Only what changed is sent; the API checks the ranges. */
export function GovernanceSettingsForm(props: { settings: FragmentType<typeof GovernanceSettingsForm_settings> }) {
  const settings = useFragment(GovernanceSettingsForm_settings, props.settings);
  const { updateSettings, loading } = useUpdateGovernanceSettingsMutation();
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(settings));
  const [errors, setErrors] = useState<Errors | null>(null);
  const [done, setDone] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const windowRef = useRef<HTMLInputElement>(null);
  const minimumRef = useRef<HTMLInputElement>(null);
  const quorumRef = useRef<HTMLInputElement>(null);
  const numeratorRef = useRef<HTMLInputElement>(null);
  const denominatorRef = useRef<HTMLInputElement>(null);
  // In the order the fields take focus after a failed save.
  useFocusFirstError(
    errors,
    [
      ['votingWindowSeconds', windowRef],
      ['minimumWindowSeconds', minimumRef],
      ['quorumPercent', quorumRef],
      ['thresholdNumerator', numeratorRef],
      ['thresholdDenominator', denominatorRef],
    ],
    summaryRef,
  );

  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => setForm((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const { input, errors: local } = settingsInput(form, settings);
    if (Object.keys(local).length > 0) {
      setErrors({ form: 'Please correct the highlighted fields.', fields: local });
      return;
    }
    setErrors(null);
    if (Object.keys(input).length === 0) {
      setDone('Nothing to save: the rules are as shown.');
      statusRef.current?.focus();
      return;
    }
    try {
      await updateSettings(input);
      setDone('Saved. The new rules apply to votes opened from now on; votes already open keep the rules they opened with.');
      statusRef.current?.focus();
    } catch (error) {
      setErrors(toFormErrors(error, FIELD_LABELS));
    }
  };

  const error = (field: SettingsField) => errors?.fields[field];
  return (
    <form
      className="governance-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="governance-edit-title"
      data-testid="governance-form"
    >
      <FormErrorSummary ref={summaryRef} message={errors?.form ?? null} />
      <fieldset className="fieldset">
        <legend>Default voting window</legend>
        <p className="field__hint">How long a vote stays open unless the editor who opens it chooses another closing time.</p>
        <DurationField
          ref={windowRef}
          field="votingWindowSeconds"
          label="Length"
          unitName="windowUnit"
          amount={form.windowAmount}
          unit={form.windowUnit}
          error={error('votingWindowSeconds')}
          onAmount={(amount) => set('windowAmount', amount)}
          onUnit={(unit) => set('windowUnit', unit)}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend>Minimum voting window</legend>
        <label className="checkbox">
          <input type="checkbox" checked={form.hasMinimum} onChange={(event) => set('hasMinimum', event.target.checked)} />
          <span>Editors may not open a vote shorter than a minimum</span>
        </label>
        {form.hasMinimum ? (
          <DurationField
            ref={minimumRef}
            field="minimumWindowSeconds"
            label="Minimum length"
            unitName="minimumUnit"
            amount={form.minimumAmount}
            unit={form.minimumUnit}
            error={error('minimumWindowSeconds')}
            onAmount={(amount) => set('minimumAmount', amount)}
            onUnit={(unit) => set('minimumUnit', unit)}
          />
        ) : error('minimumWindowSeconds') ? (
          <p className="field__error">{error('minimumWindowSeconds')}</p>
        ) : null}
      </fieldset>

      <TextField
        ref={quorumRef}
        id="governance-quorumPercent"
        label="Quorum (% of standard-setters who must vote)"
        name="quorumPercent"
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        step={1}
        className="input--short"
        hint="Abstentions count toward the quorum. 0 means no quorum."
        value={form.quorumPercent}
        error={error('quorumPercent')}
        onChange={(event) => set('quorumPercent', event.target.value)}
      />

      <fieldset className="fieldset">
        <legend>Pass threshold</legend>
        <p className="field__hint">How many approvals are needed, in every so many approve and reject votes: e.g. 2 in 3.</p>
        <div className="fraction-fields">
          <FractionPart
            ref={numeratorRef}
            field="thresholdNumerator"
            label="Approvals"
            min={1}
            value={form.thresholdNumerator}
            error={error('thresholdNumerator')}
            onChange={(value) => set('thresholdNumerator', value)}
          />
          <span className="fraction-fields__slash" aria-hidden="true">
            /
          </span>
          <FractionPart
            ref={denominatorRef}
            field="thresholdDenominator"
            label="In every (votes)"
            min={1}
            value={form.thresholdDenominator}
            error={error('thresholdDenominator')}
            onChange={(value) => set('thresholdDenominator', value)}
          />
        </div>
        {(['thresholdNumerator', 'thresholdDenominator'] as const).map((field) =>
          error(field) ? (
            <p key={field} className="field__error" id={`governance-${field}-error`} data-testid={`${field}-error`}>
              {error(field)}
            </p>
          ) : null,
        )}
      </fieldset>

      <label className="checkbox">
        <input
          type="checkbox"
          name="hideResultsUntilClose"
          checked={form.hideResultsUntilClose}
          onChange={(event) => set('hideResultsUntilClose', event.target.checked)}
        />
        <span>Hide the tally and everyone&rsquo;s votes until voting closes</span>
      </label>

      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Saving…' : 'Save the rules'}
        </button>
      </div>
      <p ref={statusRef} tabIndex={-1} className="status-message" role="status" data-testid="governance-status">
        {done}
      </p>
    </form>
  );
}

type DurationFieldProps = {
  field: 'votingWindowSeconds' | 'minimumWindowSeconds';
  label: string;
  /** The name of the unit's select. */
  unitName: string;
  amount: string;
  unit: DurationUnit;
  error: string | undefined;
  onAmount: (amount: string) => void;
  onUnit: (unit: DurationUnit) => void;
  ref: Ref<HTMLInputElement>;
};

/** A length of time as an amount and a unit (7 days, 90 minutes); the API receives it in seconds. */
function DurationField({ field, label, unitName, amount, unit, error, onAmount, onUnit, ref }: DurationFieldProps) {
  return (
    <div className="duration-field">
      <TextField
        ref={ref}
        id={`governance-${field}`}
        label={label}
        name={field}
        type="number"
        inputMode="decimal"
        min={0}
        value={amount}
        error={error}
        onChange={(event) => onAmount(event.target.value)}
      />
      <SelectField
        label="Unit"
        name={unitName}
        options={UNIT_OPTIONS}
        value={unit}
        onChange={(event) => onUnit(isDurationUnit(event.target.value) ? event.target.value : unit)}
      />
    </div>
  );
}

type FractionPartProps = {
  field: 'thresholdNumerator' | 'thresholdDenominator';
  label: string;
  min: number;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  ref: Ref<HTMLInputElement>;
};

/** One side of the threshold fraction; its error is shown below both sides (see the form), tied to it by id. */
function FractionPart({ field, label, min, value, error, onChange, ref }: FractionPartProps) {
  const id = `governance-${field}`;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        ref={ref}
        id={id}
        name={field}
        type="number"
        inputMode="numeric"
        min={min}
        step={1}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
