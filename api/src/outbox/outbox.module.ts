import { Global, Module } from '@nestjs/common';
import { Outbox } from './outbox.js';
import { Retention } from './retention.js';

/** The transactional outbox every consumer of outgoing events registers with, and the retention of what it keeps. */
@Global()
@Module({ providers: [Outbox, Retention], exports: [Outbox, Retention] })
export class OutboxModule {}
