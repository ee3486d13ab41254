import { createHash, randomBytes } from 'node:crypto';
import { API_TOKEN_PREFIX, type ApiTokenScope } from '@ocmf/standard';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/request-context.js';
import type { Role } from '../users/role.js';
import type { TokenRefusal } from './tokens.errors.js';

/** 32 random bytes, base64url, behind the recognisable prefix: `ocmf_` and 43 characters. */
export function newApiToken(): string {
  return API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const TOKEN_PATTERN = new RegExp(`^${API_TOKEN_PREFIX}[A-Za-z0-9_-]{43}$`);

/**
 * The token of an `Authorization` header (or of graphql-ws `connectionParams.authorization`): null when the value
 * is not `Bearer <token>`.
 */
export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  return match && TOKEN_PATTERN.test(match[1]!) ? match[1]! : null;
}

export type TokenCheck = { ok: true; user: AuthUser } | { ok: false; reason: TokenRefusal; at: Date | null };

type TokenRow = {
  id: string;
  scope: ApiTokenScope;
  expires_at: Date | null;
  revoked_at: Date | null;
  stale: boolean;
  user_id: string | null;
  email: string | null;
  display_name: string | null;
  role: Role | null;
  user_created_at: Date | null;
  organization_id: string | null;
  organization_name: string | null;
  organization_created_at: Date | null;
};

/**
 * Checks a bearer token: one statement for the token and its owner, and a write of `last_used_at` at most once a
 * minute. Runs outside any transaction (before the request's own starts), on the manager given.
 */
export async function authenticateApiToken(manager: EntityManager, header: unknown): Promise<TokenCheck> {
  const token = bearerToken(header);
  if (token === null) return { ok: false, reason: 'MALFORMED', at: null };
  const [row] = (await manager.query(
    `SELECT t.id, t.scope, t.expires_at, t.revoked_at,
            (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute') AS stale,
            u.id AS user_id, u.email, u.display_name, u.role, u.created_at AS user_created_at,
            o.id AS organization_id, o.name AS organization_name, o.created_at AS organization_created_at
       FROM api_tokens t
       LEFT JOIN users u ON u.id = t.owner_user_id
       LEFT JOIN organizations o ON o.id = t.owner_organization_id
      WHERE t.token_hash = $1 AND (u.id IS NOT NULL OR o.id IS NOT NULL)`,
    [hashApiToken(token)],
  )) as TokenRow[];
  if (!row) return { ok: false, reason: 'UNKNOWN', at: null };
  if (row.revoked_at) return { ok: false, reason: 'REVOKED', at: row.revoked_at };
  if (row.expires_at && row.expires_at.getTime() <= Date.now()) return { ok: false, reason: 'EXPIRED', at: row.expires_at };
  if (row.stale) await manager.query('UPDATE api_tokens SET last_used_at = now() WHERE id = $1', [row.id]);
  if (row.organization_id) {
    // An organisation's token: the caller is the organisation, an owner of it and of nothing else.
    return {
      ok: true,
      user: {
        id: row.organization_id,
        email: '',
        displayName: row.organization_name!,
        role: 'MEMBER',
        createdAt: row.organization_created_at!,
        apiToken: { id: row.id, scope: row.scope, organizationId: row.organization_id },
      },
    };
  }
  return {
    ok: true,
    user: {
      id: row.user_id!,
      email: row.email!,
      displayName: row.display_name!,
      role: row.role!,
      createdAt: row.user_created_at!,
      apiToken: { id: row.id, scope: row.scope },
    },
  };
}
