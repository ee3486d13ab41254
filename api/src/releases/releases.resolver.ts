import { Args, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { RequirePermission } from '../auth/guards.js';
import { Ctx, type RequestContext, resetLoaders } from '../common/request-context.js';
import { EventBus, project } from '../events/event-bus.js';
import { Transactional } from '../database/transaction.interceptor.js';
import { PublishingService } from './publishing.service.js';
import { PublishReleaseInput, ReleaseDiffType, ReleasePreviewType, ReleaseType } from './release.types.js';
import { ReleasesService } from './releases.service.js';
import { listCost } from '../common/query-limits.js';

@Resolver(() => ReleaseType)
export class ReleasesResolver {
  constructor(
    private readonly service: ReleasesService,
    private readonly publishing: PublishingService,
    private readonly events: EventBus,
  ) {}

  @Query(() => [ReleaseType], { description: 'Published releases, newest version first.', complexity: listCost(20) })
  async releases(@Ctx() ctx: RequestContext): Promise<ReleaseType[]> {
    return (await this.service.list(ctx)).map((release) => this.service.toType(release));
  }

  @Query(() => ReleaseType, { description: 'One release by semantic version; "latest" is the newest.' })
  async release(@Ctx() ctx: RequestContext, @Args('version') version: string): Promise<ReleaseType> {
    return this.service.toType(await this.service.get(ctx, version));
  }

  @Query(() => ReleaseDiffType, {
    description: 'What changed from one release to another ("latest" works), across any number of releases.',
  })
  async releaseDiff(@Ctx() ctx: RequestContext, @Args('from') from: string, @Args('to') to: string): Promise<ReleaseDiffType> {
    const result = await this.publishing.diff(ctx, from, to);
    return { from: this.service.toType(result.from), to: this.service.toType(result.to), diff: result.diff };
  }

  @Query(() => ReleasePreviewType, { description: 'What publishing now would release, and the versions allowed (editors).' })
  @RequirePermission('release:publish')
  releasePreview(@Ctx() ctx: RequestContext): Promise<ReleasePreviewType> {
    return this.publishing.preview(ctx);
  }

  @Mutation(() => ReleaseType, {
    description: 'Snapshots the working draft as an immutable release; its merged proposals become RELEASED.',
  })
  @RequirePermission('release:publish')
  @Transactional()
  async publishRelease(@Ctx() ctx: RequestContext, @Args('input') input: PublishReleaseInput): Promise<ReleaseType> {
    return this.service.toType(await this.publishing.publish(ctx, input));
  }

  @Subscription(() => ReleaseType, { description: 'Pushes each release as it is published.', resolve: (payload: ReleaseType) => payload })
  releasePublished(@Ctx() ctx: RequestContext): AsyncIterableIterator<ReleaseType> {
    return project(this.events.stream(), async (event) => {
      if (event.type !== 'ReleasePublished') return null;
      resetLoaders(ctx);
      return this.service.toType(await this.service.get(ctx, event.version));
    });
  }
}
