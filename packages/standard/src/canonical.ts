import type { ReleaseDocument } from './release-document.js';

/**
 * Canonical JSON in the manner of RFC 8785 (JCS): object keys sorted by UTF-16 code units, no whitespace,
 * arrays in order, numbers and strings as JavaScript serialises them. Properties whose value is `undefined`
 * are left out; anything JSON cannot represent faithfully (non-finite numbers, `undefined` in an array,
 * functions, symbols, bigints, cycles) throws a TypeError rather than being hashed silently.
 */
export const canonicalJson = (value: unknown): string => serialise(value, new Set());

const serialise = (value: unknown, ancestors: Set<object>): string => {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Canonical JSON has no representation for ${value}.`);
    return JSON.stringify(value);
  }
  if (typeof value !== 'object') throw new TypeError(`Canonical JSON has no representation for a value of type ${typeof value}.`);
  const toJSON: unknown = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return serialise(toJSON.call(value), ancestors);
  if (ancestors.has(value)) throw new TypeError('Canonical JSON cannot represent a cyclic structure.');
  ancestors.add(value);
  const text = Array.isArray(value)
    ? `[${value.map((item: unknown) => serialise(item, ancestors)).join(',')}]`
    : `{${Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${serialise((value as Record<string, unknown>)[key], ancestors)}`)
        .join(',')}}`;
  ancestors.delete(value);
  return text;
};

type SubtleDigest = { subtle: { digest: (algorithm: 'SHA-256', data: Uint8Array) => Promise<ArrayBuffer> } };

/** SHA-256 of the UTF-8 bytes of `text`, as lower-case hex. Uses Web Crypto, present in Node 20+ and browsers. */
export const sha256Hex = async (text: string): Promise<string> => {
  const webCrypto = (globalThis as { crypto?: SubtleDigest }).crypto;
  if (!webCrypto?.subtle) throw new Error('SHA-256 needs the Web Crypto API (globalThis.crypto.subtle), which this runtime lacks.');
  const digest = await webCrypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
};

/** The content hash of a release: SHA-256 of its canonical JSON. */
export const contentHash = (doc: ReleaseDocument): Promise<string> => sha256Hex(canonicalJson(doc));
