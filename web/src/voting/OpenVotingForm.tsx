import { type FormEvent, useRef, useState } from 'react';
import { type FragmentType, graphql, useFragment } from '../gql';
import { fromDateTimeLocal, toDateTimeLocal, utcOffsetLabel } from '../ui/datetime-local';
import { formatDuration } from '../ui/duration';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { type FormErrors, toFormErrors } from '../ui/graphql-errors';
import { TextField } from '../ui/TextField';
import { useFocusFirstError } from '../ui/useFocusFirstError';
import { useOpenVotingMutation } from './useOpenVotingMutation';
import './voting.css';

export const OpenVotingForm_settings = graphql(`
  fragment OpenVotingForm_settings on GovernanceSettings {
    votingWindowSeconds
    minimumWindowSeconds
  }
`);

const FIELD_LABELS = { closesAt: 'The closing time' };

type OpenVotingFormProps = { settings: FragmentType<typeof OpenVotingForm_settings>; proposalNumber: number };

/** Editors put a proposal in discussion to a vote, until a closing time that defaults to the governance window. */
export function OpenVotingForm(props: OpenVotingFormProps) {
  const settings = useFragment(OpenVotingForm_settings, props.settings);
  const { openVoting, loading } = useOpenVotingMutation();
  const [closesAt, setClosesAt] = useState(() => toDateTimeLocal(new Date(Date.now() + settings.votingWindowSeconds * 1000)));
  // Left as it was, the server applies the governance window from the moment it opens the vote.
  const [edited, setEdited] = useState(false);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useFocusFirstError(errors, [['closesAt', inputRef]], summaryRef);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(null);
    const moment = edited ? fromDateTimeLocal(closesAt) : null;
    if (edited && !moment) {
      setErrors({ form: null, fields: { closesAt: 'Enter a complete date and time, or leave the default.' } });
      return;
    }
    try {
      await openVoting(props.proposalNumber, moment ? moment.toISOString() : null);
    } catch (error) {
      // The API names the argument `closesAt` (not under `input.`).
      setErrors(toFormErrors(error, FIELD_LABELS, ''));
    }
  };

  const minimum = settings.minimumWindowSeconds ? ` It must be at least ${formatDuration(settings.minimumWindowSeconds)} from now.` : '';
  return (
    <form
      className="inline-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label="Open voting"
      data-testid="open-voting-form"
    >
      <p className="inline-form__intro">
        Standard-setters can vote from the moment you open voting until the closing time; the vote then closes by itself and the outcome is
        computed under the current governance rules.
      </p>
      <FormErrorSummary ref={summaryRef} message={errors?.form ?? null} />
      <TextField
        ref={inputRef}
        label="Voting closes at"
        name="closesAt"
        type="datetime-local"
        step={1}
        value={closesAt}
        min={toDateTimeLocal(new Date())}
        hint={`In your time zone (${utcOffsetLabel(-new Date().getTimezoneOffset())}). The default is the governance window of ${formatDuration(settings.votingWindowSeconds)}.${minimum}`}
        error={errors?.fields.closesAt}
        onChange={(event) => {
          setClosesAt(event.target.value);
          setEdited(true);
        }}
        className="input--datetime"
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Opening voting…' : 'Open voting'}
        </button>
      </div>
    </form>
  );
}
