import { randomBytes } from 'node:crypto';
import { inSystemTransaction } from '../../src/database/system-transaction.js';
import type { Role } from '../../src/users/role.js';
import { UsersService } from '../../src/users/users.service.js';
import type { GraphQLTestClient } from './graphql-client.js';
import type { TestApp } from './test-app.js';

export const uniqueEmail = (prefix = 'person') => `${prefix}-${randomBytes(5).toString('hex')}@example.org`;

/** Creates an account with any role (as the CLI would) and returns a client signed in as it. */
export async function signedInAs(
  app: TestApp,
  role: Role,
  email = uniqueEmail(role.toLowerCase()),
): Promise<{ client: GraphQLTestClient; email: string }> {
  const password = 'factory password 1';
  await inSystemTransaction(app.running.dataSource, (ctx) => app.running.app.get(UsersService).create(ctx, { email, password, role }));
  const client = app.client();
  await client.data(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, { input: { email, password } });
  return { client, email };
}
