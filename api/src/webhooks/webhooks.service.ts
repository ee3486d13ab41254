import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DEVELOPER_LIMITS, WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT_TYPE } from '@ocmf/standard';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CommonErrors } from '../common/domain-error.js';
import { type RequestContext, requireUser } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { inSystemTransaction } from '../database/system-transaction.js';
import { checkDestination } from './webhook-address.js';
import type { TestEventData, WebhookMessage } from './webhook-payloads.js';
import { newWebhookSecret } from './webhook-signing.js';
import { WebhookWorker } from './webhook-worker.js';
import { WebhookEndpointEntity } from './webhook.entity.js';
import { WebhookErrors } from './webhooks.errors.js';
import { AttemptsByDelivery, DeliveriesByEndpoint, DELIVERY_COLUMNS, type DeliveryRow, toDelivery } from './webhooks.loader.js';
import type {
  CreatedWebhookEndpointType,
  RotatedWebhookSecretType,
  WebhookAttemptType,
  WebhookDeliveryConnection,
  WebhookDeliveryType,
  WebhookEndpointType,
} from './webhooks.types.js';
import type { CreateWebhookEndpointInput, DeliveriesArgs, UpdateWebhookEndpointInput } from './dto/webhook-endpoint.input.js';

const urlSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(DEVELOPER_LIMITS.endpointUrl.max, `must be at most ${DEVELOPER_LIMITS.endpointUrl.max} characters`)
  .superRefine((value, issue) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      issue.addIssue({ code: 'custom', message: 'must be an absolute URL such as https://example.com/ocmf-webhooks' });
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      issue.addIssue({ code: 'custom', message: 'must start with https:// (or http://)' });
    else if (url.username || url.password) issue.addIssue({ code: 'custom', message: 'must not carry a user name or password' });
    else if (url.hash) issue.addIssue({ code: 'custom', message: 'must not have a #fragment' });
  });

const eventsSchema = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, { message: `must be one of ${WEBHOOK_EVENT_TYPES.join(', ')}` }))
  .min(1, 'must name at least one event type')
  .refine((events) => new Set(events).size === events.length, 'must not name an event type twice');

const descriptionSchema = z
  .string()
  .trim()
  .max(DEVELOPER_LIMITS.endpointDescription.max, `must be at most ${DEVELOPER_LIMITS.endpointDescription.max} characters`);

const createSchema = z.object({
  url: urlSchema,
  events: eventsSchema,
  description: descriptionSchema.nullable().optional(),
  organizationId: z.string().nullable().optional(),
});
const updateSchema = z.object({
  id: z.string(),
  url: urlSchema.nullable().optional(),
  events: eventsSchema.nullable().optional(),
  description: descriptionSchema.nullable().optional(),
  enabled: z.boolean().nullable().optional(),
});

const isUuid = (value: string) => z.uuid().safeParse(value).success;

/** SQL: the endpoint `alias` is the viewer's own, or belongs to an organisation the viewer owns. */
const MANAGED_BY_VIEWER = (alias: string, viewer: string) =>
  `(${alias}.owner_user_id = ${viewer} OR ${alias}.owner_organization_id IN
     (SELECT m.organization_id FROM organization_members m WHERE m.user_id = ${viewer} AND m.role = 'OWNER'))`;

/** Webhook endpoints and their deliveries, each seen and managed only by its owner. */
@Injectable()
export class WebhooksService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly worker: WebhookWorker,
    private readonly organizations: OrganizationsService,
  ) {}

  /** The viewer's own endpoints, or (with `organizationId`) those of an organisation they own. */
  async listMine(ctx: RequestContext, organizationId?: string | null): Promise<WebhookEndpointType[]> {
    const owner = requireUser(ctx);
    if (organizationId) await this.organizations.requireOwner(ctx, organizationId, 'see its webhook endpoints');
    const endpoints = await ctx.manager.find(WebhookEndpointEntity, {
      where: organizationId ? { ownerOrganizationId: organizationId } : { ownerUserId: owner.id },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    return endpoints.map(toType);
  }

  async get(ctx: RequestContext, id: string): Promise<WebhookEndpointType> {
    return toType(await this.find(ctx, id));
  }

  /**
   * Registers an endpoint. Its address is checked first, outside any transaction: resolving a host name can take
   * seconds, and no transaction should wait on the network (on the embedded database an open transaction holds
   * every other connection). Then one transaction writes it.
   */
  async create(ctx: RequestContext, input: CreateWebhookEndpointInput): Promise<CreatedWebhookEndpointType> {
    const owner = requireUser(ctx);
    const data = parseInput(createSchema, input);
    await this.assertPublic(data.url, 'input.url');
    return inSystemTransaction(this.dataSource, (tx) => this.insert(tx, data), owner);
  }

  private async insert(ctx: RequestContext, data: z.output<typeof createSchema>): Promise<CreatedWebhookEndpointType> {
    const user = requireUser(ctx);
    const organizationId = data.organizationId
      ? (await this.organizations.requireOwner(ctx, data.organizationId, 'add webhook endpoints', 'input.organizationId')).id
      : null;
    const ownerKey = organizationId ?? user.id;
    await ctx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`webhook-endpoints:${ownerKey}`]);
    const owned = organizationId ? { ownerOrganizationId: organizationId } : { ownerUserId: user.id };
    if ((await ctx.manager.countBy(WebhookEndpointEntity, owned)) >= DEVELOPER_LIMITS.endpointsPerOwner) {
      throw WebhookErrors.tooMany();
    }
    const secret = newWebhookSecret();
    const endpoint = ctx.manager.create(WebhookEndpointEntity, {
      ownerUserId: organizationId ? null : user.id,
      ownerOrganizationId: organizationId,
      url: data.url,
      events: data.events,
      description: data.description ?? '',
      enabled: true,
      secret,
    });
    await ctx.manager.save(endpoint);
    return { secret, endpoint: toType(endpoint) };
  }

  /** Changes an endpoint; a new URL is checked first, outside the transaction (see create). */
  async update(ctx: RequestContext, input: UpdateWebhookEndpointInput): Promise<WebhookEndpointType> {
    const owner = requireUser(ctx);
    const data = parseInput(updateSchema, input);
    if (data.url != null) await this.assertPublic(data.url, 'input.url');
    return inSystemTransaction(this.dataSource, (tx) => this.change(tx, data), owner);
  }

  private async change(ctx: RequestContext, data: z.output<typeof updateSchema>): Promise<WebhookEndpointType> {
    const endpoint = await this.find(ctx, data.id, { lock: true, path: 'input.id' });
    if (data.url != null) endpoint.url = data.url;
    if (data.events != null) endpoint.events = data.events;
    if (data.description != null) endpoint.description = data.description;
    if (data.enabled === true && !endpoint.enabled) {
      Object.assign(endpoint, { enabled: true, disabledReason: null, disabledAt: null, failingSince: null });
    } else if (data.enabled === false && endpoint.enabled) {
      Object.assign(endpoint, { enabled: false, disabledReason: 'Disabled by its owner.', disabledAt: new Date() });
    }
    await ctx.manager.save(endpoint);
    if (endpoint.enabled) ctx.afterCommit(() => this.worker.wake());
    return toType(endpoint);
  }

  /** Deletes an endpoint with its deliveries and their log. */
  async delete(ctx: RequestContext, id: string): Promise<string> {
    const endpoint = await this.find(ctx, id, { lock: true });
    await ctx.manager.delete(WebhookEndpointEntity, { id: endpoint.id });
    return endpoint.id;
  }

  /** A new secret; the replaced one keeps signing beside it for 24 hours, so receivers can switch without a gap. */
  async rotate(ctx: RequestContext, id: string): Promise<RotatedWebhookSecretType> {
    const endpoint = await this.find(ctx, id, { lock: true });
    const secret = newWebhookSecret();
    endpoint.previousSecret = endpoint.secret;
    endpoint.previousSecretExpiresAt = new Date(Date.now() + DEVELOPER_LIMITS.rotationOverlapHours * 3_600_000);
    endpoint.secret = secret;
    await ctx.manager.save(endpoint);
    return { secret, endpoint: toType(endpoint) };
  }

  /** Queues a `webhook.test` message to the endpoint, delivered (and retried) like any other. */
  async sendTest(ctx: RequestContext, id: string): Promise<WebhookDeliveryType> {
    const endpoint = await this.find(ctx, id);
    if (!endpoint.enabled) throw WebhookErrors.disabled('send it a test event');
    const message: WebhookMessage<typeof WEBHOOK_TEST_EVENT_TYPE, TestEventData> = {
      type: WEBHOOK_TEST_EVENT_TYPE,
      timestamp: new Date().toISOString(),
      data: { endpointId: endpoint.id, message: 'A test event from OCMF Commons. If you can read this, your endpoint receives webhooks.' },
    };
    const [row] = (await ctx.manager.query(
      `INSERT INTO webhook_deliveries (endpoint_id, message_id, event_type, body, next_attempt_at)
       VALUES ($1, $2, $3, $4, now()) RETURNING ${DELIVERY_COLUMNS.replace(/d\./g, '')}`,
      [endpoint.id, `msg_${randomUUID().replace(/-/g, '')}`, WEBHOOK_TEST_EVENT_TYPE, JSON.stringify(message)],
    )) as DeliveryRow[];
    ctx.afterCommit(() => this.worker.wake());
    return toDelivery(row!);
  }

  /** Sends a delivery again, now, with the same webhook-id; if that fails, it is retried on the schedule again. */
  async redeliver(ctx: RequestContext, deliveryId: string): Promise<WebhookDeliveryType> {
    const owner = requireUser(ctx);
    if (!isUuid(deliveryId)) throw WebhookErrors.deliveryNotFound();
    const [delivery] = (await ctx.manager.query(
      `SELECT d.id, d.locked_until > now() AS in_flight, e.enabled
         FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
        WHERE d.id = $1 AND ${MANAGED_BY_VIEWER('e', '$2')}
          FOR UPDATE OF d`,
      [deliveryId, owner.id],
    )) as { id: string; in_flight: boolean | null; enabled: boolean }[];
    if (!delivery) throw WebhookErrors.deliveryNotFound();
    if (!delivery.enabled) throw WebhookErrors.disabled('redeliver to it');
    if (delivery.in_flight) throw WebhookErrors.attemptUnderWay();
    const [[row]] = (await ctx.manager.query(
      `UPDATE webhook_deliveries d SET status = 'PENDING', failures = 0, next_attempt_at = now(), delivered_at = NULL, locked_until = NULL
        WHERE d.id = $1 RETURNING ${DELIVERY_COLUMNS}`,
      [deliveryId],
    )) as [DeliveryRow[], number];
    ctx.afterCommit(() => this.worker.wake());
    return toDelivery(row!);
  }

  deliveries(ctx: RequestContext, endpoint: WebhookEndpointType, args: DeliveriesArgs): Promise<WebhookDeliveryConnection> {
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > 100) {
      throw CommonErrors.badInput([{ path: 'first', message: 'must be a whole number from 1 to 100' }]);
    }
    if (args.after && !isUuid(args.after))
      throw CommonErrors.badInput([{ path: 'after', message: 'must be an endCursor this API returned' }]);
    return ctx.loaders.get(DeliveriesByEndpoint).load({ endpointId: endpoint.id, first, after: args.after ?? null });
  }

  attempts(ctx: RequestContext, delivery: WebhookDeliveryType): Promise<WebhookAttemptType[]> {
    return ctx.loaders.get(AttemptsByDelivery).load(delivery.id);
  }

  private async find(ctx: RequestContext, id: string, options: { lock?: boolean; path?: string } = {}): Promise<WebhookEndpointEntity> {
    const owner = requireUser(ctx);
    if (!isUuid(id)) throw WebhookErrors.endpointNotFound(options.path);
    // Checked against the membership rows on every call, so an owner removed a moment ago is refused at once.
    const query = ctx.manager
      .createQueryBuilder(WebhookEndpointEntity, 'e')
      .where('e.id = :id', { id })
      .andWhere(MANAGED_BY_VIEWER('e', ':viewer'), { viewer: owner.id });
    const endpoint = await (options.lock ? query.setLock('pessimistic_write') : query).getOne();
    if (!endpoint) throw WebhookErrors.endpointNotFound(options.path);
    return endpoint;
  }

  private async assertPublic(url: string, path: string): Promise<void> {
    const check = await checkDestination(new URL(url), this.config.webhooksAllowPrivate);
    if (!check.ok) throw WebhookErrors.refusedDestination(path, check.reason);
  }
}

export function toType(endpoint: WebhookEndpointEntity): WebhookEndpointType {
  const overlap = endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt.getTime() > Date.now();
  return {
    id: endpoint.id,
    organizationId: endpoint.ownerOrganizationId,
    url: endpoint.url,
    events: endpoint.events,
    description: endpoint.description,
    enabled: endpoint.enabled,
    disabledReason: endpoint.disabledReason,
    disabledAt: endpoint.disabledAt,
    failingSince: endpoint.failingSince,
    previousSecretExpiresAt: overlap ? endpoint.previousSecretExpiresAt : null,
    createdAt: endpoint.createdAt,
    updatedAt: endpoint.updatedAt,
  };
}
