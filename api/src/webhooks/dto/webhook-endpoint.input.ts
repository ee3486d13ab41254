import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CreateWebhookEndpointInput {
  @Field({ description: 'An https (or http) URL of a public address.' })
  url: string;

  @Field(() => [String], { description: 'Event types to receive: release.published, proposal.status_changed.' })
  events: string[];

  @Field(() => String, { nullable: true, description: 'What it is for, for your own reference.' })
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An organisation you own: the endpoint belongs to it (its owners manage it) instead of to you.',
  })
  organizationId?: string | null;
}

@InputType({ description: 'Changes an endpoint; fields left out stay as they are.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [String], { nullable: true })
  events?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'False stops deliveries; true resumes them (a disabled endpoint’s pending deliveries go out again).',
  })
  enabled?: boolean | null;
}

@ArgsType()
export class DeliveriesArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'At most 100.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}
