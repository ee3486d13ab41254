import { canConfigureGovernance, canManageProposals, canModerate, roleLabel } from './roles';

describe('roleLabel', () => {
  it('names each role as people say it', () => {
    expect(roleLabel('MEMBER')).toBe('Member');
    expect(roleLabel('STANDARD_SETTER')).toBe('Standard-setter');
    expect(roleLabel('EDITOR')).toBe('Editor');
    expect(roleLabel('ADMIN')).toBe('Administrator');
  });
});

describe('canModerate', () => {
  it('is for editors and administrators only', () => {
    expect(canModerate('EDITOR')).toBe(true);
    expect(canModerate('ADMIN')).toBe(true);
    expect(canModerate('STANDARD_SETTER')).toBe(false);
    expect(canModerate('MEMBER')).toBe(false);
    expect(canModerate(null)).toBe(false);
  });
});

describe('canManageProposals', () => {
  it('is for editors and administrators, not for standard-setters (roles are not a ladder)', () => {
    expect(canManageProposals('EDITOR')).toBe(true);
    expect(canManageProposals('ADMIN')).toBe(true);
    expect(canManageProposals('STANDARD_SETTER')).toBe(false);
    expect(canManageProposals(undefined)).toBe(false);
  });
});

describe('canConfigureGovernance', () => {
  it('is for administrators only', () => {
    expect(canConfigureGovernance('ADMIN')).toBe(true);
    expect(canConfigureGovernance('EDITOR')).toBe(false);
    expect(canConfigureGovernance(null)).toBe(false);
  });
});
