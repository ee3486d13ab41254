import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/request-context.js';
import type { DomainEvent, DomainEventType } from '../events/domain-events.js';
import { EventBus } from '../events/event-bus.js';
import { OutboxEventEntity } from './outbox-event.entity.js';

/** A stored event, as consumers receive it: its durable id, and the domain event. */
export type OutboxEvent = { id: string; event: DomainEvent; createdAt: Date };

/**
 * Something that acts on events outside the process (webhooks today; notifications, e-mail and digests next).
 * `enqueue` runs inside the publishing transaction and writes the consumer's own work rows (for webhooks, one
 * delivery per subscribed endpoint), which its worker then drains with `FOR UPDATE SKIP LOCKED` and a lease.
 */
export type OutboxConsumer = {
  name: string;
  eventTypes: readonly DomainEventType[];
  /** Of those types, the events it has work for, when not all: an event no consumer wants is not stored. */
  wants?(event: DomainEvent): boolean;
  enqueue(ctx: RequestContext, event: OutboxEvent): Promise<void>;
};

/**
 * The transactional outbox. Publishers know nothing of it: it handles every published event inside the publishing
 * transaction (EventBus.handleInTransaction), stores those some consumer wants in `outbox_events`, and hands each to
 * its consumers there and then. A rollback takes the event and all work rows with it; a commit keeps them all, even
 * if the process dies the next instant.
 */
@Injectable()
export class Outbox {
  private readonly consumers: OutboxConsumer[] = [];

  constructor(events: EventBus) {
    events.handleInTransaction((ctx, event) => this.store(ctx, event));
  }

  /** Adds a consumer; its module calls this once, at start. */
  register(consumer: OutboxConsumer): void {
    if (this.consumers.some((existing) => existing.name === consumer.name))
      throw new Error(`Outbox consumer ${consumer.name} registered twice`);
    this.consumers.push(consumer);
  }

  /** The event types that leave the process: those some consumer wants. */
  eventTypes(): DomainEventType[] {
    return [...new Set(this.consumers.flatMap((consumer) => consumer.eventTypes))];
  }

  private async store(ctx: RequestContext, event: DomainEvent): Promise<void> {
    const consumers = this.consumers.filter((consumer) => consumer.eventTypes.includes(event.type) && (consumer.wants?.(event) ?? true));
    if (consumers.length === 0) return;
    const result = await ctx.manager
      .createQueryBuilder()
      .insert()
      .into(OutboxEventEntity)
      .values({ type: event.type, payload: event })
      .returning(['id', 'created_at'])
      .execute();
    const row = result.raw as { id: string; created_at: Date }[];
    const stored: OutboxEvent = { id: row[0]!.id, event, createdAt: row[0]!.created_at };
    for (const consumer of consumers) await consumer.enqueue(ctx, stored);
  }
}
