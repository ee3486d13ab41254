import { Field, ID, InputType } from '@nestjs/graphql';
import { ImplementationStatus } from '../implementation.types.js';

@InputType()
export class CreateProductInput {
  @Field(() => ID, { description: 'A VENDOR organisation you own.' })
  organizationId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'The product’s page, https (or http).' })
  url?: string | null;
}

@InputType()
export class MeasureImplementationInput {
  @Field({ description: 'A measure of the declared release that is not retired.' })
  measureKey: string;

  @Field(() => ImplementationStatus)
  status: ImplementationStatus;

  @Field(() => String, { nullable: true, description: 'Plain text, at most 1000 characters.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the product documents it, https (or http).' })
  link?: string | null;
}

@InputType({ description: 'A product’s report for one release: it replaces the product’s previous report.' })
export class SaveImplementationReportInput {
  @Field(() => ID)
  productId: string;

  @Field({ description: 'A published release ("latest" works).' })
  releaseVersion: string;

  @Field(() => [MeasureImplementationInput], { description: 'Measures left out are not reported.' })
  measures: MeasureImplementationInput[];
}
