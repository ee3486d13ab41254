import { DEVELOPER_LIMITS } from '@ocmf/standard';
import { CommonErrors, DomainError } from '../common/domain-error.js';

export const WebhookErrors = {
  /** Unknown, or someone else's: the two look the same. */
  endpointNotFound: (path = 'id') =>
    new DomainError('WEBHOOK_ENDPOINT_NOT_FOUND', 'There is no such webhook endpoint of yours.', [
      { path, message: 'matches no webhook endpoint of yours' },
    ]),
  deliveryNotFound: () =>
    new DomainError('WEBHOOK_DELIVERY_NOT_FOUND', 'There is no such delivery to an endpoint of yours.', [
      { path: 'deliveryId', message: 'matches no delivery to an endpoint of yours' },
    ]),
  tooMany: () =>
    new DomainError(
      'TOO_MANY_WEBHOOK_ENDPOINTS',
      `You have ${DEVELOPER_LIMITS.endpointsPerOwner} webhook endpoints already: delete one before adding another (one endpoint can receive every event type).`,
    ),
  refusedDestination: (path: string, reason: string) =>
    CommonErrors.badInput([{ path, message: `must point at a public address: ${reason}` }]),
  disabled: (action: string) => CommonErrors.invalidState(`This endpoint is disabled: enable it before you ${action}.`),
  attemptUnderWay: () => CommonErrors.invalidState('An attempt to deliver this message is under way; redeliver it once it has finished.'),
};
