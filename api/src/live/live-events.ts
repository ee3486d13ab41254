import { EventEmitter, on } from 'node:events';
import { Injectable } from '@nestjs/common';

export type LiveTopic = 'release.published' | `proposal.updated:${number}`;

/**
 * Fans events out to GraphQL subscriptions in this process. Publishers call it from
 * ctx.afterCommit, so subscribers never hear of a change that rolled back.
 */
@Injectable()
export class LiveEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish<T>(topic: LiveTopic, payload: T): void {
    this.emitter.emit(topic, payload);
  }

  /** An async iterator of the topic's payloads; returning from it (client unsubscribes) removes the listener. */
  subscribe<T>(topic: LiveTopic): AsyncIterableIterator<T> {
    const events = on(this.emitter, topic) as AsyncIterableIterator<[T]>;
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
