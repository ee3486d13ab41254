import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SessionOnly, SignedIn } from '../auth/guards.js';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { Transactional } from '../database/transaction.interceptor.js';
import { ApiTokenScope, ApiTokenType, CreatedApiTokenType } from './tokens.types.js';
import { TokensService } from './tokens.service.js';

@Resolver(() => ApiTokenType)
export class TokensResolver {
  constructor(private readonly service: TokensService) {}

  @Query(() => [ApiTokenType], { description: 'Your API tokens that have not been revoked, newest first.' })
  @SignedIn()
  apiTokens(@Ctx() ctx: RequestContext): Promise<ApiTokenType[]> {
    return this.service.listMine(ctx);
  }

  @Mutation(() => CreatedApiTokenType, {
    description: 'Creates an API token acting as you within its scope (default READ_WRITE). The token is shown only in this answer.',
  })
  @SignedIn()
  @SessionOnly('create API tokens')
  @Transactional()
  createApiToken(
    @Ctx() ctx: RequestContext,
    @Args('name') name: string,
    @Args('expiresAt', { type: () => Date, nullable: true }) expiresAt: Date | null,
    @Args('scope', { type: () => ApiTokenScope, nullable: true, defaultValue: 'READ_WRITE' }) scope: ApiTokenScope,
  ): Promise<CreatedApiTokenType> {
    return this.service.create(ctx, { name, expiresAt, scope });
  }

  @Mutation(() => ApiTokenType, { description: 'Revokes one of your API tokens: requests sending it are refused from now on.' })
  @SignedIn()
  @Transactional()
  revokeApiToken(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ApiTokenType> {
    return this.service.revoke(ctx, id);
  }
}
