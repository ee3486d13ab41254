import { isSearchShortcut } from './search-keys';

const key = (k: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});

describe('the / shortcut', () => {
  it('opens search from the page, not while typing in a field or with a modifier', () => {
    expect(isSearchShortcut(key('/'), { tagName: 'BODY' } as unknown as EventTarget)).toBe(true);
    expect(isSearchShortcut(key('/'), { tagName: 'TEXTAREA' } as unknown as EventTarget)).toBe(false);
    expect(isSearchShortcut(key('/'), { tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }), null)).toBe(false);
    expect(isSearchShortcut(key('a'), null)).toBe(false);
  });
});
