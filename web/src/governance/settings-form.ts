import type { UpdateGovernanceSettingsInput } from '../gql/graphql';
import { type DurationUnit, durationSeconds, splitDuration } from '../ui/duration';

export type GovernanceSettingsValues = {
  votingWindowSeconds: number;
  minimumWindowSeconds?: number | null;
  quorumPercent: number;
  thresholdNumerator: number;
  thresholdDenominator: number;
  hideResultsUntilClose: boolean;
};

/** The admin's form as typed: numbers stay text until saved, so a half-typed value is not lost. */
export type SettingsForm = {
  windowAmount: string;
  windowUnit: DurationUnit;
  hasMinimum: boolean;
  minimumAmount: string;
  minimumUnit: DurationUnit;
  quorumPercent: string;
  thresholdNumerator: string;
  thresholdDenominator: string;
  hideResultsUntilClose: boolean;
};

/** The fields of the form, named as the API names them (its issues say `input.<field>`). */
export type SettingsField = keyof Required<UpdateGovernanceSettingsInput>;

export function formFromSettings(settings: GovernanceSettingsValues): SettingsForm {
  const votingWindow = splitDuration(settings.votingWindowSeconds);
  const minimum = settings.minimumWindowSeconds ? splitDuration(settings.minimumWindowSeconds) : { amount: 1, unit: 'hours' as const };
  return {
    windowAmount: String(votingWindow.amount),
    windowUnit: votingWindow.unit,
    hasMinimum: Boolean(settings.minimumWindowSeconds),
    minimumAmount: String(minimum.amount),
    minimumUnit: minimum.unit,
    quorumPercent: String(settings.quorumPercent),
    thresholdNumerator: String(settings.thresholdNumerator),
    thresholdDenominator: String(settings.thresholdDenominator),
    hideResultsUntilClose: settings.hideResultsUntilClose,
  };
}

const wholeNumber = (text: string): number | null => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);

/**
 * What to send: only the fields that differ from the current settings (the API changes only those), or the
 * problems that stop the form from being sent (values that are not numbers; the API checks the ranges).
 */
export function settingsInput(
  form: SettingsForm,
  current: GovernanceSettingsValues,
): { input: UpdateGovernanceSettingsInput; errors: Partial<Record<SettingsField, string>> } {
  const errors: Partial<Record<SettingsField, string>> = {};
  const input: UpdateGovernanceSettingsInput = {};

  const windowSeconds = durationSeconds(form.windowAmount, form.windowUnit);
  if (windowSeconds === null) errors.votingWindowSeconds = 'The voting window must be a number.';
  else if (windowSeconds !== current.votingWindowSeconds) input.votingWindowSeconds = windowSeconds;

  // 0 removes the minimum.
  const minimum = form.hasMinimum ? durationSeconds(form.minimumAmount, form.minimumUnit) : 0;
  if (minimum === null) errors.minimumWindowSeconds = 'The minimum window must be a number.';
  else if (minimum !== (current.minimumWindowSeconds ?? 0)) input.minimumWindowSeconds = minimum;

  const numbers = [
    ['quorumPercent', 'Quorum'],
    ['thresholdNumerator', 'The numerator'],
    ['thresholdDenominator', 'The denominator'],
  ] as const;
  for (const [field, label] of numbers) {
    const value = wholeNumber(form[field]);
    if (value === null) errors[field] = `${label} must be a whole number.`;
    else if (value !== current[field]) input[field] = value;
  }

  if (form.hideResultsUntilClose !== current.hideResultsUntilClose) input.hideResultsUntilClose = form.hideResultsUntilClose;
  return { input, errors };
}
