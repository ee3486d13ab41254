import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CHECKLIST_CHANGES,
  type ChecklistChange as Change,
  IMPLEMENTATION_STATUSES,
  type ImplementationStatus as Status,
} from '@ocmf/standard';

export type ImplementationStatus = Status;
export const ImplementationStatus = Object.fromEntries(IMPLEMENTATION_STATUSES.map((status) => [status, status])) as {
  [S in Status]: S;
};
registerEnumType(ImplementationStatus, {
  name: 'ImplementationStatus',
  description: 'How far a product implements a measure.',
  valuesMap: {
    SUPPORTED: { description: 'Implemented as the release defines it.' },
    PARTIAL: { description: 'Implemented in part; the note says how.' },
    PLANNED: { description: 'Not yet, but planned.' },
    NOT_SUPPORTED: { description: 'Not implemented.' },
  },
});

@ObjectType('MeasureImplementation', { description: 'One measure of a product’s implementation report.' })
export class MeasureImplementationType {
  @Field()
  measureKey: string;

  @Field(() => ImplementationStatus)
  status: ImplementationStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true })
  link: string | null;
}

@ObjectType('Product', { description: 'A vendor’s product, and the release of OCMF it reports implementing.' })
export class ProductType {
  @Field(() => ID)
  id: string;

  organizationId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  url: string | null;

  @Field()
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'The release its current report declares; null before its first report.' })
  releaseVersion: string | null;

  @Field(() => Date, { nullable: true })
  reportedAt: Date | null;
}

@ObjectType('ProductImplementation', { description: 'A product that implements a measure (SUPPORTED or PARTIAL).' })
export class ProductImplementationType {
  @Field(() => ProductType)
  product: ProductType;

  @Field(() => ImplementationStatus)
  status: ImplementationStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true })
  link: string | null;

  @Field({ description: 'The release the product’s report declares.' })
  releaseVersion: string;
}

@ObjectType('ImplementationCounts')
export class ImplementationCountsType {
  @Field(() => Int, { description: 'Products with a report, of organisations not hidden.' })
  products: number;
}

export type ChecklistChange = Change;
export const ChecklistChange = Object.fromEntries(CHECKLIST_CHANGES.map((change) => [change, change])) as { [C in Change]: C };
registerEnumType(ChecklistChange, {
  name: 'ChecklistChange',
  description: 'What a newer release did to a measure, as an upgrade checklist lists it.',
  valuesMap: {
    ADDED: { description: 'A new measure: decide whether to support it.' },
    CHANGED: { description: 'Fields of a measure the product supports or plans changed (see fields).' },
    MOVED: { description: 'The measure moved to another category.' },
    RETIRED: { description: 'The measure was retired.' },
  },
});

@ObjectType('UpgradeChecklistItem')
export class UpgradeChecklistItemType {
  @Field(() => ID)
  id: string;

  @Field()
  measureKey: string;

  @Field()
  measureName: string;

  @Field(() => ChecklistChange)
  change: ChecklistChange;

  @Field(() => [String], { description: 'The fields that changed (CHANGED), e.g. formula, unit.' })
  fields: string[];

  @Field({ description: 'What to do, in a sentence.' })
  description: string;

  @Field()
  done: boolean;

  @Field(() => Date, { nullable: true })
  doneAt: Date | null;
}

@ObjectType('UpgradeChecklist', { description: 'What a product on an older release must look at to reach the newest release.' })
export class UpgradeChecklistType {
  @Field(() => ID)
  id: string;

  productId: string;

  @Field({ description: 'The release the product reports.' })
  fromVersion: string;

  @Field({ description: 'The newest release.' })
  toVersion: string;

  @Field()
  createdAt: Date;

  @Field({ description: 'Its page, where the owners tick items off.' })
  url: string;
}
