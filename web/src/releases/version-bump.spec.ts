import { bumpExplanation } from './version-bump';

describe('bumpExplanation', () => {
  it('says why each bump is required', () => {
    expect(bumpExplanation('PATCH', '1.1.1')).toMatch(/patch release \(1\.1\.1\).*wording only/);
    expect(bumpExplanation('MINOR', '1.2.0')).toMatch(/minor release \(1\.2\.0\).*added.*Focus %/);
    expect(bumpExplanation('MAJOR', '2.0.0')).toMatch(/major release \(2\.0\.0\).*retired/);
    expect(bumpExplanation('NONE', '1.1.1')).toMatch(/nothing to publish/);
  });
});
