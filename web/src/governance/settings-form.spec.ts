import { formFromSettings, settingsInput } from './settings-form';

const current = {
  votingWindowSeconds: 604_800,
  minimumWindowSeconds: null,
  quorumPercent: 50,
  thresholdNumerator: 2,
  thresholdDenominator: 3,
  hideResultsUntilClose: false,
};

describe('formFromSettings', () => {
  it('shows the window in its largest whole unit', () => {
    const form = formFromSettings(current);
    expect(form).toMatchObject({ windowAmount: '7', windowUnit: 'days', hasMinimum: false, quorumPercent: '50' });
    expect(formFromSettings({ ...current, minimumWindowSeconds: 5_400 })).toMatchObject({
      hasMinimum: true,
      minimumAmount: '90',
      minimumUnit: 'minutes',
    });
  });
});

describe('settingsInput', () => {
  it('sends nothing when nothing changed', () => {
    expect(settingsInput(formFromSettings(current), current)).toEqual({ input: {}, errors: {} });
  });

  it('sends only the changed fields, in seconds', () => {
    const form = { ...formFromSettings(current), windowAmount: '36', windowUnit: 'hours' as const, quorumPercent: '60' };
    expect(settingsInput(form, current)).toEqual({ input: { votingWindowSeconds: 129_600, quorumPercent: 60 }, errors: {} });
  });

  it('sets and removes the minimum window (0 removes it)', () => {
    const withMinimum = { ...formFromSettings(current), hasMinimum: true, minimumAmount: '1', minimumUnit: 'days' as const };
    expect(settingsInput(withMinimum, current).input).toEqual({ minimumWindowSeconds: 86_400 });
    const withCurrentMinimum = { ...current, minimumWindowSeconds: 3_600 };
    expect(settingsInput({ ...formFromSettings(withCurrentMinimum), hasMinimum: false }, withCurrentMinimum).input).toEqual({
      minimumWindowSeconds: 0,
    });
  });

  it('names the fields that are not numbers', () => {
    const form = { ...formFromSettings(current), windowAmount: 'a week', thresholdNumerator: '2.5' };
    expect(settingsInput(form, current).errors).toEqual({
      votingWindowSeconds: 'The voting window must be a number.',
      thresholdNumerator: 'The numerator must be a whole number.',
    });
  });
});
