import { describeMeasureChange } from './measure-history';

describe('describeMeasureChange', () => {
  it('says what each release did to the measure, naming fields as people do', () => {
    expect(describeMeasureChange({ change: 'ADDED', fields: [] })).toBe('Added');
    expect(describeMeasureChange({ change: 'CHANGED', fields: ['definition', 'notes'] })).toBe('Changed: Definition, Notes');
    expect(describeMeasureChange({ change: 'CHANGED', fields: ['audience'] })).toBe('Changed: Suggested for');
    expect(describeMeasureChange({ change: 'MOVED', fields: ['categoryKey'] })).toBe('Moved to another category');
    expect(describeMeasureChange({ change: 'MOVED', fields: ['categoryKey', 'notes'] })).toBe(
      'Moved to another category; also changed Notes',
    );
    expect(describeMeasureChange({ change: 'RETIRED', fields: ['status'] })).toBe('Retired');
  });
});
