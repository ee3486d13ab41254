import { UseGuards } from '@nestjs/common';
import { Args, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { Transactional } from '../database/transaction.interceptor.js';
import type { UserEntity } from '../users/user.entity.js';
import { UserType } from '../users/user.type.js';
import { UsersService } from '../users/users.service.js';
import { AccountService } from './account.service.js';
import { AuthService } from './auth.service.js';
import { SignInInput, SignUpInput } from './dto/auth.input.js';
import { LocalAuthGuard, SessionOnly } from './guards.js';

@ObjectType()
export class AuthPayload {
  @Field(() => UserType)
  user: UserType;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly account: AccountService,
  ) {}

  @Query(() => UserType, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() ctx: RequestContext): UserType | null {
    return ctx.user ? this.users.toType(ctx.user, ctx.user) : null;
  }

  @Mutation(() => AuthPayload, {
    description:
      'Creates a MEMBER account and signs it in (sets the session cookie); when email is on, the address gets a link to verify it.',
  })
  @SessionOnly('sign up')
  @Transactional()
  async signUp(@Ctx() ctx: RequestContext, @Args('input') input: SignUpInput): Promise<AuthPayload> {
    const user = await this.auth.signUp(ctx, input);
    await this.account.sendVerification(ctx, user);
    return { user: this.users.toType(user, user) };
  }

  @Mutation(() => AuthPayload, { description: 'Signs in with email and password; sets an httpOnly session cookie.' })
  @SessionOnly('sign in')
  @UseGuards(LocalAuthGuard)
  @Transactional()
  async signIn(@Ctx() ctx: RequestContext, @Args('input') _input: SignInInput): Promise<AuthPayload> {
    const user = ctx.req?.user as UserEntity;
    await this.auth.startSession(ctx, user.id);
    return { user: this.users.toType(user, user) };
  }

  @Mutation(() => Boolean, { description: 'Ends this session and clears the cookie. Safe to call when signed out.' })
  @SessionOnly('sign out')
  @Transactional()
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    await this.auth.signOut(ctx);
    return true;
  }
}
