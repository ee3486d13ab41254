import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type Audience, CHANGE_OPS, type ChangeKind, type ChangeOp, type Direction, type MeasureStatus } from '@ocmf/standard';
import { AudienceEnum, DirectionEnum, MeasureStatusEnum } from '../framework/framework.types.js';

export const ChangeOpEnum = Object.fromEntries(CHANGE_OPS.map((op) => [op, op])) as { [K in ChangeOp]: K };
registerEnumType(ChangeOpEnum, {
  name: 'ChangeOp',
  description: 'What one change in a proposal does. SET_FOCUS sets every category’s share at once, so the sum stays 100.',
});

export const ChangeKindEnum = {
  ADDED: 'added',
  CHANGED: 'changed',
  RETIRED: 'retired',
  REBALANCED: 'rebalanced',
  MOVED: 'moved',
} as const satisfies Record<string, ChangeKind>;
registerEnumType(ChangeKindEnum, { name: 'ChangeKind', description: 'How a changelog groups a change.' });

// ---- inputs: one ChangeInput carries any op; the op says which fields it needs ----

@InputType()
export class MeasureInput {
  @Field({ description: 'kebab-case slug of the name, e.g. net-annual-recurring-revenue' })
  key: string;
  @Field()
  name: string;
  @Field()
  categoryKey: string;
  @Field(() => AudienceEnum)
  audience: Audience;
  @Field()
  definition: string;
  @Field(() => String, { nullable: true })
  formula?: string | null;
  @Field()
  unit: string;
  @Field(() => DirectionEnum)
  direction: Direction;
  @Field(() => MeasureStatusEnum, { nullable: true, description: 'ACTIVE or EMERGING (default ACTIVE).' })
  status?: MeasureStatus | null;
  @Field(() => [String], { nullable: true })
  aliases?: string[] | null;
  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'Only the fields given change. formula and notes may be set to null to clear them.' })
export class MeasurePatchInput {
  @Field(() => String, { nullable: true })
  name?: string | null;
  @Field(() => AudienceEnum, { nullable: true })
  audience?: Audience | null;
  @Field(() => String, { nullable: true })
  definition?: string | null;
  @Field(() => String, { nullable: true })
  formula?: string | null;
  @Field(() => String, { nullable: true })
  unit?: string | null;
  @Field(() => DirectionEnum, { nullable: true })
  direction?: Direction | null;
  @Field(() => MeasureStatusEnum, { nullable: true, description: 'ACTIVE or EMERGING; retiring is RETIRE_MEASURE.' })
  status?: MeasureStatus | null;
  @Field(() => [String], { nullable: true })
  aliases?: string[] | null;
  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType()
export class CategoryInput {
  @Field()
  key: string;
  @Field()
  name: string;
  @Field()
  description: string;
  @Field(() => Int, { nullable: true, description: 'Where to insert it (1-based); default last.' })
  position?: number | null;
}

@InputType()
export class CategoryPatchInput {
  @Field(() => String, { nullable: true })
  name?: string | null;
  @Field(() => String, { nullable: true })
  description?: string | null;
  @Field(() => Int, { nullable: true })
  position?: number | null;
}

@InputType()
export class CategoryFocusInput {
  @Field()
  categoryKey: string;
  @Field(() => Int)
  focusPercent: number;
}

@InputType({
  description:
    'ADD_MEASURE: measure. UPDATE_MEASURE: measureKey, patch. RETIRE_MEASURE: measureKey, reason. MOVE_MEASURE: measureKey, categoryKey. ' +
    'ADD_CATEGORY: category. UPDATE_CATEGORY: categoryKey, categoryPatch. SET_FOCUS: focus (every category).',
})
export class ChangeInput {
  @Field(() => ChangeOpEnum)
  op: ChangeOp;
  @Field(() => String, { nullable: true })
  categoryKey?: string | null;
  @Field(() => String, { nullable: true })
  measureKey?: string | null;
  @Field(() => MeasureInput, { nullable: true })
  measure?: MeasureInput | null;
  @Field(() => MeasurePatchInput, { nullable: true })
  patch?: MeasurePatchInput | null;
  @Field(() => CategoryInput, { nullable: true })
  category?: CategoryInput | null;
  @Field(() => CategoryPatchInput, { nullable: true })
  categoryPatch?: CategoryPatchInput | null;
  @Field(() => [CategoryFocusInput], { nullable: true })
  focus?: CategoryFocusInput[] | null;
  @Field(() => String, { nullable: true })
  reason?: string | null;
}

// ---- outputs: the same shape, so a client can send back what it read ----

@ObjectType()
export class ProposedMeasure {
  @Field()
  key: string;
  @Field()
  name: string;
  @Field()
  categoryKey: string;
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
}

@ObjectType()
export class MeasurePatch {
  @Field(() => String, { nullable: true })
  name?: string | null;
  @Field(() => AudienceEnum, { nullable: true })
  audience?: Audience | null;
  @Field(() => String, { nullable: true })
  definition?: string | null;
  @Field(() => String, { nullable: true })
  formula?: string | null;
  @Field(() => String, { nullable: true })
  unit?: string | null;
  @Field(() => DirectionEnum, { nullable: true })
  direction?: Direction | null;
  @Field(() => MeasureStatusEnum, { nullable: true })
  status?: MeasureStatus | null;
  @Field(() => [String], { nullable: true })
  aliases?: string[] | null;
  @Field(() => String, { nullable: true })
  notes?: string | null;
  @Field(() => [String], { description: 'The fields this patch sets (including to null).' })
  fields: string[];
}

@ObjectType()
export class ProposedCategory {
  @Field()
  key: string;
  @Field()
  name: string;
  @Field()
  description: string;
  @Field(() => Int, { nullable: true })
  position: number | null;
}

@ObjectType()
export class CategoryPatch {
  @Field(() => String, { nullable: true })
  name?: string | null;
  @Field(() => String, { nullable: true })
  description?: string | null;
  @Field(() => Int, { nullable: true })
  position?: number | null;
}

@ObjectType()
export class CategoryFocus {
  @Field()
  categoryKey: string;
  @Field(() => Int)
  focusPercent: number;
}

@ObjectType('Change', { description: 'One change of a proposal’s ordered change set.' })
export class ChangeType {
  @Field(() => ChangeOpEnum)
  op: ChangeOp;
  @Field(() => String, { nullable: true })
  categoryKey: string | null;
  @Field(() => String, { nullable: true })
  measureKey: string | null;
  @Field(() => ProposedMeasure, { nullable: true })
  measure: ProposedMeasure | null;
  @Field(() => MeasurePatch, { nullable: true })
  patch: MeasurePatch | null;
  @Field(() => ProposedCategory, { nullable: true })
  category: ProposedCategory | null;
  @Field(() => CategoryPatch, { nullable: true })
  categoryPatch: CategoryPatch | null;
  @Field(() => [CategoryFocus], { nullable: true })
  focus: CategoryFocus[] | null;
  @Field(() => String, { nullable: true })
  reason: string | null;
  @Field({ description: 'One line in plain words, e.g. "Add measure Net Annual Recurring Revenue to Business".' })
  description: string;
  @Field(() => ChangeKindEnum, { description: 'How changelogs group it.' })
  kind: ChangeKind;
}
