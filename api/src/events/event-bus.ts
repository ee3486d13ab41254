import { EventEmitter, on } from 'node:events';
import { Injectable, Logger } from '@nestjs/common';
import type { RequestContext } from '../common/request-context.js';
import { PublicResponseCache } from '../response-cache/public-response-cache.js';
import type { DomainEvent, EventInput } from './domain-events.js';

/** Work that must be written in the same transaction as the change itself (the outbox). */
export type TransactionalHandler = (ctx: RequestContext, event: DomainEvent) => Promise<void>;

/**
 * The one way state changes are announced. A service calls `publish(ctx, event)` from the method where the
 * change happens, inside its transaction: transactional handlers (the outbox) run there and then, with the
 * transaction's EntityManager, so they commit or roll back with the change; listeners (live subscriptions)
 * hear of the event only after the commit, and never of a change that rolled back.
 */
@Injectable()
export class EventBus {
  private readonly logger = new Logger('EventBus');
  private readonly handlers: TransactionalHandler[] = [];
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  constructor(private readonly responses: PublicResponseCache) {}

  async publish(ctx: RequestContext, input: EventInput): Promise<DomainEvent> {
    const event = { ...input, actorId: ctx.user?.id ?? null, at: new Date().toISOString() } as DomainEvent;
    for (const handler of this.handlers) await handler(ctx, event);
    ctx.afterCommit(() => this.deliver(event));
    return event;
  }

  /** Registers work to do inside the publishing transaction; modules call it once, at start. */
  handleInTransaction(handler: TransactionalHandler): void {
    this.handlers.push(handler);
  }

  /** Hands a committed event to this process's listeners. */
  deliver(event: DomainEvent): void {
    // Whatever changed, kept answers no longer hold (on every replica: each delivers every event).
    this.responses.invalidate();
    try {
      this.emitter.emit('event', event);
    } catch (error) {
      // A listener's failure must not undo or hide the change that already committed.
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
  }

  /** How many listeners (live subscriptions) this process has now. */
  listenerCount(): number {
    return this.emitter.listenerCount('event');
  }

  /** Committed events, as an async iterator; returning from it (a client unsubscribing) removes the listener. */
  stream(): AsyncIterableIterator<DomainEvent> {
    const events = on(this.emitter, 'event') as AsyncIterableIterator<[DomainEvent]>;
    return {
      next: async () => {
        const result = await events.next();
        return result.done ? { done: true, value: undefined } : { done: false, value: result.value[0] };
      },
      return: async () => {
        await events.return?.();
        return { done: true, value: undefined };
      },
      throw: async (error: unknown) => {
        await events.return?.();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}

/**
 * Turns committed events into a subscription's payloads: `project` reads what the subscriber should receive
 * for an event (with their own identity), or null to skip it. One event at a time, in order.
 */
export async function* project<T>(
  events: AsyncIterableIterator<DomainEvent>,
  project: (event: DomainEvent) => Promise<T | null>,
): AsyncGenerator<T, void, undefined> {
  for await (const event of events) {
    const payload = await project(event);
    if (payload !== null) yield payload;
  }
}
