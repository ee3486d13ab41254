import { registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role as RoleName } from '@ocmf/standard';

/** The roles and what each may do live in packages/standard (permissions.ts); this registers them with GraphQL. */
export { can, PERMISSIONS, type Permission, ROLES, rolesWith } from '@ocmf/standard';
export type Role = RoleName;

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
