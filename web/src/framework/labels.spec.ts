import { audienceLabel, directionLabel, statusExplanation, statusLabel, statusTone } from './labels';

describe('directionLabel', () => {
  it('says which way is better in words', () => {
    expect(directionLabel('LOWER_IS_BETTER')).toBe('Lower is better');
    expect(directionLabel('HIGHER_IS_BETTER')).toBe('Higher is better');
    expect(directionLabel('TARGET')).toBe('Closer to the target is better');
  });
});

describe('audienceLabel', () => {
  it('names the audience, plural by default', () => {
    expect(audienceLabel('EXECUTIVE')).toBe('Executives');
    expect(audienceLabel('MANAGER', { plural: false })).toBe('Manager');
  });
});

describe('status', () => {
  it('labels each status and gives it a tone', () => {
    expect([statusLabel('ACTIVE'), statusLabel('EMERGING'), statusLabel('RETIRED')]).toEqual(['Active', 'Emerging', 'Retired']);
    expect([statusTone('ACTIVE'), statusTone('EMERGING'), statusTone('RETIRED')]).toEqual(['positive', 'info', 'neutral']);
    expect(statusExplanation('RETIRED')).toMatch(/history/);
  });
});
