import { Args, Field, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../auth/guards.js';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { Transactional } from '../database/transaction.interceptor.js';
import { Role } from './role.js';
import { UserType } from './user.type.js';
import { UsersService } from './users.service.js';
import { listCost } from '../common/query-limits.js';

@InputType()
export class SetUserRoleInput {
  @Field()
  email: string;

  @Field(() => Role)
  role: Role;
}

@Resolver(() => UserType)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => [UserType], { description: 'Accounts, oldest first (admins only).', complexity: listCost(200) })
  @RequirePermission('user:manage')
  async users(@Ctx() ctx: RequestContext, @Args('role', { type: () => Role, nullable: true }) role?: Role | null): Promise<UserType[]> {
    const users = await this.service.list(ctx, role);
    return users.map((user) => this.service.toType(user, ctx.user));
  }

  @Mutation(() => UserType, { description: 'Grants a role to an account (admins only). Audited.' })
  @RequirePermission('user:manage')
  @Transactional()
  async setUserRole(@Ctx() ctx: RequestContext, @Args('input') input: SetUserRoleInput): Promise<UserType> {
    const user = await this.service.setRole(ctx, input);
    return this.service.toType(user, ctx.user);
  }
}
