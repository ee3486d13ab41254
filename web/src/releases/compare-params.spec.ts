import { compareHref, compareParamsFromSearch, defaultComparison } from './compare-params';

const releases = [
  { version: '1.1.1', previousVersion: '1.1.0' },
  { version: '1.1.0', previousVersion: '1.0.0' },
  { version: '1.0.0', previousVersion: null },
];

describe('compare params', () => {
  it('reads versions from the address and ignores anything else', () => {
    expect(compareParamsFromSearch(new URLSearchParams('from=1.0.0&to=latest'))).toEqual({ from: '1.0.0', to: 'latest' });
    expect(compareParamsFromSearch(new URLSearchParams('from=<script>&to='))).toEqual({ from: null, to: null });
  });

  it('writes the address back', () => {
    expect(compareHref({ from: '1.0.0', to: '1.1.0' })).toBe('/releases/compare?from=1.0.0&to=1.1.0');
    expect(compareHref({ from: null, to: null })).toBe('/releases/compare');
  });

  it('defaults to the latest release and the one it follows', () => {
    expect(defaultComparison({ from: null, to: null }, releases)).toEqual({ from: '1.1.0', to: '1.1.1' });
    expect(defaultComparison({ from: null, to: '1.1.0' }, releases)).toEqual({ from: '1.0.0', to: '1.1.0' });
    expect(defaultComparison({ from: '1.0.0', to: null }, releases)).toEqual({ from: '1.0.0', to: '1.1.1' });
    expect(defaultComparison({ from: null, to: null }, [])).toEqual({ from: null, to: null });
  });
});
