import { Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../auth/guards.js';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { ForYouType } from './for-you.types.js';
import { ForYouService } from './for-you.service.js';

@Resolver()
export class ForYouResolver {
  constructor(private readonly service: ForYouService) {}

  @Query(() => ForYouType, { description: 'What is waiting for the signed-in viewer: votes to cast, an editor’s queue, their proposals.' })
  @SignedIn()
  forYou(@Ctx() ctx: RequestContext): Promise<ForYouType> {
    return this.service.forYou(ctx);
  }
}
