import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SessionOnly, SignedIn } from '../auth/guards.js';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { Transactional } from '../database/transaction.interceptor.js';
import { ApiTokenScope, ApiTokenType, CreatedApiTokenType } from './tokens.types.js';
import { TokensService } from './tokens.service.js';

@Resolver(() => ApiTokenType)
export class TokensResolver {
  constructor(private readonly service: TokensService) {}

  @Query(() => [ApiTokenType], {
    description: 'Your API tokens (or those of an organisation you own) that have not been revoked, newest first.',
  })
  @SignedIn()
  apiTokens(
    @Ctx() ctx: RequestContext,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId: string | null,
  ): Promise<ApiTokenType[]> {
    return this.service.listMine(ctx, organizationId);
  }

  @Mutation(() => CreatedApiTokenType, {
    description:
      'Creates an API token acting as you within its scope (default READ_WRITE), or, with organizationId, for an organisation you own (it manages the organisation’s products, reports, checklists and adoption). The token is shown only in this answer.',
  })
  @SignedIn()
  @SessionOnly('create API tokens')
  @Transactional()
  createApiToken(
    @Ctx() ctx: RequestContext,
    @Args('name') name: string,
    @Args('expiresAt', { type: () => Date, nullable: true }) expiresAt: Date | null,
    @Args('scope', { type: () => ApiTokenScope, nullable: true, defaultValue: 'READ_WRITE' }) scope: ApiTokenScope,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId: string | null,
  ): Promise<CreatedApiTokenType> {
    return this.service.create(ctx, { name, expiresAt, scope, organizationId });
  }

  @Mutation(() => ApiTokenType, { description: 'Revokes one of your API tokens: requests sending it are refused from now on.' })
  @SignedIn()
  @Transactional()
  revokeApiToken(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ApiTokenType> {
    return this.service.revoke(ctx, id);
  }
}
