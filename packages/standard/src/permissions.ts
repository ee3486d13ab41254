/**
 * Who may do what. Roles are not a ladder: only standard-setters vote, and administrators have every editor
 * permission but voting. The API's guard checks these; the web app uses the same table to decide what to show.
 */

export const ROLES = ['MEMBER', 'STANDARD_SETTER', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'proposal:create': ['MEMBER', 'STANDARD_SETTER', 'EDITOR', 'ADMIN'],
  'comment:create': ['MEMBER', 'STANDARD_SETTER', 'EDITOR', 'ADMIN'],
  'caseStudy:create': ['MEMBER', 'STANDARD_SETTER', 'EDITOR', 'ADMIN'],
  /** Link a published case study to a proposal as evidence. */
  'evidence:link': ['MEMBER', 'STANDARD_SETTER', 'EDITOR', 'ADMIN'],
  'vote:cast': ['STANDARD_SETTER'],
  'proposal:manage': ['EDITOR', 'ADMIN'],
  'comment:moderate': ['EDITOR', 'ADMIN'],
  /** Hide and unhide case studies, remove anyone's evidence link. */
  'caseStudy:moderate': ['EDITOR', 'ADMIN'],
  'release:publish': ['EDITOR', 'ADMIN'],
  'user:manage': ['ADMIN'],
  'governance:configure': ['ADMIN'],
  /** Mark an organisation verified, or hide it with a public reason. */
  'organization:moderate': ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const can = (role: Role | null | undefined, permission: Permission): boolean =>
  role != null && (PERMISSIONS[permission] as readonly Role[]).includes(role);

/** The roles holding a permission, for messages such as "needs EDITOR or ADMIN". */
export const rolesWith = (permission: Permission): readonly Role[] => PERMISSIONS[permission];
