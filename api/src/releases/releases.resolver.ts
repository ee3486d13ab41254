import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { ReleaseType } from './release.types.js';
import { ReleasesService } from './releases.service.js';

@Resolver(() => ReleaseType)
export class ReleasesResolver {
  constructor(private readonly service: ReleasesService) {}

  @Query(() => [ReleaseType], { description: 'Published releases, newest version first.' })
  async releases(@Ctx() ctx: RequestContext): Promise<ReleaseType[]> {
    return (await this.service.list(ctx)).map((release) => this.service.toType(release));
  }

  @Query(() => ReleaseType, { description: 'One release by semantic version; "latest" is the newest.' })
  async release(@Ctx() ctx: RequestContext, @Args('version') version: string): Promise<ReleaseType> {
    return this.service.toType(await this.service.get(ctx, version));
  }
}
