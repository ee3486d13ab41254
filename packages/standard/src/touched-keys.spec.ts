import { ocmfV1Document } from './seed/ocmf-v1.js';
import { touchedKeys } from './touched-keys.js';

describe('touchedKeys', () => {
  it('names the measures changed and the categories they sit in, before and after a move', () => {
    expect(
      touchedKeys(
        [
          { op: 'UPDATE_MEASURE', measureKey: 'time-to-smile', patch: { notes: 'x' } },
          { op: 'MOVE_MEASURE', measureKey: 'time-to-smile', categoryKey: 'customer' },
        ],
        ocmfV1Document,
      ),
    ).toEqual({ categories: ['business', 'customer'], measures: ['time-to-smile'] });
  });

  it('counts a Focus % change only for the categories whose share changes', () => {
    const focus = ocmfV1Document.categories.map((c) => ({ categoryKey: c.key, focusPercent: c.focusPercent }));
    const shifted = focus.map((share) =>
      share.categoryKey === 'business'
        ? { ...share, focusPercent: share.focusPercent - 5 }
        : share.categoryKey === 'acceleration'
          ? { ...share, focusPercent: share.focusPercent + 5 }
          : share,
    );
    expect(touchedKeys([{ op: 'SET_FOCUS', focus: shifted }], ocmfV1Document)).toEqual({
      categories: ['acceleration', 'business'],
      measures: [],
    });
    expect(touchedKeys([{ op: 'SET_FOCUS', focus }], ocmfV1Document).categories).toEqual([]);
  });
});
