import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { renderMarkdownOnce } from '../markdown/markdown.js';
import { FrameworkService } from './framework.service.js';
import { CategoryType, DraftType, MeasureType } from './framework.types.js';

@Resolver()
export class FrameworkResolver {
  constructor(private readonly framework: FrameworkService) {}

  @Query(() => DraftType, { description: 'The working draft of the framework.' })
  draft(@Ctx() ctx: RequestContext): Promise<DraftType> {
    return this.framework.draft(ctx);
  }

  @Query(() => CategoryType, { description: 'A category of the working draft by its key.' })
  category(@Ctx() ctx: RequestContext, @Args('key') key: string): Promise<CategoryType> {
    return this.framework.category(ctx, key);
  }

  @Query(() => MeasureType, { description: 'A measure of the working draft by its key; retired measures too.' })
  measure(@Ctx() ctx: RequestContext, @Args('key') key: string): Promise<MeasureType> {
    return this.framework.measure(ctx, key);
  }
}

@Resolver(() => MeasureType)
export class MeasureNotesResolver {
  @ResolveField(() => String, { nullable: true, description: 'The notes rendered from Markdown to sanitized HTML.' })
  notesHtml(@Parent() measure: MeasureType): string | null {
    return measure.notes === null ? null : renderMarkdownOnce(measure.notes);
  }
}
