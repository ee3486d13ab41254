import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { compareVersions, improvementPercent, type WebhookEventType } from '@ocmf/standard';
import { CaseStudyEntity } from '../case-studies/case-study.entity.js';
import type { RequestContext } from '../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { DomainEvent, DomainEventType } from '../events/domain-events.js';
import { Outbox, type OutboxEvent } from '../outbox/outbox.js';
import { Retention } from '../outbox/retention.js';
import { ReleaseEntity } from '../releases/release.entity.js';
import {
  type CaseStudyPublishedData,
  type ProposalStatusChangedData,
  releasePublishedData,
  type ReleasePublishedData,
  type UpgradeChecklistLink,
  type WebhookMessage,
} from './webhook-payloads.js';
import { WebhookWorker } from './webhook-worker.js';

/** The domain events webhooks announce, and the event type each is announced as. */
const WEBHOOK_TYPES = {
  ReleasePublished: 'release.published',
  ProposalStatusChanged: 'proposal.status_changed',
  CaseStudyPublished: 'case_study.published',
} as const satisfies Partial<Record<DomainEventType, WebhookEventType>>;

/**
 * The outbox's webhook consumer: inside the publishing transaction it writes one delivery per enabled endpoint
 * subscribed to the event's type, each carrying the same message (the same webhook-id, derived from the outbox
 * event's id, and the same body). Once the transaction commits it wakes this process's worker, so the first
 * attempt goes out at once; other replicas' workers find the deliveries at their next poll.
 */
@Injectable()
export class WebhookConsumer implements OnModuleInit {
  constructor(
    private readonly outbox: Outbox,
    private readonly retention: Retention,
    private readonly worker: WebhookWorker,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.outbox.register({
      name: 'webhooks',
      eventTypes: Object.keys(WEBHOOK_TYPES) as DomainEventType[],
      enqueue: (ctx, event) => this.enqueue(ctx, event),
    });
    // A delivered or failed delivery's log (and its attempts, by cascade) is kept for the retention period; one
    // still pending is work to do, whatever its age.
    this.retention.register({
      name: 'webhook deliveries',
      sweep: async (manager, before) => {
        const [, deleted] = (await manager.query(
          `DELETE FROM webhook_deliveries
            WHERE status <> 'PENDING' AND coalesce(delivered_at, last_attempt_at, created_at) < $1`,
          [before],
        )) as [unknown, number];
        return deleted;
      },
    });
  }

  private async enqueue(ctx: RequestContext, stored: OutboxEvent): Promise<void> {
    const message = await this.message(ctx, stored.event);
    if (!message) return;
    const messageId = `msg_${stored.id.replace(/-/g, '')}`;
    // A release tells an organisation's endpoints which of its products it left behind: their bodies differ.
    const perOrganization = stored.event.type === 'ReleasePublished';
    const inserted = (await ctx.manager.query(
      `INSERT INTO webhook_deliveries (endpoint_id, event_id, message_id, event_type, body, next_attempt_at)
       SELECT e.id, $1, $2, $3, $4, now() FROM webhook_endpoints e
        WHERE e.enabled AND $3 = ANY(e.events) AND ($5::boolean IS FALSE OR e.owner_organization_id IS NULL)
       ON CONFLICT (endpoint_id, message_id) DO NOTHING
       RETURNING id`,
      [stored.id, messageId, message.type, JSON.stringify(message), perOrganization],
    )) as { id: string }[];
    if (perOrganization && stored.event.type === 'ReleasePublished') {
      inserted.push(...(await this.enqueueForOrganizations(ctx, stored, messageId, message, stored.event.version)));
    }
    if (inserted.length > 0) ctx.afterCommit(() => this.worker.wake());
  }

  /** release.published to organisations' endpoints, each with its organisation's products' checklist links. */
  private async enqueueForOrganizations(
    ctx: RequestContext,
    stored: OutboxEvent,
    messageId: string,
    message: WebhookMessage<string, unknown>,
    version: string,
  ): Promise<{ id: string }[]> {
    const endpoints = (await ctx.manager.query(
      `SELECT id, owner_organization_id FROM webhook_endpoints
        WHERE enabled AND $1 = ANY(events) AND owner_organization_id IS NOT NULL`,
      [message.type],
    )) as { id: string; owner_organization_id: string }[];
    if (endpoints.length === 0) return [];
    const products = (await ctx.manager.query(
      `SELECT p.id, p.name, p.organization_id, r.release_version
         FROM products p JOIN implementation_reports r ON r.product_id = p.id
        WHERE p.organization_id = ANY($1::uuid[]) ORDER BY p.name, p.id`,
      [[...new Set(endpoints.map((e) => e.owner_organization_id))]],
    )) as { id: string; name: string; organization_id: string; release_version: string }[];
    const inserted: { id: string }[] = [];
    for (const endpoint of endpoints) {
      const checklists: UpgradeChecklistLink[] = products
        .filter((p) => p.organization_id === endpoint.owner_organization_id && compareVersions(p.release_version, version) < 0)
        .map((p) => ({
          productId: p.id,
          productName: p.name,
          fromVersion: p.release_version,
          toVersion: version,
          url: `${this.config.publicUrl}/products/${p.id}#upgrade-checklist`,
        }));
      const body = { ...message, data: { ...(message.data as object), checklists } };
      inserted.push(
        ...((await ctx.manager.query(
          `INSERT INTO webhook_deliveries (endpoint_id, event_id, message_id, event_type, body, next_attempt_at)
           VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT (endpoint_id, message_id) DO NOTHING RETURNING id`,
          [endpoint.id, stored.id, messageId, message.type, JSON.stringify(body)],
        )) as { id: string }[]),
      );
    }
    return inserted;
  }

  private async message(ctx: RequestContext, event: DomainEvent): Promise<WebhookMessage<string, unknown> | null> {
    const base = this.config.publicUrl;
    switch (event.type) {
      case 'ReleasePublished': {
        const release = await ctx.manager.findOneByOrFail(ReleaseEntity, { version: event.version });
        const data: ReleasePublishedData = releasePublishedData(base, release);
        return { type: WEBHOOK_TYPES.ReleasePublished, timestamp: event.at, data };
      }
      case 'ProposalStatusChanged': {
        const data: ProposalStatusChangedData = {
          number: event.proposalNumber,
          title: event.title,
          from: event.from,
          to: event.to,
          reason: event.reason,
          url: `${base}/proposals/${event.proposalNumber}`,
          changedAt: event.at,
        };
        return { type: WEBHOOK_TYPES.ProposalStatusChanged, timestamp: event.at, data };
      }
      case 'CaseStudyPublished': {
        const caseStudy = await ctx.manager.findOneOrFail(CaseStudyEntity, {
          where: { id: event.caseStudyId },
          relations: { author: true },
        });
        const data: CaseStudyPublishedData = {
          id: caseStudy.id,
          title: caseStudy.title,
          summary: caseStudy.summary,
          organization: caseStudy.organization,
          industry: caseStudy.industry,
          organizationSize: caseStudy.organizationSize,
          releaseVersion: caseStudy.releaseVersion,
          author: caseStudy.author.displayName,
          publishedAt: (caseStudy.publishedAt ?? new Date(event.at)).toISOString(),
          url: `${base}/case-studies/${caseStudy.id}`,
          outcomes: caseStudy.outcomes.map((outcome) => ({
            measureKey: outcome.measureKey,
            measureName: outcome.measureName,
            unit: outcome.unit,
            before: outcome.before,
            after: outcome.after,
            improvementPercent: improvementPercent(outcome.before, outcome.after, outcome.direction),
            usage: outcome.usage,
          })),
        };
        return { type: WEBHOOK_TYPES.CaseStudyPublished, timestamp: event.at, data };
      }
      default:
        return null;
    }
  }
}
