import { Module } from '@nestjs/common';
import { WebhookConsumer } from './webhook-consumer.js';
import { WebhookWorker } from './webhook-worker.js';
import { WebhookDeliveryResolver, WebhooksResolver } from './webhooks.resolver.js';
import { WebhooksService } from './webhooks.service.js';

@Module({
  providers: [WebhooksService, WebhooksResolver, WebhookDeliveryResolver, WebhookWorker, WebhookConsumer],
  exports: [WebhookWorker],
})
export class WebhooksModule {}
