import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { DATABASE_INFO, type DatabaseInfo } from '../database/database.module.js';
import type { DomainEvent } from './domain-events.js';
import { EventBus } from './event-bus.js';

const CHANNEL = 'ocmf_events';
/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7999;
const RECONNECT_MS = 1000;

type Notification = { origin: string; event: DomainEvent };

/**
 * Carries committed events to the other API processes on the same PostgreSQL server, so a subscriber connected to
 * any replica hears of a change made on another. Each event is NOTIFYed inside the publishing transaction, which
 * PostgreSQL delivers to listeners only once it commits (never if it rolls back); every process LISTENs on one
 * connection of its own and hands what others published to its EventBus listeners. Events are tagged with the
 * publishing process's instance id: that process has delivered them already, after its own commit.
 *
 * Not on the embedded database: it is one process anyway, and there a NOTIFY reaches only the connection that sent
 * it, not the listener.
 */
@Injectable()
export class ReplicaFanout implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly instanceId = randomUUID();
  private readonly logger = new Logger('ReplicaFanout');
  private client: pg.Client | null = null;
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly bus: EventBus,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DATABASE_INFO) private readonly database: DatabaseInfo,
  ) {
    if (!database.embedded) bus.handleInTransaction((ctx, event) => this.notify(ctx, event));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.database.embedded) await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async notify(ctx: RequestContext, event: DomainEvent): Promise<void> {
    const payload = JSON.stringify({ origin: this.instanceId, event } satisfies Notification);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
      this.logger.warn(
        `${event.type} is too large to reach other replicas (${Buffer.byteLength(payload)} bytes); its subscribers there miss it`,
      );
      return;
    }
    await ctx.manager.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: (this.dataSource.options as { url?: string }).url,
      application_name: 'ocmf-commons-listen',
    });
    client.on('notification', (message) => this.receive(message.payload));
    client.on('error', (error) => {
      this.logger.warn(`listening for other replicas' events failed: ${error.message}; reconnecting`);
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
  }

  /** The listening connection broke: events published meanwhile on other replicas are missed; listen again. */
  private reconnect(broken: pg.Client): void {
    if (this.stopped || this.client !== broken) return;
    this.client = null;
    void broken.end().catch(() => undefined);
    this.listenLater();
  }

  private listenLater(): void {
    this.reconnectTimer = setTimeout(() => {
      if (this.stopped) return;
      this.listen().catch((error: unknown) => {
        this.logger.warn(`could not listen for other replicas' events: ${error instanceof Error ? error.message : String(error)}`);
        this.listenLater();
      });
    }, RECONNECT_MS);
    this.reconnectTimer.unref();
  }

  private receive(payload: string | undefined): void {
    if (!payload) return;
    let notification: Notification;
    try {
      notification = JSON.parse(payload) as Notification;
    } catch {
      return;
    }
    if (notification.origin === this.instanceId) return;
    this.bus.deliver(notification.event);
  }
}
