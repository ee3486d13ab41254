import { ocmfV1Document } from '@ocmf/standard';
import { changeKindLabel, changeKindTone, fieldLabel, formatFieldValue, opLabel } from './change-labels';

describe('change labels', () => {
  it('names ops and fields in words', () => {
    expect(opLabel('SET_FOCUS')).toBe('Re-balance Focus %');
    expect(fieldLabel('audience')).toBe('Suggested for');
    expect(fieldLabel('somethingElse')).toBe('somethingElse');
  });

  it('says what each kind of change does, as the API names the kinds', () => {
    expect(changeKindLabel('ADDED')).toBe('Addition');
    expect(changeKindTone('ADDED')).toBe('positive');
    expect(changeKindLabel('REBALANCED')).toBe('Re-balance');
    expect(changeKindTone('RETIRED')).toBe('neutral');
  });

  it('formats values for reading', () => {
    expect(formatFieldValue('audience', 'EXECUTIVE')).toBe('Executives');
    expect(formatFieldValue('direction', 'LOWER_IS_BETTER')).toBe('Lower is better');
    expect(formatFieldValue('aliases', ['TTS', 'Smile time'])).toBe('TTS, Smile time');
    expect(formatFieldValue('aliases', [])).toBe('none');
    expect(formatFieldValue('formula', null)).toBe('none');
    expect(formatFieldValue('focusPercent', 25)).toBe('25%');
    expect(formatFieldValue('position', 2)).toBe('2');
    expect(formatFieldValue('categoryKey', 'customer', ocmfV1Document)).toBe('Customer');
    expect(formatFieldValue('categoryKey', 'nowhere', ocmfV1Document)).toBe('nowhere');
  });
});
