import { NOTIFICATION_DELIVERIES, NOTIFICATION_DELIVERY_LABELS } from '@ocmf/standard';
import { type FormEvent, useState } from 'react';
import { type FragmentType, graphql, useFragment } from '../gql';
import type { NotificationDelivery, NotificationKind } from '../gql/graphql';
import { choiceOf } from '../ui/choices';
import { describeError } from '../ui/graphql-errors';
import { SelectField } from '../ui/SelectField';
import { useUpdateNotificationPreferencesMutation } from './useUpdateNotificationPreferencesMutation';

export const NotificationSettings_preferences = graphql(`
  fragment NotificationSettings_preferences on NotificationPreferences {
    emailEnabled
    timeZone
    kinds {
      kind
      delivery
      isDefault
      label
    }
  }
`);

const DELIVERY_OPTIONS = NOTIFICATION_DELIVERIES.map((value) => ({ value, label: NOTIFICATION_DELIVERY_LABELS[value] }));

function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', current, ...known])];
}

type Props = { preferences: FragmentType<typeof NotificationSettings_preferences>; onSaved: (message: string) => void };

/** Per kind: in the app only, email at once, or a daily or weekly digest; and the time zone digests keep. */
export function NotificationSettings(props: Props) {
  const preferences = useFragment(NotificationSettings_preferences, props.preferences);
  const [choices, setChoices] = useState<Record<string, NotificationDelivery>>(() =>
    Object.fromEntries(preferences.kinds.map((kind) => [kind.kind, kind.delivery])),
  );
  const [timeZone, setTimeZone] = useState(preferences.timeZone);
  const [error, setError] = useState<string | null>(null);
  const { save, loading } = useUpdateNotificationPreferencesMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await save({
        timeZone,
        kinds: Object.entries(choices).map(([kind, delivery]) => ({ kind: kind as NotificationKind, delivery })),
      });
      props.onSaved('Your notification settings are saved.');
    } catch (caught) {
      setError(describeError(caught).message);
    }
  };

  return (
    <form className="settings-form" onSubmit={(event) => void submit(event)} aria-labelledby="notification-settings-title" noValidate>
      <h2 id="notification-settings-title">Notifications</h2>
      <p data-testid="email-status">
        {preferences.emailEnabled
          ? 'Everything shows in the app. Choose which kinds also reach you by email, at once or collected in a digest sent at 08:00 in your time zone.'
          : 'Email is off on this server (no SMTP is configured), so everything stays in the app. Your choices below apply once email is on.'}
      </p>
      <fieldset className="settings-form__kinds">
        <legend>How each kind reaches you</legend>
        {preferences.kinds.map((kind) => (
          <SelectField
            key={kind.kind}
            label={kind.label}
            name={`delivery-${kind.kind}`}
            options={DELIVERY_OPTIONS}
            value={choices[kind.kind]}
            onChange={(event) => {
              const delivery = choiceOf(NOTIFICATION_DELIVERIES, event.target.value);
              if (delivery) setChoices((current) => ({ ...current, [kind.kind]: delivery }));
            }}
          />
        ))}
      </fieldset>
      <SelectField
        label="Time zone"
        name="timeZone"
        hint="Digests are sent at 08:00 here; weekly digests on Mondays."
        options={timeZones(preferences.timeZone).map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))}
        value={timeZone}
        onChange={(event) => setTimeZone(event.target.value)}
      />
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={loading}>
        {loading ? 'Saving…' : 'Save notification settings'}
      </button>
    </form>
  );
}
