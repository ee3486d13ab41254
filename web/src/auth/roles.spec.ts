import { roleLabel } from './roles';

describe('roleLabel', () => {
  it('names each role as people say it', () => {
    expect(roleLabel('MEMBER')).toBe('Member');
    expect(roleLabel('STANDARD_SETTER')).toBe('Standard-setter');
    expect(roleLabel('EDITOR')).toBe('Editor');
    expect(roleLabel('ADMIN')).toBe('Administrator');
  });
});
