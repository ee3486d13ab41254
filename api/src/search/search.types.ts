import { ArgsType, Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { listCost } from '../common/query-limits.js';
import { PageInfo } from '../proposals/proposal.types.js';

export const SEARCH_KINDS = ['MEASURE', 'PROPOSAL', 'COMMENT', 'CASE_STUDY'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SearchKind = Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, kind])) as { [K in SearchKind]: K };
registerEnumType(SearchKind, {
  name: 'SearchKind',
  description: 'What a search result is: a measure of the working draft, a proposal, a comment, a published case study.',
});

@ObjectType('SearchResult')
export class SearchResultType {
  @Field(() => SearchKind)
  kind: SearchKind;

  @Field()
  title: string;

  @Field({ description: 'Plain text around the matches.' })
  snippet: string;

  @Field({ description: 'The same, HTML-escaped, with each match in <mark>.' })
  snippetHtml: string;

  @Field({ description: 'The path in the web app.' })
  url: string;

  @Field(() => Float)
  rank: number;
}

@ObjectType('SearchKindCount')
export class SearchKindCountType {
  @Field(() => SearchKind)
  kind: SearchKind;

  @Field(() => Int)
  count: number;
}

@ObjectType('SearchConnection')
export class SearchConnection {
  @Field(() => [SearchResultType], {
    complexity: listCost(1),
    description: 'Grouped by kind (measures, proposals, comments, case studies), best first in each.',
  })
  nodes: SearchResultType[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;

  @Field(() => [SearchKindCountType], { complexity: listCost(4) })
  counts: SearchKindCountType[];
}

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Web-search syntax: words, "a phrase", -without, or.' })
  query: string;

  @Field(() => [SearchKind], { nullable: true, description: 'Only these kinds; all when omitted.' })
  kinds?: SearchKind[] | null;

  @Field(() => Int, { defaultValue: 20, description: 'At most 50.' })
  first: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
