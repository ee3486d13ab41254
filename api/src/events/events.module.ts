import { Global, Module } from '@nestjs/common';
import { EventBus } from './event-bus.js';
import { ReplicaFanout } from './replica-fanout.js';

@Global()
@Module({ providers: [EventBus, ReplicaFanout], exports: [EventBus] })
export class EventsModule {}
