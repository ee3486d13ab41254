import { can, PERMISSIONS, type Permission, ROLES, rolesWith } from './permissions.js';

describe('permissions', () => {
  it('lets only standard-setters vote: editors and admins do not', () => {
    expect(ROLES.filter((role) => can(role, 'vote:cast'))).toEqual(['STANDARD_SETTER']);
  });

  it('gives admins every permission but voting', () => {
    const permissions = Object.keys(PERMISSIONS) as Permission[];
    expect(permissions.filter((p) => !can('ADMIN', p))).toEqual(['vote:cast']);
  });

  it('lets every role propose and comment, only editors and admins moderate, and only admins manage users', () => {
    expect(ROLES.every((role) => can(role, 'proposal:create') && can(role, 'comment:create'))).toBe(true);
    expect(rolesWith('comment:moderate')).toEqual(['EDITOR', 'ADMIN']);
    expect(ROLES.filter((role) => can(role, 'user:manage'))).toEqual(['ADMIN']);
  });

  it('grants nothing to someone signed out', () => {
    expect(can(null, 'proposal:create')).toBe(false);
    expect(can(undefined, 'comment:create')).toBe(false);
  });
});
