import { registerEnumType } from '@nestjs/graphql';

export const ROLES = ['MEMBER', 'STANDARD_SETTER', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const Role = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do. Roles are not a ladder: only standard-setters vote.',
  valuesMap: {
    MEMBER: { description: 'A practitioner: proposes changes, comments, shares case studies.' },
    STANDARD_SETTER: { description: 'A member who also votes on proposals.' },
    EDITOR: { description: 'Moves proposals through their lifecycle, runs votes, publishes releases, moderates.' },
    ADMIN: { description: 'Grants roles and configures governance; also has every editor permission.' },
  },
});

/** What each role may do. Checked by the permission guard on resolvers and again in services where state matters. */
export const PERMISSIONS = {
  'proposal:create': ['MEMBER', 'STANDARD_SETTER', 'EDITOR', 'ADMIN'],
  'comment:create': ['MEMBER', 'STANDARD_SETTER', 'EDITOR', 'ADMIN'],
  'vote:cast': ['STANDARD_SETTER'],
  'proposal:manage': ['EDITOR', 'ADMIN'],
  'comment:moderate': ['EDITOR', 'ADMIN'],
  'release:publish': ['EDITOR', 'ADMIN'],
  'user:manage': ['ADMIN'],
  'governance:configure': ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
