import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { EntityManager } from 'typeorm';
import type { Role } from '@ocmf/standard';
import { CommonErrors } from './domain-error.js';
import { Loaders } from './loaders.js';

/** Who is asking: the signed-in user as the session (or token) identifies them. */
export type AuthUser = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  createdAt: Date;
  /** When the address was verified (read with the session; absent for API tokens). */
  emailVerifiedAt?: Date | null;
  /**
   * Set when an API token (not a browser session) identified the caller: the token and what it may do. An
   * organisation's token carries `organizationId`: the caller is then the organisation itself (`id` is its id),
   * acting as an owner of that organisation only.
   */
  apiToken?: { id: string; scope: 'READ' | 'READ_WRITE'; organizationId?: string };
};

/**
 * Where an API token's owner is kept on a request (or a subscription's stand-in request) once the token has been
 * checked: the session strategy then takes them as the user instead of looking at the cookie.
 */
export const API_TOKEN_USER = Symbol('api-token-user');

export function apiTokenUserOf(req: unknown): AuthUser | undefined {
  return (req as Record<symbol, AuthUser | undefined>)[API_TOKEN_USER];
}

/**
 * What every service method receives first: who is asking, and the EntityManager to use. For a mutation
 * that EntityManager belongs to the mutation's single transaction (see TransactionInterceptor).
 */
export type RequestContext = {
  user: AuthUser | null;
  ip: string;
  userAgent: string | null;
  manager: EntityManager;
  /** Per-request DataLoaders: every field resolver that reads the database goes through one. */
  loaders: Loaders;
  /** Runs `effect` once the transaction has committed (never, if it rolls back): live events, notifications. */
  afterCommit(effect: () => void): void;
  req?: Request;
  res?: Response;
};

/** The open transaction of a mutation: its EntityManager and what to do once it commits. */
export type TransactionState = { manager: EntityManager; afterCommit: (() => void)[] };

/** The per-request GraphQL context object; the transaction interceptor stores the transaction here. */
export type GqlContext = { req: Request & { user?: AuthUser | null }; res: Response; transaction?: TransactionState };

export const MANAGER_KEY = Symbol('manager');
export const TRANSACTION_KEY = Symbol('transaction');
const LOADERS_KEY = Symbol('loaders');
const CONTEXTS_KEY = Symbol('contexts');

/** A request's context for one EntityManager, kept while the user, response and transaction it was made for hold. */
type KeptContext = { user: AuthUser | null; res: Response | undefined; transaction: TransactionState | undefined; ctx: RequestContext };

export function httpRequestOf(context: ExecutionContext): { req: GqlContext['req']; res: Response; gql: GqlContext | null } {
  if (context.getType<string>() === 'graphql') {
    const gql = GqlExecutionContext.create(context).getContext<GqlContext>();
    return { req: gql.req, res: gql.res, gql };
  }
  const http = context.switchToHttp();
  return { req: http.getRequest(), res: http.getResponse(), gql: null };
}

/** Injects the RequestContext. Needs the DataSource's manager as fallback, set on the request by DatabaseModule. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const { req, res, gql } = httpRequestOf(context);
  const transaction = gql ? gql.transaction : (req as unknown as Record<symbol, TransactionState | undefined>)[TRANSACTION_KEY];
  return requestContext(req, res, transaction);
});

/** The context of an HTTP request or subscription (`req` as Express or the subscription's stand-in has it). */
export function requestContext(req: GqlContext['req'], res?: Response, transaction?: TransactionState): RequestContext {
  const manager = transaction?.manager ?? (req as unknown as Record<symbol, EntityManager>)[MANAGER_KEY];
  if (!manager) throw new Error('No EntityManager on the request; is DatabaseModule imported?');
  // Every field resolver asks for a context: a page of 200 comments would make thousands of the same one.
  const holder = req as unknown as Record<symbol, WeakMap<EntityManager, KeptContext> | undefined>;
  const contexts = (holder[CONTEXTS_KEY] ??= new WeakMap());
  const user = req.user ?? null;
  const kept = contexts.get(manager);
  if (kept && kept.user === user && kept.res === res && kept.transaction === transaction) return kept.ctx;
  const ctx: RequestContext = {
    user,
    // Read when asked: every field resolver gets a context, few of them look at these.
    get ip() {
      return req.ip ?? req.socket?.remoteAddress ?? 'unknown';
    },
    get userAgent() {
      return req.get?.('user-agent') ?? null;
    },
    manager,
    // Loaders read through this context's manager: inside a mutation, the transaction's (a read outside it
    // would not see the mutation's writes, and on the embedded database would wait for it to end).
    get loaders() {
      const holder = req as unknown as Record<symbol, WeakMap<EntityManager, Loaders> | undefined>;
      const byManager = (holder[LOADERS_KEY] ??= new WeakMap());
      let loaders = byManager.get(manager);
      if (!loaders) byManager.set(manager, (loaders = new Loaders(manager, req.user?.id ?? null)));
      return loaders;
    },
    afterCommit: (effect) => (transaction ? transaction.afterCommit.push(effect) : effect()),
    req,
    res,
  };
  contexts.set(manager, { user, res, transaction, ctx });
  return ctx;
}

/**
 * Drops a request's DataLoaders. A subscription keeps one context for all its events, so it calls this
 * before each event: every push is then read fresh, as a new request would be.
 */
export function resetLoaders(context: { req?: unknown }): void {
  if (context.req) delete (context.req as Record<symbol, unknown>)[LOADERS_KEY];
}

/**
 * A context for work no request started: the CLI, the seed, scheduled jobs. Effects deferred with
 * afterCommit are collected in `effects`, for the caller to run once its transaction has committed.
 */
export function systemContext(manager: EntityManager, user: AuthUser | null = null, effects: (() => void)[] = []): RequestContext {
  return {
    user,
    ip: 'system',
    userAgent: null,
    manager,
    loaders: new Loaders(manager, user?.id ?? null),
    afterCommit: (effect) => effects.push(effect),
  };
}

/** The same context acting as another user: a sign-up is done by the account it creates. */
export function actingAs(ctx: RequestContext, user: AuthUser): RequestContext {
  return { ...ctx, user, loaders: new Loaders(ctx.manager, user.id), afterCommit: ctx.afterCommit };
}

/** The signed-in user, for services whose resolver already requires one; a guard against misuse otherwise. */
export function requireUser(ctx: RequestContext): AuthUser {
  if (!ctx.user) throw CommonErrors.unauthenticated();
  return ctx.user;
}
