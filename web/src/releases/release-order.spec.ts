import { latestRelease, newestFirst } from './release-order';

const releases = [
  { version: '1.0.0', publishedAt: '2016-03-22T00:00:00.000Z' },
  { version: '1.2.0', publishedAt: '2026-05-01T10:00:00.000Z' },
  { version: '1.1.0', publishedAt: '2025-11-01T10:00:00.000Z' },
];

describe('newestFirst', () => {
  it('orders by publication time without touching the input', () => {
    expect(newestFirst(releases).map((r) => r.version)).toEqual(['1.2.0', '1.1.0', '1.0.0']);
    expect(releases[0]?.version).toBe('1.0.0');
  });
});

describe('latestRelease', () => {
  it('is the newest, or null when nothing is published', () => {
    expect(latestRelease(releases)?.version).toBe('1.2.0');
    expect(latestRelease([])).toBeNull();
  });
});
