import { isValidKey, slugify } from './keys.js';

describe('isValidKey', () => {
  it.each(['customer', 'time-to-smile', 'net-annual-recurring-revenue', 'a1', '2016-edition', 'a'.repeat(64)])('accepts %s', (key) => {
    expect(isValidKey(key)).toBe(true);
  });

  it.each(['', 'Customer', 'time_to_smile', 'time--to-smile', '-time', 'time-', 'time to smile', 'café', 'a'.repeat(65)])(
    'refuses %j',
    (key) => {
      expect(isValidKey(key)).toBe(false);
    },
  );
});

describe('slugify', () => {
  it.each([
    ['Time to Smile', 'time-to-smile'],
    ['Self-Service Success', 'self-service-success'],
    ['Knowledge/Collaboration', 'knowledge-collaboration'],
    ['  Net Annual Recurring Revenue (Net ARR) ', 'net-annual-recurring-revenue-net-arr'],
    ['Café Crème', 'cafe-creme'],
    ['% of Suggestions Accepted', 'of-suggestions-accepted'],
  ])('turns %j into %s', (name, key) => {
    expect(slugify(name)).toBe(key);
    expect(isValidKey(slugify(name))).toBe(true);
  });

  it('keeps long names within the key length without a trailing hyphen', () => {
    const key = slugify(`${'word '.repeat(12)}x`);
    expect(key.length).toBeLessThanOrEqual(64);
    expect(isValidKey(key)).toBe(true);
  });
});
