import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module.js';
import { ProposalsModule } from '../proposals/proposals.module.js';
import { NotificationConsumer } from './notification-consumer.js';
import { NotificationScheduler } from './notification-scheduler.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { UnsubscribeController } from './unsubscribe.controller.js';

@Module({
  imports: [ProposalsModule, FrameworkModule],
  controllers: [UnsubscribeController],
  providers: [NotificationsService, NotificationsResolver, NotificationConsumer, NotificationScheduler],
  exports: [NotificationsService, NotificationScheduler],
})
export class NotificationsModule {}
