import { Args, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { Transactional } from '../database/transaction.interceptor.js';
import { MailQueue } from '../email/mail-queue.js';
import { UsersService } from '../users/users.service.js';
import { AccountService } from './account.service.js';
import { AuthPayload } from './auth.resolver.js';
import { SessionOnly, SignedIn } from './guards.js';

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token of the link the reset email carried (`/reset-password?token=…`).' })
  token: string;

  @Field({ description: 'The new password: at least 10 characters.' })
  password: string;
}

@InputType()
export class ChangeEmailInput {
  @Field({ description: 'The address to use instead; it receives a link, and becomes the account’s once that is followed.' })
  newEmail: string;

  @Field({ description: 'The current password, to prove it is the account’s owner asking.' })
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  currentPassword: string;

  @Field({ description: 'At least 10 characters.' })
  newPassword: string;
}

@ObjectType('EmailVerification', { description: 'An address proved by its link.' })
export class EmailVerificationType {
  @Field()
  email: string;

  @Field({ description: 'True when the link confirmed a new address, which is now the account’s.' })
  changed: boolean;
}

@Resolver()
export class AccountResolver {
  constructor(
    private readonly account: AccountService,
    private readonly users: UsersService,
    private readonly mail: MailQueue,
  ) {}

  @Query(() => Boolean, { description: 'Whether this server sends email (SMTP_URL is set): password reset and verification need it.' })
  emailEnabled(): boolean {
    return this.mail.enabled;
  }

  @Mutation(() => Boolean, {
    description:
      'Emails a single-use password-reset link, valid for an hour, to the account with this address. Always answers true, whether or not such an account exists.',
  })
  @SessionOnly('ask for a password reset')
  @Transactional()
  async requestPasswordReset(@Ctx() ctx: RequestContext, @Args('email') email: string): Promise<boolean> {
    await this.account.requestPasswordReset(ctx, email);
    return true;
  }

  @Mutation(() => AuthPayload, {
    description: 'Sets a new password with a reset link (once), signs out every session of the account and signs this browser in.',
  })
  @SessionOnly('reset a password')
  @Transactional()
  async resetPassword(@Ctx() ctx: RequestContext, @Args('input') input: ResetPasswordInput): Promise<AuthPayload> {
    const user = await this.account.resetPassword(ctx, input);
    return { user: this.users.toType(user, user) };
  }

  @Mutation(() => EmailVerificationType, { description: 'Confirms an address with the link emailed to it; no session needed.' })
  @SessionOnly('verify an email address')
  @Transactional()
  verifyEmail(@Ctx() ctx: RequestContext, @Args('token') token: string): Promise<EmailVerificationType> {
    return this.account.verifyEmail(ctx, token);
  }

  @Mutation(() => Boolean, { description: 'Sends the verification link of the signed-in account again (the earlier one stops working).' })
  @SignedIn()
  @SessionOnly('ask for a verification link')
  @Transactional()
  async resendVerificationEmail(@Ctx() ctx: RequestContext): Promise<boolean> {
    await this.account.resendVerification(ctx);
    return true;
  }

  @Mutation(() => String, {
    description: 'Asks to move the account to a new address (with the current password); answers the new address, which gets a link.',
  })
  @SignedIn()
  @SessionOnly('change your email address')
  @Transactional()
  changeEmail(@Ctx() ctx: RequestContext, @Args('input') input: ChangeEmailInput): Promise<string> {
    return this.account.changeEmail(ctx, input);
  }

  @Mutation(() => Int, { description: 'Changes the password (with the current one); every other session ends. Answers how many did.' })
  @SignedIn()
  @SessionOnly('change your password')
  @Transactional()
  changePassword(@Ctx() ctx: RequestContext, @Args('input') input: ChangePasswordInput): Promise<number> {
    return this.account.changePassword(ctx, input);
  }
}
