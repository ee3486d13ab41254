import { Field, ObjectType, Parent, registerEnumType, ResolveField, Resolver } from '@nestjs/graphql';
import { classifyMeasureChange, type Measure, type MeasureChange, type MeasureField } from '@ocmf/standard';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { MeasureType } from '../framework/framework.types.js';
import { AllReleases } from './releases.loader.js';
import { listCost } from '../common/query-limits.js';

export const MeasureChangeEnum = { ADDED: 'added', CHANGED: 'changed', MOVED: 'moved', RETIRED: 'retired' } as const satisfies Record<
  string,
  MeasureChange
>;
registerEnumType(MeasureChangeEnum, { name: 'MeasureChange', description: 'What a release did to a measure.' });

@ObjectType('MeasureRelease', { description: 'A release that added or changed a measure.' })
export class MeasureReleaseType {
  @Field()
  version: string;
  @Field()
  title: string;
  @Field()
  publishedAt: Date;
  @Field(() => MeasureChangeEnum)
  change: MeasureChange;
  @Field(() => [String], { description: 'The fields that changed (empty when added).' })
  fields: MeasureField[];
}

/** A measure's history: the releases that changed it. */
@Resolver(() => MeasureType)
export class MeasureHistoryResolver {
  @ResolveField(() => [MeasureReleaseType], {
    description: 'Releases that added or changed this measure, oldest first.',
    complexity: listCost(20),
  })
  async releaseHistory(@Ctx() ctx: RequestContext, @Parent() measure: MeasureType): Promise<MeasureReleaseType[]> {
    const history: MeasureReleaseType[] = [];
    let before: Measure | undefined;
    for (const release of await ctx.loaders.get(AllReleases).all()) {
      const now = release.document.measures.find((m) => m.key === measure.key);
      if (now) {
        const classified = classifyMeasureChange(before, now);
        if (classified) history.push({ version: release.version, title: release.title, publishedAt: release.publishedAt, ...classified });
      }
      before = now;
    }
    return history;
  }
}
