import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@ocmf/standard';
import type { Response } from 'express';
import { z } from 'zod';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../users/password.js';
import type { UserEntity } from '../users/user.entity.js';
import { emailSchema } from '../users/user.schema.js';
import { UsersService } from '../users/users.service.js';
import { AuthErrors } from './auth.errors.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { SessionEntity } from './session.entity.js';
import { hashToken, newSessionToken, SESSION_COOKIE } from './session-token.js';

const credentialsSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'must not be empty').max(256, 'must be at most 256 characters'),
});

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly rateLimiter: LoginRateLimiter,
  ) {}

  /** Creates a MEMBER account and signs it in; SIGNUP_RATE_LIMIT accounts per client address per hour. */
  async signUp(ctx: RequestContext, input: { email: string; password: string; displayName?: string | null }): Promise<UserEntity> {
    if (this.config.signupRateLimit > 0) {
      // Counted in the sign-up's own transaction: a sign-up that fails (the email is taken) does not count.
      const count = await this.rateLimiter.increment(ctx, `signup:address:${ctx.ip}`, 3600);
      if (count > this.config.signupRateLimit) throw AuthErrors.signUpRateLimited();
    }
    const user = await this.users.create(
      ctx,
      { ...input, displayName: input.displayName ?? undefined, role: 'MEMBER' },
      { verified: false },
    );
    await this.startSession(ctx, user.id);
    return user;
  }

  /** Checks an email and password (the passport-local strategy calls this), rate-limited per email and address. */
  async verifyCredentials(ctx: RequestContext, input: { email: string; password: string }): Promise<UserEntity> {
    const { email, password } = parseInput(credentialsSchema, input);
    const wait = await this.rateLimiter.retryAfter(ctx, email, ctx.ip);
    if (wait > 0) throw AuthErrors.rateLimited(wait);
    const user = await this.users.findByEmail(ctx, email);
    const ok = await verifyPassword(user?.passwordHash ?? DUMMY_PASSWORD_HASH, password);
    // A deactivated account is refused like a wrong password: nothing tells whether it exists.
    if (!user || !ok || user.deactivatedAt) {
      await this.rateLimiter.recordFailure(ctx, email, ctx.ip);
      throw AuthErrors.invalidCredentials();
    }
    await this.rateLimiter.recordSuccess(ctx, email, ctx.ip);
    return user;
  }

  /** Starts a session for a user whose credentials were verified, setting the httpOnly cookie. */
  async startSession(ctx: RequestContext, userId: string): Promise<void> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlDays * 86_400_000);
    await ctx.manager.insert(SessionEntity, {
      tokenHash: hashToken(token),
      userId,
      expiresAt,
      userAgent: ctx.userAgent?.slice(0, 400) ?? null,
    });
    if (ctx.res) this.setCookie(ctx.res, token, expiresAt);
  }

  /**
   * Ends every session of an account, or every one but this browser's (`keepThisOne`): after a password is reset or
   * changed. Returns how many ended.
   */
  async endSessions(ctx: RequestContext, userId: string, options: { keepThisOne?: boolean } = {}): Promise<number> {
    const query = ctx.manager.createQueryBuilder().delete().from(SessionEntity).where('user_id = :userId', { userId });
    const token = ctx.req?.cookies?.[SESSION_COOKIE] as string | undefined;
    if (options.keepThisOne && token) query.andWhere('token_hash <> :hash', { hash: hashToken(token) });
    return (await query.execute()).affected ?? 0;
  }

  async signOut(ctx: RequestContext): Promise<void> {
    const token = ctx.req?.cookies?.[SESSION_COOKIE] as string | undefined;
    if (token) await ctx.manager.delete(SessionEntity, { tokenHash: hashToken(token) });
    ctx.res?.clearCookie(SESSION_COOKIE, this.cookieOptions());
  }

  /** The user behind a session cookie's token, if the session exists and has not expired. */
  async userForSessionToken(ctx: RequestContext, token: string): Promise<AuthUser | null> {
    // One statement, and only the columns a request's user carries (not the password hash): this runs for every
    // signed-in request.
    const [row] = (await ctx.manager.query(
      `SELECT u.id, u.email, u.display_name, u.role, u.created_at, u.email_verified_at
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND u.deactivated_at IS NULL`,
      [hashToken(token)],
    )) as { id: string; email: string; display_name: string; role: Role; created_at: Date; email_verified_at: Date | null }[];
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      createdAt: row.created_at,
      emailVerifiedAt: row.email_verified_at,
    };
  }

  private setCookie(res: Response, token: string, expires: Date): void {
    res.cookie(SESSION_COOKIE, token, { ...this.cookieOptions(), expires });
  }

  private cookieOptions() {
    return {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: this.config.publicUrl.startsWith('https://'),
      path: '/',
    };
  }
}
