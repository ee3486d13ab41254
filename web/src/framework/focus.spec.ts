import { accentStyle, categoryColorIndex, focusSegments, focusTotal } from './focus';

const V1 = [
  { key: 'customer', name: 'Customer', focusPercent: 20 },
  { key: 'employee', name: 'Employee', focusPercent: 20 },
  { key: 'business', name: 'Business', focusPercent: 30 },
  { key: 'knowledge', name: 'Knowledge/Collaboration', focusPercent: 20 },
  { key: 'acceleration', name: 'Acceleration', focusPercent: 10 },
];

describe('focusTotal', () => {
  it('adds the shares up', () => {
    expect(focusTotal(V1)).toBe(100);
    expect(focusTotal([])).toBe(0);
  });
});

describe('focusSegments', () => {
  it('keeps display order and gives each category its colour slot', () => {
    const segments = focusSegments(V1);
    expect(segments.map((s) => [s.key, s.focusPercent, s.colorIndex])).toEqual([
      ['customer', 20, 1],
      ['employee', 20, 2],
      ['business', 30, 3],
      ['knowledge', 20, 4],
      ['acceleration', 10, 5],
    ]);
  });
});

describe('category colours', () => {
  it('cycles through six slots', () => {
    expect([0, 5, 6, 7].map(categoryColorIndex)).toEqual([1, 6, 1, 2]);
  });

  it('exposes the colour as --accent', () => {
    expect(accentStyle(3)).toEqual({ '--accent': 'var(--category-3)' });
  });
});
