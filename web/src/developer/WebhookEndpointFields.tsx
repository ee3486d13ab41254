import { TextField } from '../ui/TextField';
import { EVENT_OPTIONS, toggleEvent } from './developer-form';

export type EndpointForm = { url: string; events: string[]; description: string };

type WebhookEndpointFieldsProps = {
  form: EndpointForm;
  onChange: (form: EndpointForm) => void;
  errors: Record<string, string>;
  idPrefix: string;
};

/** The URL, event types and description of an endpoint, for the create and the edit form alike. */
export function WebhookEndpointFields({ form, onChange, errors, idPrefix }: WebhookEndpointFieldsProps) {
  return (
    <>
      <TextField
        id={`${idPrefix}-url`}
        label="URL"
        name="url"
        type="url"
        inputMode="url"
        hint="https:// (or http://) to a public address. Redirects are not followed."
        value={form.url}
        onChange={(e) => onChange({ ...form, url: e.target.value })}
        error={errors.url}
        required
      />
      <fieldset
        className={`fieldset${errors.events ? ' fieldset--invalid' : ''}`}
        aria-describedby={errors.events ? `${idPrefix}-events-error` : undefined}
      >
        <legend>Events</legend>
        {EVENT_OPTIONS.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              name="events"
              value={option.value}
              checked={form.events.includes(option.value)}
              onChange={(e) => onChange({ ...form, events: toggleEvent(form.events, option.value, e.target.checked) })}
            />
            <span>
              <code>{option.value}</code>: {option.description}
            </span>
          </label>
        ))}
        {errors.events ? (
          <p className="field__error" id={`${idPrefix}-events-error`} data-testid="events-error">
            {errors.events}
          </p>
        ) : null}
      </fieldset>
      <TextField
        id={`${idPrefix}-description`}
        label="Description"
        name="description"
        hint="Optional, for your own reference."
        value={form.description}
        onChange={(e) => onChange({ ...form, description: e.target.value })}
        error={errors.description}
        maxLength={500}
      />
    </>
  );
}
