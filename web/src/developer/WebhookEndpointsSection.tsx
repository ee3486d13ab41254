import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { Badge } from '../ui/Badge';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { type FormErrors, toFormErrors } from '../ui/graphql-errors';
import { ShownOnce } from './ShownOnce';
import { useCreateWebhookEndpointMutation } from './useCreateWebhookEndpointMutation';
import { type EndpointForm, WebhookEndpointFields } from './WebhookEndpointFields';

export const WebhookEndpointSummary_endpoint = graphql(`
  fragment WebhookEndpointSummary_endpoint on WebhookEndpoint {
    id
    url
    events
    description
    enabled
    disabledReason
  }
`);

const EMPTY: EndpointForm = { url: '', events: ['release.published'], description: '' };
const NO_ERRORS: FormErrors = { form: null, fields: {} };
export const ENDPOINT_FIELD_LABELS = { url: 'URL', events: 'Events', description: 'Description' };

/** Webhook endpoints: add one (its signing secret shown once), and the list, each linking its page and log. */
export function WebhookEndpointsSection(props: { endpoints: readonly FragmentType<typeof WebhookEndpointSummary_endpoint>[] }) {
  const endpoints = useFragment(WebhookEndpointSummary_endpoint, props.endpoints);
  const { createWebhookEndpoint, loading } = useCreateWebhookEndpointMutation();
  const [form, setForm] = useState<EndpointForm>(EMPTY);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [created, setCreated] = useState<{ id: string; url: string; secret: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    try {
      const result = await createWebhookEndpoint({ url: form.url, events: form.events, description: form.description || null });
      setCreated({ ...result, url: form.url });
      setForm(EMPTY);
    } catch (failure) {
      setErrors(toFormErrors(failure, ENDPOINT_FIELD_LABELS));
    }
  };

  return (
    <section className="developer-section" aria-labelledby="webhooks-title" data-testid="webhooks">
      <h2 id="webhooks-title">Webhooks</h2>
      <p>
        OCMF Commons POSTs each event to your endpoints as a <a href="https://www.standardwebhooks.com/">Standard Webhooks</a> message,
        signed with the endpoint&rsquo;s secret, and retries for more than a day until it is answered with a 2xx status. Payloads are
        described by JSON Schemas at <code>/schema/webhooks/&lt;event&gt;.schema.json</code>.
      </p>

      {created ? (
        <div className="developer-created" data-testid="created-endpoint">
          <ShownOnce
            label={`Signing secret for ${created.url}`}
            value={created.secret}
            note="Copy it now: it will not be shown again. Verify each message’s webhook-signature with it."
            testId="endpoint-secret"
          />
          <p>
            <Link to={`/settings/developer/webhooks/${created.id}`} data-testid="created-endpoint-link">
              Open the endpoint to send a test event
            </Link>
          </p>
        </div>
      ) : null}

      <form className="form developer-form" onSubmit={(event) => void submit(event)} aria-labelledby="endpoint-form-title" noValidate>
        <h3 id="endpoint-form-title">New endpoint</h3>
        <FormErrorSummary message={errors.form} />
        <WebhookEndpointFields form={form} onChange={setForm} errors={errors.fields} idPrefix="new-endpoint" />
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {loading ? 'Adding…' : 'Add endpoint'}
          </button>
        </div>
      </form>

      <h3>Your endpoints</h3>
      {endpoints.length === 0 ? (
        <p className="muted">You have no webhook endpoint.</p>
      ) : (
        <ul className="developer-list" data-testid="endpoint-list">
          {endpoints.map((endpoint) => (
            <li key={endpoint.id} className="developer-list__item" data-testid="endpoint">
              <div>
                <p className="developer-list__title">
                  <Link to={`/settings/developer/webhooks/${endpoint.id}`}>{endpoint.url}</Link>{' '}
                  {endpoint.enabled ? <Badge tone="positive">Active</Badge> : <Badge tone="negative">Disabled</Badge>}
                </p>
                <p className="muted">
                  {endpoint.events.join(', ')}
                  {endpoint.description ? ` · ${endpoint.description}` : ''}
                </p>
                {endpoint.disabledReason ? <p className="notice">{endpoint.disabledReason}</p> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
