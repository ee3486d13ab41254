import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps paths on this site', () => {
    expect(safeNextPath('/proposals/new')).toBe('/proposals/new');
    expect(safeNextPath('/proposals?status=DISCUSSION')).toBe('/proposals?status=DISCUSSION');
  });

  it('refuses anything that could leave the site, and loops back to sign-in', () => {
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('//evil.example')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath('javascript:alert(1)')).toBe('/');
    expect(safeNextPath('/sign-in')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});
