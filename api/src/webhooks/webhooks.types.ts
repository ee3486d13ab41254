import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { WEBHOOK_EVENT_TYPES } from '@ocmf/standard';
import { listCost } from '../common/query-limits.js';
import { PageInfo } from '../proposals/proposal.types.js';
import { DELIVERY_STATUSES, type DeliveryStatus } from './webhook.entity.js';

export const WebhookDeliveryStatus = Object.fromEntries(DELIVERY_STATUSES.map((status) => [status, status])) as {
  [S in DeliveryStatus]: S;
};

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesMap: {
    PENDING: { description: 'Waiting for its next attempt (the first, or a retry).' },
    SUCCEEDED: { description: 'An attempt was answered with a 2xx status.' },
    FAILED: { description: 'Given up: every retry of the schedule failed, the endpoint answered 410 Gone, or it was disabled.' },
  },
});

@ObjectType('WebhookAttempt', { description: 'One HTTP call of a delivery.' })
export class WebhookAttemptType {
  @Field(() => Int, { description: '1 for the first attempt, 2 for the next, …' })
  number: number;

  @Field({ description: 'When the request was sent.' })
  at: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status answered; null when no answer came.' })
  statusCode: number | null;

  @Field(() => Int)
  durationMs: number;

  @Field(() => String, { nullable: true, description: 'Why it did not succeed; null for a 2xx answer.' })
  error: string | null;

  @Field(() => String, { nullable: true, description: 'The first 1 KB of the answer’s body.' })
  responseExcerpt: string | null;
}

@ObjectType('WebhookDelivery', { description: 'One message to one endpoint, with every attempt made to deliver it.' })
export class WebhookDeliveryType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The webhook-id header: the same on every attempt and on redelivery.' })
  messageId: string;

  @Field({ description: 'release.published, proposal.status_changed, or webhook.test.' })
  eventType: string;

  @Field(() => WebhookDeliveryStatus)
  status: DeliveryStatus;

  @Field(() => Int)
  attemptCount: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due; null unless PENDING.' })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When an attempt succeeded.' })
  deliveredAt: Date | null;

  endpointId: string;
}

@ObjectType('WebhookDeliveryConnection')
export class WebhookDeliveryConnection {
  // The connection's page size already multiplies its cost.
  @Field(() => [WebhookDeliveryType], { complexity: listCost(1) })
  nodes: WebhookDeliveryType[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType('WebhookEndpoint', { description: 'Where your webhooks go. Its signing secret is shown only when created or rotated.' })
export class WebhookEndpointType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'The organisation it belongs to; null when it is your own.' })
  organizationId: string | null;

  @Field()
  url: string;

  @Field(() => [String], {
    description: 'The event types it receives: release.published, proposal.status_changed.',
    complexity: listCost(WEBHOOK_EVENT_TYPES.length),
  })
  events: string[];

  @Field()
  description: string;

  @Field({ description: 'False once disabled (by you, by a 410 Gone answer, or after 5 days of failures); nothing is sent then.' })
  enabled: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was disabled.' })
  disabledReason: string | null;

  @Field(() => Date, { nullable: true })
  disabledAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Since when every attempt has failed; null when the last one succeeded.' })
  failingSince: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when the secret replaced by the last rotation still signs messages (beside the new one).',
  })
  previousSecretExpiresAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('CreatedWebhookEndpoint')
export class CreatedWebhookEndpointType {
  @Field({ description: 'The signing secret (whsec_…), shown only now. Verify each message’s webhook-signature with it.' })
  secret: string;

  @Field(() => WebhookEndpointType)
  endpoint: WebhookEndpointType;
}

@ObjectType('RotatedWebhookSecret')
export class RotatedWebhookSecretType {
  @Field({ description: 'The new signing secret, shown only now. The old one keeps signing beside it for 24 hours.' })
  secret: string;

  @Field(() => WebhookEndpointType)
  endpoint: WebhookEndpointType;
}
