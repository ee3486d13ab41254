import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { FrameworkDocument } from '@ocmf/standard';
import { JSONScalar } from '../common/json.scalar.js';
import { AUDIENCES, type Audience, DIRECTIONS, type Direction, MEASURE_STATUSES, type MeasureStatus } from '@ocmf/standard';
import { listCost } from '../common/query-limits.js';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const AudienceEnum = asEnum(AUDIENCES);
export const DirectionEnum = asEnum(DIRECTIONS);
export const MeasureStatusEnum = asEnum(MEASURE_STATUSES);

registerEnumType(AudienceEnum, { name: 'Audience', description: 'Who a measure is suggested for.' });
registerEnumType(DirectionEnum, { name: 'Direction', description: 'Which way is better for a measure.' });
registerEnumType(MeasureStatusEnum, {
  name: 'MeasureStatus',
  description: 'RETIRED measures stay in the document so history and references resolve.',
});

/** Keeps decorator metadata from naming CategoryType before it is defined (the two types refer to each other). */
type Linked<T> = T;

@ObjectType('Measure')
export class MeasureType {
  @Field({ description: 'Stable kebab-case slug, e.g. time-to-smile.' })
  key: string;

  @Field()
  name: string;

  @Field()
  categoryKey: string;

  @Field(() => CategoryType)
  category: Linked<CategoryType>;

  @Field(() => AudienceEnum)
  audience: Audience;

  @Field()
  definition: string;

  @Field(() => String, { nullable: true })
  formula: string | null;

  @Field()
  unit: string;

  @Field(() => DirectionEnum)
  direction: Direction;

  @Field(() => MeasureStatusEnum)
  status: MeasureStatus;

  @Field(() => [String])
  aliases: string[];

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => String, { nullable: true, description: 'On a retired measure: the key of the measure that took its place.' })
  replacedBy: string | null;

  @Field(() => MeasureType, { nullable: true, description: 'On a retired measure: the measure that took its place, in the same document.' })
  replacement: MeasureType | null;
}

@ObjectType('Category')
export class CategoryType {
  @Field({ description: 'customer, employee, business, knowledge or acceleration in OCMF v1.' })
  key: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => Int, { description: 'Share of leadership time to spend on this category (all sum to 100). Not a scoring weight.' })
  focusPercent: number;

  @Field(() => Int)
  position: number;

  @Field(() => [MeasureType], { description: 'In document order, retired ones included.' })
  measures: MeasureType[];
}

@ObjectType('Draft', { description: 'The working draft: the framework as accepted proposals have left it.' })
export class DraftType {
  @Field(() => Int, { description: 'Advances each time a change set is merged.' })
  revision: number;

  @Field()
  updatedAt: Date;

  @Field(() => [CategoryType], { description: 'Ordered by position.' })
  categories: CategoryType[];

  @Field(() => [MeasureType], { description: 'All measures, in document order.', complexity: listCost(60) })
  measures: MeasureType[];

  @Field(() => JSONScalar, { description: 'The whole document ({ categories, measures }), as packages/standard models it.' })
  document: FrameworkDocument;
}
