import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { WebhookConsumer } from './webhook-consumer.js';
import { WebhookWorker } from './webhook-worker.js';
import { WebhookDeliveryResolver, WebhooksResolver } from './webhooks.resolver.js';
import { WebhooksService } from './webhooks.service.js';

@Module({
  imports: [OrganizationsModule],
  providers: [WebhooksService, WebhooksResolver, WebhookDeliveryResolver, WebhookWorker, WebhookConsumer],
  exports: [WebhookWorker],
})
export class WebhooksModule {}
