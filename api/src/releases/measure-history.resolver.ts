import { Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { jsonEqual } from '@ocmf/standard';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { MeasureType } from '../framework/framework.types.js';
import { ProposalType } from '../proposals/proposal.types.js';
import { toType } from '../proposals/proposals.service.js';

@ObjectType('MeasureRelease', { description: 'A release that added or changed a measure.' })
export class MeasureReleaseType {
  @Field()
  version: string;
  @Field()
  title: string;
  @Field()
  publishedAt: Date;
  @Field({ description: 'added, changed, moved or retired.' })
  change: string;
  @Field(() => [String], { description: 'The fields that changed (empty when added).' })
  fields: string[];
}

const FIELDS = ['name', 'categoryKey', 'audience', 'definition', 'formula', 'unit', 'direction', 'status', 'aliases', 'notes'] as const;

/** A measure's history: the releases that changed it and the proposals that touch it. */
@Resolver(() => MeasureType)
export class MeasureHistoryResolver {
  @ResolveField(() => [MeasureReleaseType], { description: 'Releases that added or changed this measure, oldest first.' })
  async releaseHistory(@Ctx() ctx: RequestContext, @Parent() measure: MeasureType): Promise<MeasureReleaseType[]> {
    const history: MeasureReleaseType[] = [];
    let before: Record<string, unknown> | undefined;
    for (const release of await ctx.loaders.releases.all()) {
      const now = release.document.measures.find((m) => m.key === measure.key) as Record<string, unknown> | undefined;
      if (now) {
        const fields = before ? FIELDS.filter((field) => !jsonEqual(before![field], now[field])) : [];
        if (!before || fields.length > 0) {
          const change = !before
            ? 'added'
            : fields.includes('status') && now.status === 'RETIRED'
              ? 'retired'
              : fields.includes('categoryKey')
                ? 'moved'
                : 'changed';
          history.push({ version: release.version, title: release.title, publishedAt: release.publishedAt, change, fields });
        }
      }
      before = now;
    }
    return history;
  }

  @ResolveField(() => [ProposalType], { description: 'Public proposals whose changes touch this measure, newest activity first.' })
  async proposals(@Ctx() ctx: RequestContext, @Parent() measure: MeasureType): Promise<ProposalType[]> {
    return (await ctx.loaders.proposalsByMeasure.load(measure.key)).map(toType);
  }
}
