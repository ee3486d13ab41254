import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { listCost } from '../common/query-limits.js';
import { SearchArgs, SearchConnection } from './search.types.js';
import { SearchService } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchConnection, {
    description: 'Full-text search over measures, proposals, comments and published case studies, as the reader may see them.',
    complexity: listCost(20, 'first'),
  })
  search(@Ctx() ctx: RequestContext, @Args() args: SearchArgs): Promise<SearchConnection> {
    return this.service.search(ctx, args);
  }
}
