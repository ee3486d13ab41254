import { useState } from 'react';
import { type FragmentType, graphql, useFragment } from '../gql';
import type { WebhookDeliveryStatus } from '../gql/graphql';
import { Badge, type BadgeTone } from '../ui/Badge';
import { formatDateTime } from '../ui/format';
import { describeError } from '../ui/graphql-errors';
import { Time } from '../ui/Time';
import { attemptOutcome, DELIVERY_STATUS_LABELS } from './developer-form';
import { useRedeliverWebhookMutation } from './useRedeliverWebhookMutation';

export const DeliveryLog_delivery = graphql(`
  fragment DeliveryLog_delivery on WebhookDelivery {
    id
    messageId
    eventType
    status
    createdAt
    nextAttemptAt
    attempts {
      number
      at
      statusCode
      durationMs
      error
      responseExcerpt
    }
  }
`);

const STATUS_TONES: Record<WebhookDeliveryStatus, BadgeTone> = { PENDING: 'info', SUCCEEDED: 'positive', FAILED: 'negative' };

/** What was sent to an endpoint, newest first: each delivery with every attempt, and a way to send it again. */
export function DeliveryLog(props: { deliveries: readonly FragmentType<typeof DeliveryLog_delivery>[]; canRedeliver: boolean }) {
  const deliveries = useFragment(DeliveryLog_delivery, props.deliveries);
  const { redeliverWebhook, loading } = useRedeliverWebhookMutation();
  const [status, setStatus] = useState('');

  const redeliver = async (id: string, messageId: string) => {
    setStatus('');
    try {
      await redeliverWebhook(id);
      setStatus(`${messageId} is being sent again, with the same webhook-id.`);
    } catch (failure) {
      setStatus(describeError(failure).message);
    }
  };

  if (deliveries.length === 0) return <p className="muted">Nothing has been sent to this endpoint yet.</p>;
  return (
    <>
      <ol className="delivery-log" data-testid="delivery-log">
        {deliveries.map((delivery) => (
          <li key={delivery.id} className="delivery" data-testid="delivery">
            <div className="delivery__head">
              <p className="delivery__title">
                <code>{delivery.eventType}</code>{' '}
                <Badge tone={STATUS_TONES[delivery.status]} testId="delivery-status">
                  {DELIVERY_STATUS_LABELS[delivery.status]}
                </Badge>
              </p>
              <p className="muted">
                Queued {formatDateTime(delivery.createdAt)} · <span className="delivery__id">webhook-id {delivery.messageId}</span>
                {delivery.nextAttemptAt ? ` · next attempt ${formatDateTime(delivery.nextAttemptAt)}` : ''}
              </p>
              {props.canRedeliver ? (
                <button
                  type="button"
                  className="button button--quiet button--small"
                  disabled={loading}
                  onClick={() => void redeliver(delivery.id, delivery.messageId)}
                  data-testid="redeliver"
                >
                  Redeliver<span className="visually-hidden"> {delivery.messageId}</span>
                </button>
              ) : null}
            </div>
            {delivery.attempts.length > 0 ? (
              <div className="table-scroll" role="region" aria-label={`Attempts of ${delivery.messageId}`} tabIndex={0}>
                <table className="attempts">
                  <thead>
                    <tr>
                      <th scope="col">#</th>
                      <th scope="col">Time</th>
                      <th scope="col">HTTP status</th>
                      <th scope="col">Duration</th>
                      <th scope="col">Error</th>
                      <th scope="col">Response</th>
                    </tr>
                  </thead>
                  <tbody>
                    {delivery.attempts.map((attempt) => (
                      <tr key={attempt.number} data-testid="attempt">
                        <td>{attempt.number}</td>
                        <td>
                          <Time value={attempt.at} />
                        </td>
                        <td data-testid="attempt-status">{attemptOutcome(attempt)}</td>
                        <td>{attempt.durationMs} ms</td>
                        <td>{attempt.error ?? '—'}</td>
                        <td>{attempt.responseExcerpt ? <code className="attempts__excerpt">{attempt.responseExcerpt}</code> : '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="muted">No attempt yet.</p>
            )}
          </li>
        ))}
      </ol>
      <p className="status-message" role="status">
        {status}
      </p>
    </>
  );
}
