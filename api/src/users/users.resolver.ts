import { Args, Field, ID, InputType, Int, ObjectType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../auth/guards.js';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { Transactional } from '../database/transaction.interceptor.js';
import { PageInfo } from '../proposals/proposal.types.js';
import { Role } from './role.js';
import { UserType } from './user.type.js';
import { UsersService } from './users.service.js';
import { listCost } from '../common/query-limits.js';

@InputType()
export class SetUserRoleInput {
  @Field(() => ID, { nullable: true, description: 'The account (the admin screen); or give its email.' })
  userId?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => Role)
  role: Role;

  @Field({ description: 'Why: recorded in the audit log and told to the person.' })
  reason: string;
}

@ObjectType('UserConnection')
export class UserConnection {
  @Field(() => [UserType], { complexity: listCost(1) })
  nodes: UserType[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType('AccountEvent', { description: 'An audited change to an account: its role, its deactivation.' })
export class AccountEventType {
  @Field()
  action: string;

  @Field(() => String, { nullable: true })
  fromState: string | null;

  @Field(() => String, { nullable: true })
  toState: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Who did it.' })
  actorName: string | null;

  @Field()
  at: Date;
}

@Resolver(() => UserType)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => UserConnection, {
    description: 'Accounts, oldest first, by name, handle or email (`search`) and role (admins only).',
    complexity: listCost(50, 'first'),
  })
  @RequirePermission('user:manage')
  async users(
    @Ctx() ctx: RequestContext,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('role', { type: () => Role, nullable: true }) role?: Role | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<UserConnection> {
    const page = await this.service.page(ctx, { search, role, first, after });
    return {
      nodes: page.users.map((user) => this.service.toType(user, ctx.user)),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.users.at(-1)?.id ?? null },
      totalCount: page.totalCount,
    };
  }

  @Query(() => [UserType], {
    description: 'Who holds a role now, e.g. the standard-setters and editors (public).',
    complexity: listCost(100),
  })
  async roleHolders(@Ctx() ctx: RequestContext, @Args('role', { type: () => Role }) role: Role): Promise<UserType[]> {
    return (await this.service.holders(ctx, role)).map((user) => this.service.toType(user, ctx.user));
  }

  @Query(() => [AccountEventType], { description: "An account's audited changes, newest first (admins only).", complexity: listCost(50) })
  @RequirePermission('user:manage')
  accountHistory(@Ctx() ctx: RequestContext, @Args('userId', { type: () => ID }) userId: string): Promise<AccountEventType[]> {
    return this.service.history(ctx, userId);
  }

  @Mutation(() => UserType, { description: 'Gives an account a role (admins only), with a reason. Audited; the person is notified.' })
  @RequirePermission('user:manage')
  @Transactional()
  async setUserRole(@Ctx() ctx: RequestContext, @Args('input') input: SetUserRoleInput): Promise<UserType> {
    const user = await this.service.setRole(ctx, input, { reasonRequired: true });
    return this.service.toType(user, ctx.user);
  }

  @Mutation(() => UserType, { description: 'Deactivates an account (admins only): signed out everywhere, tokens revoked. Audited.' })
  @RequirePermission('user:manage')
  @Transactional()
  async deactivateUser(
    @Ctx() ctx: RequestContext,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('reason') reason: string,
  ): Promise<UserType> {
    return this.service.toType(await this.service.deactivate(ctx, { userId, reason }), ctx.user);
  }
}
