import { Global, Module } from '@nestjs/common';
import { Outbox } from './outbox.js';

/** The transactional outbox every consumer of outgoing events registers with. */
@Global()
@Module({ providers: [Outbox], exports: [Outbox] })
export class OutboxModule {}
