import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { GraphQLResolveInfo } from 'graphql';
import { CommonErrors } from '../common/domain-error.js';
import { type AuthUser, httpRequestOf } from '../common/request-context.js';
import { TokenErrors } from '../tokens/tokens.errors.js';
import { can, PERMISSIONS, type Permission } from '../users/role.js';

/**
 * Global: identifies the user from the session cookie on every request. It never refuses one;
 * anonymous requests carry `user = null`, and PermissionGuard decides what they may do.
 */
@Injectable()
export class SessionAuthGuard extends AuthGuard('session') {
  override getRequest(context: ExecutionContext) {
    return httpRequestOf(context).req;
  }

  getResponse(context: ExecutionContext) {
    return httpRequestOf(context).res;
  }

  override handleRequest<TUser = AuthUser>(err: unknown, user: TUser | false): TUser | null {
    if (err) throw err;
    return user || null;
  }
}

/** For signIn: hands the mutation's `input` to passport-local as if it were a form body. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext) {
    const req = httpRequestOf(context).req;
    const args = GqlExecutionContext.create(context).getArgs<{ input?: { email?: string; password?: string } }>();
    req.body = { ...(typeof req.body === 'object' ? req.body : {}), email: args.input?.email ?? '', password: args.input?.password ?? '' };
    return req;
  }

  getResponse(context: ExecutionContext) {
    return httpRequestOf(context).res;
  }

  override handleRequest<TUser>(err: unknown, user: TUser | false): TUser {
    if (err) throw err;
    // passport-local fails without calling us when a field is empty.
    if (!user) {
      throw CommonErrors.badInput([{ path: 'input.email', message: 'and password are both required' }]);
    }
    return user;
  }
}

const PERMISSION_KEY = 'ocmf:permission';
const SIGNED_IN_KEY = 'ocmf:signed-in';
const SESSION_ONLY_KEY = 'ocmf:session-only';
const ORGANIZATION_TOKEN_KEY = 'ocmf:organization-token';

/** The caller's role must grant this permission (see PERMISSIONS in users/role.ts). */
export const RequirePermission = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);

/** The caller must be signed in, whatever their role. */
export const SignedIn = () => SetMetadata(SIGNED_IN_KEY, true);

/** Only a browser session may do this (`what`, e.g. "sign in"), never a request authenticated by an API token. */
export const SessionOnly = (what: string) => SetMetadata(SESSION_ONLY_KEY, what);

/**
 * An organisation's API token may run this mutation (its service checks that the organisation is the one concerned).
 * Other mutations are refused to organisation tokens: they act for an organisation, not a person.
 */
export const OrganizationTokenAllowed = () => SetMetadata(ORGANIZATION_TOKEN_KEY, true);

@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const token = httpRequestOf(context).req.user?.apiToken;
    if (token) {
      // A token acts as its owner within its scope; it never becomes a browser session.
      const sessionOnly = this.reflector.getAllAndOverride<string | undefined>(SESSION_ONLY_KEY, targets);
      if (sessionOnly) throw TokenErrors.sessionOnly(sessionOnly);
      if (token.scope === 'READ' && isMutation(context)) throw TokenErrors.readOnly();
      if (token.organizationId && isMutation(context) && !this.reflector.getAllAndOverride<boolean>(ORGANIZATION_TOKEN_KEY, targets)) {
        throw TokenErrors.organizationToken();
      }
    }
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    const signedIn = this.reflector.getAllAndOverride<boolean | undefined>(SIGNED_IN_KEY, targets);
    if (!permission && !signedIn) return true;
    const user = httpRequestOf(context).req.user;
    if (!user) throw CommonErrors.unauthenticated();
    if (permission && !can(user.role, permission)) {
      throw CommonErrors.forbidden(`${describe(permission)} (needs ${PERMISSIONS[permission].join(' or ')}; you are ${user.role})`);
    }
    return true;
  }
}

function isMutation(context: ExecutionContext): boolean {
  return (
    context.getType<string>() === 'graphql' &&
    GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>().operation.operation === 'mutation'
  );
}

function describe(permission: Permission): string {
  const [subject, verb] = permission.split(':') as [string, string];
  return `${verb} ${subject === 'user' ? 'users' : `${subject}s`}`;
}
