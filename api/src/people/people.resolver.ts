import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Transactional } from '../database/transaction.interceptor.js';
import { PersonType, UpdateProfileInput } from './people.types.js';
import { SignedIn } from '../auth/guards.js';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { listCost } from '../common/query-limits.js';
import { UserType } from '../users/user.type.js';
import { UsersById } from '../users/users.loader.js';
import { PeopleService } from './people.service.js';

/** What everyone may know of a person beyond their name: their handle (for @mentions and their profile). */
@Resolver(() => UserType)
export class PersonFieldsResolver {
  @ResolveField(() => String, { description: 'Unique, lower-case: @handle in comments, /people/{handle} for the profile.' })
  async handle(@Ctx() ctx: RequestContext, @Parent() user: UserType & { handle?: string }): Promise<string> {
    if (user.handle) return user.handle;
    const entity = await ctx.loaders.get(UsersById).load(user.id);
    return entity?.handle ?? '';
  }
}

@Resolver()
export class PeopleResolver {
  constructor(private readonly service: PeopleService) {}

  @Query(() => PersonType, { description: 'A public profile, by handle (/people/{handle}).' })
  person(@Ctx() ctx: RequestContext, @Args('handle') handle: string): Promise<PersonType> {
    return this.service.person(ctx, handle);
  }

  @Mutation(() => PersonType, { description: 'The signed-in person changes their display name, bio, organisation or time zone.' })
  @SignedIn()
  @Transactional()
  updateProfile(@Ctx() ctx: RequestContext, @Args('input') input: UpdateProfileInput): Promise<PersonType> {
    return this.service.updateProfile(ctx, input);
  }

  @Query(() => [UserType], {
    description: 'People whose display name or handle starts with the text: @mention autocomplete (signed in).',
    complexity: listCost(10, 'first'),
  })
  @SignedIn()
  mentionCandidates(
    @Ctx() ctx: RequestContext,
    @Args('prefix') prefix: string,
    @Args('first', { type: () => Int, defaultValue: 8 }) first: number,
  ): Promise<UserType[]> {
    return this.service.mentionCandidates(ctx, prefix, first);
  }
}
