import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

type Entry = { expiresAt: number; body: Buffer };

/** At most this much memory for answers; the least recently used go first. */
const MAX_BYTES = 32 * 1024 * 1024;
/** An answer bigger than this is not kept (one would crowd out many pages). */
const MAX_ENTRY_BYTES = 1024 * 1024;

/**
 * Answers of anonymous GraphQL queries, kept for a few seconds (RESPONSE_CACHE_SECONDS) and forgotten at once when
 * anything changes: every committed mutation and every domain event (this process's or, through LISTEN/NOTIFY,
 * another replica's) moves the generation on, and only answers of the current generation are served. So a writer
 * reads their own write at once, and the few seconds bound only what changes with time alone (a countdown) or a
 * change made outside this process without an event. A signed-in reader never sees a cached answer: what they see
 * depends on who they are.
 */
@Injectable()
export class PublicResponseCache {
  private generation = 0;
  private bytes = 0;
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.ttlMs = config.responseCacheSeconds * 1000;
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** Something committed: every kept answer is out of date. */
  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  /** The generation an answer being computed now belongs to: read it before executing. */
  current(): number {
    return this.generation;
  }

  key(query: string, variables: unknown, operationName: unknown): string {
    return createHash('sha256')
      .update(JSON.stringify([query, variables ?? null, operationName ?? null]))
      .digest('base64url');
  }

  get(key: string): Buffer | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    // Entries are all of the current generation: invalidate() empties the map.
    if (entry.expiresAt <= Date.now()) {
      this.drop(key, entry);
      return null;
    }
    // Most recently used last, so eviction takes the oldest first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.body;
  }

  /** Keeps an answer computed from the data of `generation`, unless something changed since it started. */
  set(key: string, generation: number, body: Buffer): void {
    if (generation !== this.generation || body.length > MAX_ENTRY_BYTES) return;
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    this.entries.set(key, { expiresAt: Date.now() + this.ttlMs, body });
    this.bytes += body.length;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= MAX_BYTES) break;
      this.drop(oldest, entry);
    }
  }

  private drop(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }
}
