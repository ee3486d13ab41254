import { describeMeasureChange } from './measure-history';

describe('describeMeasureChange', () => {
  it('says what each release did to the measure, naming fields as people do', () => {
    expect(describeMeasureChange({ change: 'added', fields: [] })).toBe('Added');
    expect(describeMeasureChange({ change: 'changed', fields: ['definition', 'notes'] })).toBe('Changed: Definition, Notes');
    expect(describeMeasureChange({ change: 'changed', fields: ['audience'] })).toBe('Changed: Suggested for');
    expect(describeMeasureChange({ change: 'moved', fields: [] })).toBe('Moved to another category');
    expect(describeMeasureChange({ change: 'retired', fields: [] })).toBe('Retired');
    expect(describeMeasureChange({ change: 'renamed', fields: [] })).toBe('Renamed');
  });
});
