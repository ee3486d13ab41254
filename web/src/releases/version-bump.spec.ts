import { bumpBetween, bumpExplanation } from './version-bump';

describe('bumpExplanation', () => {
  it('says why each bump is required', () => {
    expect(bumpExplanation('PATCH', '1.1.1')).toMatch(/patch release \(1\.1\.1\).*wording only/);
    expect(bumpExplanation('MINOR', '1.2.0')).toMatch(/minor release \(1\.2\.0\).*added.*Focus %/);
    expect(bumpExplanation('MAJOR', '2.0.0')).toMatch(/major release \(2\.0\.0\).*retired/);
    expect(bumpExplanation('NONE', '1.1.1')).toMatch(/nothing to publish/);
  });
});

describe('bumpBetween', () => {
  it('names the highest part of the version that grew', () => {
    expect(bumpBetween('1.1.0', '1.1.1')).toBe('PATCH');
    expect(bumpBetween('1.1.0', '1.2.0')).toBe('MINOR');
    expect(bumpBetween('1.1.3', '2.0.0')).toBe('MAJOR');
    expect(bumpBetween('1.1.0', '1.1.0')).toBe('NONE');
  });
});
