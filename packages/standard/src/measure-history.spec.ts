import { classifyMeasureChange } from './measure-history.js';
import { ocmfV1Document } from './seed/ocmf-v1.js';

const timeToSmile = ocmfV1Document.measures.find((m) => m.key === 'time-to-smile')!;

describe('classifyMeasureChange', () => {
  it('calls a measure absent before added', () => {
    expect(classifyMeasureChange(undefined, timeToSmile)).toEqual({ change: 'added', fields: [] });
  });

  it('says nothing of a release that left the measure as it was', () => {
    expect(classifyMeasureChange(timeToSmile, { ...timeToSmile, aliases: [...timeToSmile.aliases] })).toBeNull();
  });

  it('tells retired, moved and changed apart, listing the fields in reading order', () => {
    expect(classifyMeasureChange(timeToSmile, { ...timeToSmile, status: 'RETIRED' })).toEqual({ change: 'retired', fields: ['status'] });
    expect(classifyMeasureChange(timeToSmile, { ...timeToSmile, categoryKey: 'customer', notes: 'x' })).toEqual({
      change: 'moved',
      fields: ['categoryKey', 'notes'],
    });
    expect(classifyMeasureChange(timeToSmile, { ...timeToSmile, unit: 'hours', name: 'Time To Smile' })).toEqual({
      change: 'changed',
      fields: ['name', 'unit'],
    });
  });
});
