import { Field, InputType, Int, IntersectionType, ObjectType, OmitType, PartialType, PickType, registerEnumType } from '@nestjs/graphql';
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

// ---- the shapes of a change's parts, each written once as the output type; inputs are derived from them ----

@ObjectType()
export class ProposedMeasure {
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
  formula: string | null;
  @Field()
  unit: string;
  @Field(() => DirectionEnum)
  direction: Direction;
  @Field(() => MeasureStatusEnum, { description: 'ACTIVE or EMERGING when added or updated (default ACTIVE); retiring is RETIRE_MEASURE.' })
  status: MeasureStatus;
  @Field(() => [String])
  aliases: string[];
  @Field(() => String, { nullable: true })
  notes: string | null;
}

/** What an ADD_MEASURE gives: every field, with status (ACTIVE), aliases and the optional texts left out when not given. */
@InputType()
export class MeasureInput extends IntersectionType(
  OmitType(ProposedMeasure, ['status', 'aliases', 'formula', 'notes'] as const, InputType),
  PartialType(PickType(ProposedMeasure, ['status', 'aliases', 'formula', 'notes'] as const, InputType), InputType),
) {}

/** The fields of a measure that a patch may set. */
const PATCHABLE_MEASURE_FIELDS = ['name', 'audience', 'definition', 'formula', 'unit', 'direction', 'status', 'aliases', 'notes'] as const;

@InputType({ description: 'Only the fields given change. formula and notes may be set to null to clear them.' })
export class MeasurePatchInput extends PartialType(PickType(ProposedMeasure, PATCHABLE_MEASURE_FIELDS, InputType), InputType) {}

@ObjectType()
export class MeasurePatch extends PartialType(PickType(ProposedMeasure, PATCHABLE_MEASURE_FIELDS)) {
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
  @Field(() => Int, { nullable: true, description: 'Its place among the categories (1-based); an added category goes last by default.' })
  position: number | null;
}

@InputType()
export class CategoryInput extends PartialType(PickType(ProposedCategory, ['position'] as const, InputType), InputType) {
  @Field()
  key: string;
  @Field()
  name: string;
  @Field()
  description: string;
}

@ObjectType()
export class CategoryPatch extends PartialType(OmitType(ProposedCategory, ['key'] as const)) {}

@InputType()
export class CategoryPatchInput extends PartialType(OmitType(ProposedCategory, ['key'] as const, InputType), InputType) {}

@ObjectType()
export class CategoryFocus {
  @Field()
  categoryKey: string;
  @Field(() => Int)
  focusPercent: number;
}

@InputType()
export class CategoryFocusInput extends PickType(CategoryFocus, ['categoryKey', 'focusPercent'] as const, InputType) {}

/** The op and the keys and reason every change may carry, in and out. */
@ObjectType({ isAbstract: true })
class ChangeFields {
  @Field(() => ChangeOpEnum)
  op: ChangeOp;
  @Field(() => String, { nullable: true })
  categoryKey: string | null;
  @Field(() => String, { nullable: true })
  measureKey: string | null;
  @Field(() => String, { nullable: true })
  reason: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'RETIRE_MEASURE only: the key of an active measure that takes the retired one’s place.',
  })
  replacedBy: string | null;
}

@InputType({
  description:
    'ADD_MEASURE: measure. UPDATE_MEASURE: measureKey, patch. RETIRE_MEASURE: measureKey, reason, replacedBy (optional). MOVE_MEASURE: measureKey, categoryKey. ' +
    'ADD_CATEGORY: category. UPDATE_CATEGORY: categoryKey, categoryPatch. SET_FOCUS: focus (every category).',
})
export class ChangeInput extends PartialType(ChangeFields, InputType) {
  @Field(() => ChangeOpEnum)
  declare op: ChangeOp;
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
}

@ObjectType('Change', { description: 'One change of a proposal’s ordered change set.' })
export class ChangeType extends ChangeFields {
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
  @Field({ description: 'One line in plain words, e.g. "Add measure Net Annual Recurring Revenue to Business".' })
  description: string;
  @Field(() => ChangeKindEnum, { description: 'How changelogs group it.' })
  kind: ChangeKind;
}
