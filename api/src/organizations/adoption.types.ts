import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Adoption', { description: 'An organisation’s declaration that it uses OCMF.' })
export class AdoptionType {
  organizationId: string;

  @Field()
  releaseVersion: string;

  @Field(() => [String])
  categoryKeys: string[];

  @Field(() => [String])
  measureKeys: string[];

  @Field(() => String, { nullable: true })
  quote: string | null;

  @Field(() => String, { nullable: true })
  link: string | null;

  @Field()
  declaredAt: Date;
}

@ObjectType('UsageCounts', { description: 'How widely OCMF is used, counting organisations that are not hidden.' })
export class UsageCountsType {
  @Field(() => Int, { description: 'Organisations that declared they use OCMF.' })
  organizations: number;

  @Field(() => Int, { description: 'Products with an implementation report.' })
  products: number;
}

@InputType()
export class DeclareAdoptionInput {
  @Field(() => ID, { description: 'A PRACTITIONER, CONSULTANCY or NONPROFIT organisation you own.' })
  organizationId: string;

  @Field({ description: 'The release it uses ("latest" works).' })
  releaseVersion: string;

  @Field(() => [String], { nullable: true, description: 'Measures it uses, by key; each must be in the release and not retired.' })
  measureKeys?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Categories it uses, by key.' })
  categoryKeys?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A short quote, plain text.' })
  quote?: string | null;

  @Field(() => String, { nullable: true, description: 'Where to read more, https (or http).' })
  link?: string | null;
}
