import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { canonicalJson, contentHash, sha256Hex } from './canonical.js';
import { toReleaseDocument } from './release-document.js';
import { ocmfV1Document, ocmfV1Release } from './seed/ocmf-v1.js';

describe('canonicalJson', () => {
  it('sorts keys, drops whitespace and keeps array order', () => {
    expect(canonicalJson({ b: [3, 1, { d: true, c: null }], a: 'x' })).toBe('{"a":"x","b":[3,1,{"c":null,"d":true}]}');
  });

  it('sorts keys by UTF-16 code units (RFC 8785, section 3.2.3)', () => {
    const value = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const keys = [...canonicalJson(value).matchAll(/"((?:[^"\\]|\\.)*)":/g)].map((match) => JSON.parse(`"${match[1] ?? ''}"`) as string);
    expect(keys).toEqual(['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33']);
  });

  it('writes numbers as JavaScript does (RFC 8785, appendix B)', () => {
    expect(canonicalJson([0, -0, 1e21, 1e-7, 333333333.3333333, 4.5, -1.5e-10, 9007199254740991])).toBe(
      '[0,0,1e+21,1e-7,333333333.3333333,4.5,-1.5e-10,9007199254740991]',
    );
  });

  it('escapes strings as JSON does', () => {
    expect(canonicalJson({ s: 'quote " backslash \\ newline \n tab \t € \u0001' })).toBe(
      '{"s":"quote \\" backslash \\\\ newline \\n tab \\t € \\u0001"}',
    );
  });

  it('leaves out undefined properties and uses toJSON', () => {
    expect(canonicalJson({ a: undefined, b: 1, at: new Date('2016-03-22T00:00:00.000Z') })).toBe('{"at":"2016-03-22T00:00:00.000Z","b":1}');
  });

  it('throws on values JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson([Number.POSITIVE_INFINITY])).toThrow(TypeError);
    expect(() => canonicalJson([undefined])).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
    expect(() => canonicalJson({ big: 1n })).toThrow(TypeError);
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(TypeError);
  });

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { a: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"a":1},{"a":1}]');
  });

  it('is independent of key order and parses back to an equal value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
          const reversed = Object.fromEntries(Object.entries(value).reverse());
          expect(canonicalJson(reversed)).toBe(text);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('sha256Hex', () => {
  it('matches the known digests', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes the UTF-8 bytes, as Node does', async () => {
    const text = 'Focus % — Klever’s Law 😀';
    expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

describe('contentHash', () => {
  it('is the SHA-256 of the canonical JSON, and ignores key order', async () => {
    const release = toReleaseDocument(ocmfV1Release, ocmfV1Document);
    const hash = await contentHash(release);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(createHash('sha256').update(canonicalJson(release)).digest('hex'));
    const reordered = Object.fromEntries(Object.entries(release).reverse()) as typeof release;
    expect(Object.keys(reordered)).not.toEqual(Object.keys(release));
    expect(await contentHash(reordered)).toBe(hash);
  });

  it('changes when any value changes', async () => {
    const release = toReleaseDocument(ocmfV1Release, ocmfV1Document);
    expect(await contentHash({ ...release, title: 'Spring 2016 edition.' })).not.toBe(await contentHash(release));
  });
});
