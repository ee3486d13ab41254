import { can, PERMISSIONS, ROLES } from './role.js';

describe('permissions', () => {
  it('lets only standard-setters vote: editors and admins do not', () => {
    expect(ROLES.filter((role) => can(role, 'vote:cast'))).toEqual(['STANDARD_SETTER']);
  });

  it('gives admins every permission but voting', () => {
    const permissions = Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[];
    expect(permissions.filter((p) => !can('ADMIN', p))).toEqual(['vote:cast']);
  });

  it('lets every role propose and comment, and only admins manage users', () => {
    expect(ROLES.every((role) => can(role, 'proposal:create') && can(role, 'comment:create'))).toBe(true);
    expect(ROLES.filter((role) => can(role, 'user:manage'))).toEqual(['ADMIN']);
  });
});
