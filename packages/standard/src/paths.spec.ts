import { changePath, entityPath, joinPath } from './paths.js';

describe('paths', () => {
  it('joins names with dots and indexes with brackets', () => {
    expect(joinPath('changes', 2, 'measure', 'name')).toBe('changes[2].measure.name');
    expect(joinPath('measures', 'time-to-smile', 'aliases', 0)).toBe('measures.time-to-smile.aliases[0]');
    expect(changePath(0, 'focus', 3, 'focusPercent')).toBe('changes[0].focus[3].focusPercent');
  });

  it('keys document paths by slug, falling back to the index for keys that are not slugs', () => {
    expect(entityPath('categories', 'customer', 0)).toBe('categories.customer');
    expect(entityPath('measures', 'Time to Smile', 4)).toBe('measures[4]');
    expect(entityPath('measures', '', 1)).toBe('measures[1]');
  });
});
