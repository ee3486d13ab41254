import DataLoader from 'dataloader';
import { defineLoader } from '../common/loaders.js';
import type { DeliveryStatus } from './webhook.entity.js';
import type { WebhookAttemptType, WebhookDeliveryConnection, WebhookDeliveryType } from './webhooks.types.js';

export type DeliveryPageKey = { endpointId: string; first: number; after: string | null };

/** A delivery as the list reads it (not its body). */
export type DeliveryRow = {
  id: string;
  endpoint_id: string;
  message_id: string;
  event_type: string;
  status: DeliveryStatus;
  attempt_count: number;
  next_attempt_at: Date | null;
  created_at: Date;
  delivered_at: Date | null;
};

export const toDelivery = (row: DeliveryRow): WebhookDeliveryType => ({
  id: row.id,
  endpointId: row.endpoint_id,
  messageId: row.message_id,
  eventType: row.event_type,
  status: row.status,
  attemptCount: row.attempt_count,
  nextAttemptAt: row.status === 'PENDING' ? row.next_attempt_at : null,
  createdAt: row.created_at,
  deliveredAt: row.delivered_at,
});

export const DELIVERY_COLUMNS =
  'd.id, d.endpoint_id, d.message_id, d.event_type, d.status, d.attempt_count, d.next_attempt_at, d.created_at, d.delivered_at';

/**
 * A page of each endpoint's deliveries, newest first: one statement for every endpoint asking for the same page
 * (the cursor is a delivery id, so pages are exact to the microsecond).
 */
export const DeliveriesByEndpoint = defineLoader(
  'webhook-deliveries',
  (manager) =>
    new DataLoader<DeliveryPageKey, WebhookDeliveryConnection, string>(
      async (keys) => {
        const groups = new Map<string, DeliveryPageKey[]>();
        for (const key of keys) {
          const group = `${key.first}|${key.after ?? ''}`;
          groups.set(group, [...(groups.get(group) ?? []), key]);
        }
        const pages = new Map<string, WebhookDeliveryConnection>();
        for (const group of groups.values()) {
          const { first, after } = group[0]!;
          const rows = (await manager.query(
            `SELECT * FROM (
               SELECT ${DELIVERY_COLUMNS}, row_number() OVER (PARTITION BY d.endpoint_id ORDER BY d.created_at DESC, d.id DESC) AS rn
                 FROM webhook_deliveries d
                WHERE d.endpoint_id = ANY($1::uuid[])
                  ${after ? 'AND (d.created_at, d.id) < (SELECT c.created_at, c.id FROM webhook_deliveries c WHERE c.id = $3::uuid)' : ''}
             ) page WHERE rn <= $2 ORDER BY endpoint_id, rn`,
            after ? [group.map((key) => key.endpointId), first + 1, after] : [group.map((key) => key.endpointId), first + 1],
          )) as DeliveryRow[];
          for (const key of group) {
            const mine = rows.filter((row) => row.endpoint_id === key.endpointId);
            const nodes = mine.slice(0, first).map(toDelivery);
            pages.set(pageKey(key), {
              nodes,
              pageInfo: { hasNextPage: mine.length > first, endCursor: nodes.at(-1)?.id ?? null },
            });
          }
        }
        return keys.map((key) => pages.get(pageKey(key))!);
      },
      { cacheKeyFn: pageKey },
    ),
);

function pageKey(key: DeliveryPageKey): string {
  return `${key.endpointId}|${key.first}|${key.after ?? ''}`;
}

/** Every attempt of each delivery, in the order they were made: one statement per request. */
export const AttemptsByDelivery = defineLoader(
  'webhook-attempts',
  (manager) =>
    new DataLoader<string, WebhookAttemptType[]>(async (ids) => {
      const rows = (await manager.query(
        `SELECT delivery_id, number, at, status_code, duration_ms, error, response_excerpt
           FROM webhook_attempts WHERE delivery_id = ANY($1::uuid[]) ORDER BY delivery_id, number`,
        [ids],
      )) as {
        delivery_id: string;
        number: number;
        at: Date;
        status_code: number | null;
        duration_ms: number;
        error: string | null;
        response_excerpt: string | null;
      }[];
      return ids.map((id) =>
        rows
          .filter((row) => row.delivery_id === id)
          .map((row) => ({
            number: row.number,
            at: row.at,
            statusCode: row.status_code,
            durationMs: row.duration_ms,
            error: row.error,
            responseExcerpt: row.response_excerpt,
          })),
      );
    }),
);
