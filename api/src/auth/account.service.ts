import { Injectable } from '@nestjs/common';
import { In, IsNull, MoreThan } from 'typeorm';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service.js';
import { CommonErrors } from '../common/domain-error.js';
import { isUniqueViolation } from '../common/postgres-errors.js';
import { actingAs, type RequestContext, requireUser } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { MailQueue } from '../email/mail-queue.js';
import { hashPassword, verifyPassword } from '../users/password.js';
import { UserEntity } from '../users/user.entity.js';
import { emailSchema, passwordSchema } from '../users/user.schema.js';
import { UserErrors } from '../users/users.errors.js';
import { AccountTokenEntity, type AccountTokenPurpose } from './account-token.entity.js';
import { AuthErrors } from './auth.errors.js';
import { AuthService } from './auth.service.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { hashToken, newSessionToken } from './session-token.js';

/** How long each kind of link works. A reset link is short-lived: it grants the account. */
const LINK_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  RESET_PASSWORD: 60 * 60_000,
  VERIFY_EMAIL: 48 * 3_600_000,
  CHANGE_EMAIL: 24 * 3_600_000,
};

/** Account emails a person (or someone typing their address) may cause per hour; more are not sent. */
const EMAILS_PER_HOUR = 5;
/** Password-reset requests one client address may make per hour, whatever the emails. */
const RESETS_PER_ADDRESS_PER_HOUR = 20;

const tokenSchema = z.string().trim().min(20, 'is not a link this server sent').max(200, 'is not a link this server sent');

/**
 * The account's email flows: verifying the address, resetting a forgotten password, changing the address (the new one
 * verified first) and the password (other sessions end). Each link is a single-use, expiring token, stored hashed;
 * its email is queued in the same transaction as the token, and carries no unsubscribe link (it is not a
 * notification).
 */
@Injectable()
export class AccountService {
  constructor(
    private readonly mail: MailQueue,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly rateLimiter: LoginRateLimiter,
  ) {}

  /** After a self-made sign-up: a link that proves the address (nothing when email is off). */
  async sendVerification(ctx: RequestContext, user: UserEntity): Promise<void> {
    if (!this.mail.enabled || user.emailVerifiedAt) return;
    const token = await this.issue(ctx, user.id, 'VERIFY_EMAIL', user.email);
    await this.send(ctx, user, user.email, `verify:${token.id}`, 'Confirm your email address for OCMF Commons', [
      `Hello ${user.displayName},`,
      'Please confirm that this address is yours, so that OCMF Commons may email you the notifications you choose:',
      this.mail.link(`/verify-email?token=${encodeURIComponent(token.secret)}`),
      'The link works once, for 48 hours. If you did not create an account, ignore this email: nothing will be sent to you again.',
    ]);
  }

  /** The signed-in person asks for the verification link again. */
  async resendVerification(ctx: RequestContext): Promise<void> {
    const user = await this.me(ctx);
    if (!this.mail.enabled) throw AuthErrors.emailOff('verify your address');
    if (user.emailVerifiedAt) throw AuthErrors.alreadyVerified();
    await this.limitEmails(ctx, user.id);
    await this.sendVerification(ctx, user);
  }

  /**
   * Sends a reset link to the account with this address, if there is one and it is active. The answer is the same
   * either way (and when email is off, or after too many requests), so it tells nobody whether an account exists.
   */
  async requestPasswordReset(ctx: RequestContext, email: unknown): Promise<void> {
    const address = parseInput(emailSchema, email, 'email');
    if (!this.mail.enabled) return;
    if ((await this.rateLimiter.increment(ctx, `reset:address:${ctx.ip}`, 3600)) > RESETS_PER_ADDRESS_PER_HOUR) return;
    const user = await ctx.manager.findOneBy(UserEntity, { email: address, deactivatedAt: IsNull() });
    if (!user) return;
    if ((await this.rateLimiter.increment(ctx, `account-email:${user.id}`, 3600)) > EMAILS_PER_HOUR) return;
    const token = await this.issue(ctx, user.id, 'RESET_PASSWORD', user.email);
    await this.send(ctx, user, user.email, `reset:${token.id}`, 'Reset your OCMF Commons password', [
      `Hello ${user.displayName},`,
      'Someone (we hope you) asked to reset the password of your OCMF Commons account. Choose a new one here:',
      this.mail.link(`/reset-password?token=${encodeURIComponent(token.secret)}`),
      'The link works once, for one hour. If you did not ask, ignore this email: your password stays as it is.',
    ]);
  }

  /**
   * Sets a new password with a reset link: the link is used up, every session of the account ends (whoever was
   * signed in), the address counts as verified (the link reached it), and this browser is signed in.
   */
  async resetPassword(ctx: RequestContext, input: { token: string; password: string }): Promise<UserEntity> {
    const data = parseInput(z.object({ token: tokenSchema, password: passwordSchema }), input);
    const token = await this.redeem(ctx, data.token, ['RESET_PASSWORD'], 'input.token', 'password reset');
    const user = await ctx.manager.findOneByOrFail(UserEntity, { id: token.userId });
    if (user.deactivatedAt || token.email !== user.email) throw AuthErrors.linkInvalid('input.token', 'password reset');
    user.passwordHash = await hashPassword(data.password);
    user.emailVerifiedAt ??= new Date();
    await ctx.manager.update(UserEntity, { id: user.id }, { passwordHash: user.passwordHash, emailVerifiedAt: user.emailVerifiedAt });
    await this.auth.endSessions(ctx, user.id);
    await this.retire(ctx, user.id, 'RESET_PASSWORD');
    await this.audit.record(actingAs(ctx, user), { action: 'user.password_reset', subjectType: 'user', subjectId: user.id });
    await this.auth.startSession(ctx, user.id);
    return user;
  }

  /**
   * Confirms an address with its link, signed in or not: the account's own address (after sign-up), or the new one
   * of an address change, which then becomes the account's (if no other account took it meanwhile).
   */
  async verifyEmail(ctx: RequestContext, secret: unknown): Promise<{ email: string; changed: boolean }> {
    const value = parseInput(tokenSchema, secret, 'token');
    const token = await this.redeem(ctx, value, ['VERIFY_EMAIL', 'CHANGE_EMAIL'], 'token', 'email');
    const user = await ctx.manager.findOneByOrFail(UserEntity, { id: token.userId });
    if (user.deactivatedAt) throw AuthErrors.linkInvalid('token', 'email');
    const now = new Date();
    if (token.purpose === 'VERIFY_EMAIL') {
      // A link to an address the account no longer has proves nothing about the one it has now.
      if (token.email !== user.email) throw AuthErrors.linkInvalid('token', 'email');
      await ctx.manager.update(UserEntity, { id: user.id }, { emailVerifiedAt: user.emailVerifiedAt ?? now });
      return { email: user.email, changed: false };
    }
    try {
      await ctx.manager.update(UserEntity, { id: user.id }, { email: token.email, emailVerifiedAt: now });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) throw UserErrors.emailInUse('token');
      throw error;
    }
    // Links sent to the old address (a reset, a verification) must not act on the account any more.
    await ctx.manager.query('UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [user.id]);
    await this.audit.record(actingAs(ctx, user), { action: 'user.email_changed', subjectType: 'user', subjectId: user.id });
    await this.send(ctx, user, user.email, `email-changed:${token.id}`, 'Your OCMF Commons email address was changed', [
      `Hello ${user.displayName},`,
      `The email address of your OCMF Commons account is now ${token.email}; this address will receive nothing more.`,
      `If you did not make this change, reset your password: ${this.mail.link('/forgot-password')}`,
    ]);
    return { email: token.email, changed: true };
  }

  /**
   * Asks to move the account to a new address, with the current password: the new address gets a link, and becomes
   * the account's once it is followed; until then nothing changes. The current address is told.
   */
  async changeEmail(ctx: RequestContext, input: { newEmail: string; password: string }): Promise<string> {
    const user = await this.me(ctx);
    const data = parseInput(z.object({ newEmail: emailSchema, password: z.string().min(1, 'must not be empty').max(256) }), input);
    if (!this.mail.enabled) throw AuthErrors.emailOff('verify a new address');
    if (!(await verifyPassword(user.passwordHash, data.password))) throw AuthErrors.wrongPassword('input.password');
    if (data.newEmail === user.email) throw CommonErrors.badInput([{ path: 'input.newEmail', message: 'is your address already' }]);
    if (await ctx.manager.existsBy(UserEntity, { email: data.newEmail })) throw UserErrors.emailInUse('input.newEmail');
    await this.limitEmails(ctx, user.id);
    const token = await this.issue(ctx, user.id, 'CHANGE_EMAIL', data.newEmail);
    await this.send(ctx, user, data.newEmail, `change:${token.id}`, 'Confirm your new email address for OCMF Commons', [
      `Hello ${user.displayName},`,
      'You asked to use this address for your OCMF Commons account. Confirm it here:',
      this.mail.link(`/verify-email?token=${encodeURIComponent(token.secret)}`),
      'The link works once, for 24 hours. Until you follow it, your account keeps its current address.',
    ]);
    await this.send(ctx, user, user.email, `change-notice:${token.id}`, 'Your OCMF Commons email address is being changed', [
      `Hello ${user.displayName},`,
      `Someone signed in to your account asked to use ${data.newEmail} instead of this address. It changes only once a link sent there is followed.`,
      `If this was not you, change your password now: ${this.mail.link('/settings')}`,
    ]);
    return data.newEmail;
  }

  /** Changes the password, with the current one; every other session of the account ends. Returns how many. */
  async changePassword(ctx: RequestContext, input: { currentPassword: string; newPassword: string }): Promise<number> {
    const user = await this.me(ctx);
    const data = parseInput(
      z.object({ currentPassword: z.string().min(1, 'must not be empty').max(256), newPassword: passwordSchema }),
      input,
    );
    if (!(await verifyPassword(user.passwordHash, data.currentPassword))) throw AuthErrors.wrongPassword('input.currentPassword');
    if (data.newPassword === data.currentPassword) {
      throw CommonErrors.badInput([{ path: 'input.newPassword', message: 'must differ from your current password' }]);
    }
    await ctx.manager.update(UserEntity, { id: user.id }, { passwordHash: await hashPassword(data.newPassword) });
    const ended = await this.auth.endSessions(ctx, user.id, { keepThisOne: true });
    await this.retire(ctx, user.id, 'RESET_PASSWORD');
    await this.audit.record(ctx, { action: 'user.password_changed', subjectType: 'user', subjectId: user.id });
    if (this.mail.enabled) {
      await this.send(ctx, user, user.email, `password-changed:${user.id}:${Date.now()}`, 'Your OCMF Commons password was changed', [
        `Hello ${user.displayName},`,
        'The password of your OCMF Commons account was just changed, and every other browser signed in to it was signed out.',
        `If you did not make this change, reset your password: ${this.mail.link('/forgot-password')}`,
      ]);
    }
    return ended;
  }

  private async me(ctx: RequestContext): Promise<UserEntity> {
    const viewer = requireUser(ctx);
    return ctx.manager.findOneByOrFail(UserEntity, { id: viewer.id });
  }

  private async limitEmails(ctx: RequestContext, userId: string): Promise<void> {
    if ((await this.rateLimiter.increment(ctx, `account-email:${userId}`, 3600)) > EMAILS_PER_HOUR) throw AuthErrors.tooManyEmails();
  }

  /** A new link for `purpose`; earlier unused links of the same purpose stop working. */
  private async issue(ctx: RequestContext, userId: string, purpose: AccountTokenPurpose, email: string) {
    await this.retire(ctx, userId, purpose);
    const secret = newSessionToken();
    const row = await ctx.manager.save(
      ctx.manager.create(AccountTokenEntity, {
        userId,
        purpose,
        email,
        tokenHash: hashToken(secret),
        expiresAt: new Date(Date.now() + LINK_LIFETIME_MS[purpose]),
      }),
    );
    return { id: row.id, secret };
  }

  private async retire(ctx: RequestContext, userId: string, purpose: AccountTokenPurpose): Promise<void> {
    await ctx.manager.update(AccountTokenEntity, { userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
  }

  /** Uses up a link of one of these purposes, once: concurrent uses wait on the row lock and only one finds it unused. */
  private async redeem(ctx: RequestContext, secret: string, purposes: AccountTokenPurpose[], path: string, what: string) {
    const token = await ctx.manager.findOne(AccountTokenEntity, {
      where: { tokenHash: hashToken(secret), purpose: In(purposes), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!token) throw AuthErrors.linkInvalid(path, what);
    await ctx.manager.update(AccountTokenEntity, { id: token.id }, { usedAt: new Date() });
    return token;
  }

  private async send(ctx: RequestContext, user: UserEntity, to: string, dedupeKey: string, subject: string, paragraphs: string[]) {
    await this.mail.queue(ctx, {
      recipientId: user.id,
      to,
      subject,
      text: `${paragraphs.join('\n\n')}\n`,
      unsubscribeScope: null,
      dedupeKey: `account:${dedupeKey}`,
    });
  }
}
