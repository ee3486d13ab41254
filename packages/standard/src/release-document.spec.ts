import { fromReleaseDocument, toReleaseDocument } from './release-document.js';
import { ocmfV1Document, ocmfV1Release } from './seed/ocmf-v1.js';
import { deepFreeze } from './testing/document-arbitrary.js';

describe('toReleaseDocument', () => {
  const seed = deepFreeze(structuredClone(ocmfV1Document));

  it('wraps the document with the release metadata and the framework identity', () => {
    const release = toReleaseDocument(ocmfV1Release, seed);
    expect(release).toEqual({
      schemaVersion: 1,
      framework: { name: 'Open Customer Metrics Framework', abbreviation: 'OCMF', source: 'https://ocmfgroup.org' },
      version: '1.0.0',
      title: 'Spring 2016 edition',
      publishedAt: '2016-03-22T00:00:00.000Z',
      license: ocmfV1Release.license,
      categories: seed.categories,
      measures: seed.measures,
    });
  });

  it('orders categories by position and shares no object with its input', () => {
    const shuffled = { ...seed, categories: [...seed.categories].reverse() };
    const release = toReleaseDocument(ocmfV1Release, shuffled);
    expect(release.categories.map((c) => c.position)).toEqual([1, 2, 3, 4, 5]);
    expect(release.categories.some((c) => seed.categories.includes(c))).toBe(false);
    expect(release.measures.some((m) => seed.measures.includes(m))).toBe(false);
    expect(release.license).not.toBe(ocmfV1Release.license);
  });

  it('round-trips through fromReleaseDocument', () => {
    expect(fromReleaseDocument(toReleaseDocument(ocmfV1Release, seed))).toEqual(seed);
  });
});
