import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../auth/guards.js';
import { listCost } from '../common/query-limits.js';
import { Ctx, type RequestContext } from '../common/request-context.js';
import { Transactional } from '../database/transaction.interceptor.js';
import { CreateWebhookEndpointInput, DeliveriesArgs, UpdateWebhookEndpointInput } from './dto/webhook-endpoint.input.js';
import { WebhooksService } from './webhooks.service.js';
import {
  CreatedWebhookEndpointType,
  RotatedWebhookSecretType,
  WebhookAttemptType,
  WebhookDeliveryConnection,
  WebhookDeliveryType,
  WebhookEndpointType,
} from './webhooks.types.js';

@Resolver(() => WebhookEndpointType)
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Query(() => [WebhookEndpointType], {
    description: 'Your webhook endpoints, or those of an organisation you own (organizationId), newest first.',
    complexity: listCost(20),
  })
  @SignedIn()
  webhookEndpoints(
    @Ctx() ctx: RequestContext,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId: string | null,
  ): Promise<WebhookEndpointType[]> {
    return this.service.listMine(ctx, organizationId);
  }

  @Query(() => WebhookEndpointType, { description: 'One of your webhook endpoints.' })
  @SignedIn()
  webhookEndpoint(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<WebhookEndpointType> {
    return this.service.get(ctx, id);
  }

  @Mutation(() => CreatedWebhookEndpointType, {
    description: 'Registers an endpoint for the event types given. The signing secret is shown only in this answer.',
  })
  @SignedIn()
  createWebhookEndpoint(@Ctx() ctx: RequestContext, @Args('input') input: CreateWebhookEndpointInput): Promise<CreatedWebhookEndpointType> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => WebhookEndpointType, { description: 'Changes an endpoint’s URL, event types or description, or disables or enables it.' })
  @SignedIn()
  updateWebhookEndpoint(@Ctx() ctx: RequestContext, @Args('input') input: UpdateWebhookEndpointInput): Promise<WebhookEndpointType> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => ID, { description: 'Deletes an endpoint with its delivery log; returns its id.' })
  @SignedIn()
  @Transactional()
  deleteWebhookEndpoint(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.delete(ctx, id);
  }

  @Mutation(() => RotatedWebhookSecretType, {
    description: 'Replaces the signing secret. For 24 hours messages are signed with both, so receivers can switch without a gap.',
  })
  @SignedIn()
  @Transactional()
  rotateWebhookSecret(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<RotatedWebhookSecretType> {
    return this.service.rotate(ctx, id);
  }

  @Mutation(() => WebhookDeliveryType, { description: 'Sends a webhook.test message to the endpoint now.' })
  @SignedIn()
  @Transactional()
  sendTestWebhook(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<WebhookDeliveryType> {
    return this.service.sendTest(ctx, id);
  }

  @Mutation(() => WebhookDeliveryType, {
    description: 'Sends a delivery again now, with the same webhook-id; if that fails it is retried on the schedule.',
  })
  @SignedIn()
  @Transactional()
  redeliverWebhook(@Ctx() ctx: RequestContext, @Args('deliveryId', { type: () => ID }) deliveryId: string): Promise<WebhookDeliveryType> {
    return this.service.redeliver(ctx, deliveryId);
  }

  @ResolveField(() => WebhookDeliveryConnection, { description: 'What was sent to it, newest first.', complexity: listCost(20, 'first') })
  deliveries(
    @Ctx() ctx: RequestContext,
    @Parent() endpoint: WebhookEndpointType,
    @Args() args: DeliveriesArgs,
  ): Promise<WebhookDeliveryConnection> {
    return this.service.deliveries(ctx, endpoint, args);
  }
}

@Resolver(() => WebhookDeliveryType)
export class WebhookDeliveryResolver {
  constructor(private readonly service: WebhooksService) {}

  @ResolveField(() => [WebhookAttemptType], { description: 'Every attempt, first to last.', complexity: listCost(8) })
  attempts(@Ctx() ctx: RequestContext, @Parent() delivery: WebhookDeliveryType): Promise<WebhookAttemptType[]> {
    return this.service.attempts(ctx, delivery);
  }
}
