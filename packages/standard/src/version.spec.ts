import fc from 'fast-check';
import { applyChanges } from './apply.js';
import type { Change } from './changes.js';
import type { FrameworkDocument } from './document.js';
import { netArrMeasure, ocmfV1Document } from './seed/ocmf-v1.js';
import {
  allowedVersions,
  compareVersions,
  formatVersion,
  isAllowedVersion,
  nextVersion,
  parseVersion,
  requiredBump,
  type VersionBump,
} from './version.js';

const seed = ocmfV1Document;

const after = (changes: Change[]): FrameworkDocument => {
  const result = applyChanges(seed, changes);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.document;
};

const smile = (patch: Extract<Change, { op: 'UPDATE_MEASURE' }>['patch']): Change => ({
  op: 'UPDATE_MEASURE',
  measureKey: 'time-to-smile',
  patch,
});

describe('parseVersion and formatVersion', () => {
  it('parses MAJOR.MINOR.PATCH', () => {
    expect(parseVersion('1.0.0')).toEqual({ major: 1, minor: 0, patch: 0 });
    expect(parseVersion('10.20.30')).toEqual({ major: 10, minor: 20, patch: 30 });
  });

  it.each(['', '1', '1.0', 'v1.0.0', '01.0.0', '1.0.0-beta', '1.0.0+build', '1.-1.0', ' 1.0.0', '99999999999999999999.0.0'])(
    'refuses %j',
    (text) => {
      expect(parseVersion(text)).toBeNull();
    },
  );

  it('formats what it parses back to the same text', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), (major, minor, patch) => {
        const text = `${major}.${minor}.${patch}`;
        const parsed = parseVersion(text);
        expect(parsed && formatVersion(parsed)).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});

describe('compareVersions', () => {
  it('orders numerically, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBe(1);
    expect(compareVersions('1.0.0', '2.0.0')).toBe(-1);
    expect(compareVersions('1.2.3', '1.2.3')).toBe(0);
    expect(compareVersions('1.2.3', '1.2.10')).toBe(-1);
    expect(['2.0.0', '1.10.0', '1.2.0', '1.9.1'].sort(compareVersions)).toEqual(['1.2.0', '1.9.1', '1.10.0', '2.0.0']);
  });

  it('throws on a malformed version', () => {
    expect(() => compareVersions('1.0', '1.0.0')).toThrow(RangeError);
  });
});

describe('requiredBump', () => {
  it('is NONE for identical documents', () => {
    expect(requiredBump(seed, structuredClone(seed))).toBe('NONE');
  });

  it.each<[string, Change[], VersionBump]>([
    ['retiring a measure', [{ op: 'RETIRE_MEASURE', measureKey: 'time-to-smile', reason: 'Replaced.' }], 'MAJOR'],
    ['changing a unit', [smile({ unit: 'hours' })], 'MAJOR'],
    ['changing a formula', [smile({ formula: 'End − start' })], 'MAJOR'],
    ['removing a formula', [smile({ formula: null })], 'MAJOR'],
    ['adding a measure', [{ op: 'ADD_MEASURE', measure: netArrMeasure }], 'MINOR'],
    [
      'adding a category',
      [{ op: 'ADD_CATEGORY', category: { key: 'customer-success', name: 'Customer Success', description: 'd' } }],
      'MINOR',
    ],
    [
      'changing Focus %',
      [
        {
          op: 'SET_FOCUS',
          focus: seed.categories.map((c) => ({
            categoryKey: c.key,
            focusPercent: c.key === 'customer' ? 25 : c.key === 'business' ? 25 : c.focusPercent,
          })),
        },
      ],
      'MINOR',
    ],
    ['moving a measure', [{ op: 'MOVE_MEASURE', measureKey: 'time-to-smile', categoryKey: 'customer' }], 'MINOR'],
    ['rewording a definition', [smile({ definition: 'Clearer words.' })], 'PATCH'],
    ['renaming a measure', [smile({ name: 'Time to Happiness' })], 'PATCH'],
    ['changing aliases and notes', [smile({ aliases: ['TTR'], notes: null })], 'PATCH'],
    ['changing the status to ACTIVE', [smile({ status: 'ACTIVE' })], 'PATCH'],
    ['rewording a category', [{ op: 'UPDATE_CATEGORY', categoryKey: 'business', patch: { description: 'Shorter.' } }], 'PATCH'],
    ['reordering categories', [{ op: 'UPDATE_CATEGORY', categoryKey: 'business', patch: { position: 1 } }], 'PATCH'],
    ['adding a measure and rewording another', [{ op: 'ADD_MEASURE', measure: netArrMeasure }, smile({ definition: 'x' })], 'MINOR'],
    [
      'adding a measure and retiring another',
      [
        { op: 'ADD_MEASURE', measure: netArrMeasure },
        { op: 'RETIRE_MEASURE', measureKey: 'time-to-smile', reason: 'r' },
      ],
      'MAJOR',
    ],
  ])('calls %s %s', (_, changes, bump) => {
    expect(requiredBump(seed, after(changes))).toBe(bump);
  });

  it('calls removing a measure or a category MAJOR', () => {
    expect(requiredBump(seed, { ...seed, measures: seed.measures.slice(1) })).toBe('MAJOR');
    const withoutAcceleration: FrameworkDocument = {
      categories: seed.categories.filter((c) => c.key !== 'acceleration'),
      measures: seed.measures,
    };
    expect(requiredBump(seed, withoutAcceleration)).toBe('MAJOR');
  });
});

describe('nextVersion', () => {
  it.each<[VersionBump, string]>([
    ['MAJOR', '2.0.0'],
    ['MINOR', '1.3.0'],
    ['PATCH', '1.2.4'],
    ['NONE', '1.2.3'],
  ])('bumps 1.2.3 at %s to %s', (bump, next) => {
    expect(nextVersion('1.2.3', bump)).toBe(next);
  });
});

describe('isAllowedVersion', () => {
  it('allows exactly the next version at the required level', () => {
    expect(isAllowedVersion('1.0.0', '1.1.0', 'MINOR')).toBe(true);
    expect(isAllowedVersion('1.0.0', '1.2.0', 'MINOR')).toBe(false);
    expect(isAllowedVersion('1.0.0', '1.1.1', 'MINOR')).toBe(false);
    expect(isAllowedVersion('1.0.0', '2.0.0', 'MAJOR')).toBe(true);
    expect(isAllowedVersion('1.0.0', '3.0.0', 'MAJOR')).toBe(false);
    expect(isAllowedVersion('1.4.2', '1.4.3', 'PATCH')).toBe(true);
  });

  it('allows bumping higher than the rule, never lower', () => {
    expect(isAllowedVersion('1.0.0', '2.0.0', 'MINOR')).toBe(true);
    expect(isAllowedVersion('1.0.0', '1.1.0', 'PATCH')).toBe(true);
    expect(isAllowedVersion('1.0.0', '1.0.1', 'MINOR')).toBe(false);
    expect(isAllowedVersion('1.0.0', '1.1.0', 'MAJOR')).toBe(false);
  });

  it('refuses versions that are not greater, or malformed', () => {
    expect(isAllowedVersion('1.2.0', '1.2.0', 'NONE')).toBe(false);
    expect(isAllowedVersion('1.2.0', '1.1.0', 'PATCH')).toBe(false);
    expect(isAllowedVersion('1.2.0', 'v1.3.0', 'MINOR')).toBe(false);
    expect(isAllowedVersion('1.2.0', '1.3', 'MINOR')).toBe(false);
  });

  it('lets a first release be any version above 0.0.0', () => {
    expect(isAllowedVersion(null, '1.0.0', 'MAJOR')).toBe(true);
    expect(isAllowedVersion(null, '0.1.0', 'MAJOR')).toBe(true);
    expect(isAllowedVersion(null, '0.0.0', 'NONE')).toBe(false);
  });

  it('agrees with allowedVersions, which are all greater than the previous one', () => {
    const bumps = fc.constantFrom<VersionBump>('NONE', 'PATCH', 'MINOR', 'MAJOR');
    const version = fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `${a}.${b}.${c}`);
    fc.assert(
      fc.property(version, version, bumps, (previous, requested, required) => {
        const allowed = allowedVersions(previous, required);
        expect(isAllowedVersion(previous, requested, required)).toBe(allowed.includes(requested));
        for (const v of allowed) expect(compareVersions(v, previous)).toBe(1);
        expect(allowed).toContain(nextVersion(previous, 'MAJOR'));
      }),
      { numRuns: 200 },
    );
  });
});
