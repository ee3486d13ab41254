import { useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../gql';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { ErrorState } from '../ui/ErrorState';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { formatDateTime } from '../ui/format';
import { describeError, type FormErrors, hasErrorCode, toFormErrors } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { NotFoundState } from '../ui/NotFoundState';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { DeliveryLog } from './DeliveryLog';
import { ShownOnce } from './ShownOnce';
import { useDeleteWebhookEndpointMutation } from './useDeleteWebhookEndpointMutation';
import { useRotateWebhookSecretMutation } from './useRotateWebhookSecretMutation';
import { useSendTestWebhookMutation } from './useSendTestWebhookMutation';
import { useUpdateWebhookEndpointMutation } from './useUpdateWebhookEndpointMutation';
import { type EndpointForm, WebhookEndpointFields } from './WebhookEndpointFields';
import { ENDPOINT_FIELD_LABELS } from './WebhookEndpointsSection';
import { SignInToManage } from './DeveloperSettingsPage';
import { useCurrentUser } from '../auth/useCurrentUser';
import './developer.css';

export const WebhookEndpointQuery = graphql(`
  query WebhookEndpoint($id: ID!) {
    webhookEndpoint(id: $id) {
      id
      url
      events
      description
      enabled
      disabledReason
      disabledAt
      failingSince
      previousSecretExpiresAt
      createdAt
      deliveries(first: 20) {
        nodes {
          id
          status
          ...DeliveryLog_delivery
        }
      }
    }
  }
`);

const POLL_MS = 2000;
const NO_ERRORS: FormErrors = { form: null, fields: {} };

/** One endpoint: its settings, its secret's rotation, a test event, and the log of what was sent to it. */
export function WebhookEndpointPage() {
  useDocumentTitle('Webhook endpoint');
  const { id = '' } = useParams();
  const { user, loading: userLoading } = useCurrentUser();
  const { data, error, refetch, startPolling, stopPolling } = useQuery(WebhookEndpointQuery, {
    variables: { id },
    skip: !user,
    fetchPolicy: 'cache-and-network',
  });
  const endpoint = data?.webhookEndpoint;
  // While something is waiting to be sent, follow the worker's progress.
  const pending = endpoint?.deliveries.nodes.some((delivery) => delivery.status === 'PENDING') ?? false;
  useEffect(() => {
    if (pending) startPolling(POLL_MS);
    else stopPolling();
    return stopPolling;
  }, [pending, startPolling, stopPolling]);

  if (!user) return userLoading ? <LoadingState label="Loading…" /> : <SignInToManage next={`/settings/developer/webhooks/${id}`} />;
  if (!endpoint) {
    if (error && hasErrorCode(error, 'WEBHOOK_ENDPOINT_NOT_FOUND')) {
      return (
        <NotFoundState heading="No such webhook endpoint">
          <p>
            It does not exist, or it is not yours. See <Link to="/settings/developer">your endpoints</Link>.
          </p>
        </NotFoundState>
      );
    }
    if (error) return <ErrorState error={error} heading="Could not load the endpoint" onRetry={() => void refetch()} />;
    return <LoadingState label="Loading the endpoint…" />;
  }
  return (
    <div className="developer-page">
      <Breadcrumbs items={[{ label: 'Developer settings', to: '/settings/developer' }, { label: endpoint.url }]} />
      <header className="page-header">
        <h1 className="developer-page__url">{endpoint.url}</h1>
        <p className="lead">
          {endpoint.enabled ? 'Active' : 'Disabled'} · receives {endpoint.events.join(', ')} · added {formatDateTime(endpoint.createdAt)}
        </p>
        {endpoint.disabledReason ? (
          <p className="notice" data-testid="disabled-reason">
            Disabled{endpoint.disabledAt ? ` on ${formatDateTime(endpoint.disabledAt)}` : ''}: {endpoint.disabledReason}
          </p>
        ) : endpoint.failingSince ? (
          <p className="notice">
            Every attempt has failed since {formatDateTime(endpoint.failingSince)}. After 5 days of failures it is disabled.
          </p>
        ) : null}
      </header>
      <EndpointActions endpoint={endpoint} />
      <section className="developer-section" aria-labelledby="log-title">
        <h2 id="log-title">Delivery log</h2>
        <p>The 20 most recent deliveries, with every attempt: time, HTTP status, duration, error and the first 1 KB of the answer.</p>
        <DeliveryLog deliveries={endpoint.deliveries.nodes} canRedeliver={endpoint.enabled} />
      </section>
      <EditEndpoint endpoint={endpoint} />
    </div>
  );
}

type Endpoint = {
  id: string;
  url: string;
  events: string[];
  description: string;
  enabled: boolean;
  previousSecretExpiresAt?: string | null;
};

function EndpointActions({ endpoint }: { endpoint: Endpoint }) {
  const { sendTestWebhook, loading: sending } = useSendTestWebhookMutation();
  const { rotateWebhookSecret, loading: rotating } = useRotateWebhookSecretMutation();
  const { updateWebhookEndpoint, loading: toggling } = useUpdateWebhookEndpointMutation();
  const [secret, setSecret] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const run = async (action: () => Promise<void>) => {
    setStatus('');
    try {
      await action();
    } catch (failure) {
      setStatus(describeError(failure).message);
    }
  };

  return (
    <section className="developer-section" aria-labelledby="actions-title">
      <h2 id="actions-title">Test and secret</h2>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={sending || !endpoint.enabled}
          data-testid="send-test"
          onClick={() =>
            void run(async () => {
              await sendTestWebhook(endpoint.id);
              setStatus('A webhook.test message is on its way: it appears in the delivery log below.');
            })
          }
        >
          {sending ? 'Sending…' : 'Send test event'}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={rotating}
          onClick={() => void run(async () => setSecret(await rotateWebhookSecret(endpoint.id)))}
        >
          Rotate secret
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={toggling}
          onClick={() =>
            void run(async () => {
              await updateWebhookEndpoint({ id: endpoint.id, enabled: !endpoint.enabled });
              setStatus(
                endpoint.enabled
                  ? 'Disabled: nothing is sent to it until you enable it again.'
                  : 'Enabled: pending deliveries go out again.',
              );
            })
          }
        >
          {endpoint.enabled ? 'Disable' : 'Enable'}
        </button>
      </div>
      {secret ? (
        <ShownOnce
          label="New signing secret"
          value={secret}
          note="Copy it now: it will not be shown again. For 24 hours messages are signed with the old secret too, so you can switch without a gap."
          testId="rotated-secret"
        />
      ) : endpoint.previousSecretExpiresAt ? (
        <p className="muted">The previous secret also signs messages until {formatDateTime(endpoint.previousSecretExpiresAt)}.</p>
      ) : null}
      <p className="status-message" role="status" data-testid="endpoint-status">
        {status}
      </p>
    </section>
  );
}

function EditEndpoint({ endpoint }: { endpoint: Endpoint }) {
  const navigate = useNavigate();
  const { updateWebhookEndpoint, loading } = useUpdateWebhookEndpointMutation();
  const { deleteWebhookEndpoint, loading: deleting } = useDeleteWebhookEndpointMutation();
  const [form, setForm] = useState<EndpointForm>({ url: endpoint.url, events: endpoint.events, description: endpoint.description });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    setStatus('');
    try {
      await updateWebhookEndpoint({ id: endpoint.id, url: form.url, events: form.events, description: form.description });
      setStatus('Saved.');
    } catch (failure) {
      setErrors(toFormErrors(failure, ENDPOINT_FIELD_LABELS));
    }
  };
  const remove = async () => {
    try {
      await deleteWebhookEndpoint(endpoint.id);
      await navigate('/settings/developer');
    } catch (failure) {
      setStatus(describeError(failure).message);
    }
  };

  return (
    <section className="developer-section" aria-labelledby="edit-title">
      <h2 id="edit-title">Settings</h2>
      <form className="form developer-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="edit-title">
        <FormErrorSummary message={errors.form} />
        <WebhookEndpointFields form={form} onChange={setForm} errors={errors.fields} idPrefix="edit-endpoint" />
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {loading ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
      <h3>Delete</h3>
      {confirming ? (
        <div className="button-row">
          <p>Delete this endpoint and its delivery log? This cannot be undone.</p>
          <button type="button" className="button button--danger" disabled={deleting} onClick={() => void remove()}>
            Yes, delete it
          </button>
          <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
          Delete endpoint
        </button>
      )}
      <p className="status-message" role="status">
        {status}
      </p>
      <p>
        <Link to="/settings/developer">Back to Developer settings</Link>
      </p>
    </section>
  );
}
