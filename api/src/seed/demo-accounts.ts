import type { Role } from '../users/role.js';

/** Demo accounts, created only in demo mode (embedded by default) and printed at start. */
export const DEMO_PASSWORD = 'open-metrics-demo';

export const DEMO_ACCOUNTS: { email: string; displayName: string; role: Role }[] = [
  { email: 'admin@demo.ocmf.org', displayName: 'Ada Admin', role: 'ADMIN' },
  { email: 'editor@demo.ocmf.org', displayName: 'Eddie Editor', role: 'EDITOR' },
  { email: 'setter@demo.ocmf.org', displayName: 'Sam Setter', role: 'STANDARD_SETTER' },
  { email: 'setter2@demo.ocmf.org', displayName: 'Sasha Setter', role: 'STANDARD_SETTER' },
  { email: 'member@demo.ocmf.org', displayName: 'Mia Member', role: 'MEMBER' },
];
