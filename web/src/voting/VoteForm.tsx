import { TEXT_LIMITS } from '@ocmf/standard';
import { type FormEvent, useId, useRef, useState } from 'react';
import { type FragmentType, graphql, useFragment } from '../gql';
import type { VoteChoice } from '../gql/graphql';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { type FormErrors, toFormErrors } from '../ui/graphql-errors';
import { TextAreaField } from '../ui/TextAreaField';
import { useFocusFirstError } from '../ui/useFocusFirstError';
import { useCastVoteMutation } from './useCastVoteMutation';
import { choiceLabel, VOTE_CHOICES } from './voting-rules';
import './voting.css';

export const VoteForm_voting = graphql(`
  fragment VoteForm_voting on Voting {
    viewerVote {
      choice
      rationale
    }
  }
`);

const FIELD_LABELS = { choice: 'Your choice', rationale: 'Your reason' };

const CHOICE_HINTS: Record<VoteChoice, string> = {
  APPROVE: 'Merge this change into the framework.',
  REJECT: 'Do not merge it. Say why: your reason is required and public.',
  ABSTAIN: 'Count toward the quorum without taking a side.',
};

type VoteFormProps = { voting: FragmentType<typeof VoteForm_voting>; proposalNumber: number };

/** A standard-setter's vote: a choice and a public reason (required to reject), changeable until voting closes. */
export function VoteForm(props: VoteFormProps) {
  const { viewerVote } = useFragment(VoteForm_voting, props.voting);
  const { castVote, loading } = useCastVoteMutation();
  const [choice, setChoice] = useState<VoteChoice | null>(viewerVote?.choice ?? null);
  const [rationale, setRationale] = useState(viewerVote?.rationale ?? '');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [done, setDone] = useState('');
  const rationaleRef = useRef<HTMLTextAreaElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const firstChoiceRef = useRef<HTMLInputElement>(null);
  useFocusFirstError(
    errors,
    [
      ['choice', firstChoiceRef],
      ['rationale', rationaleRef],
    ],
    summaryRef,
  );
  const ids = useId();
  const choiceErrorId = `${ids}-choice-error`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (!choice) {
      setErrors({ form: null, fields: { choice: 'Choose Approve, Reject or Abstain.' } });
      return;
    }
    setErrors(null);
    try {
      await castVote({ proposalNumber: props.proposalNumber, choice, rationale: rationale.trim() || null });
      setDone(`Your vote is recorded: ${choiceLabel(choice)}. You can change it until voting closes.`);
    } catch (error) {
      setErrors(toFormErrors(error, FIELD_LABELS));
    }
  };

  return (
    <section className="voting-block" aria-labelledby="your-vote-title">
      <h3 id="your-vote-title">Your vote</h3>
      <form
        className="vote-form"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-labelledby="your-vote-title"
        data-testid="vote-form"
      >
        {viewerVote ? (
          <p className="vote-form__current" data-testid="viewer-vote">
            You voted <strong>{choiceLabel(viewerVote.choice)}</strong>. You can change your vote until voting closes.
          </p>
        ) : null}
        <FormErrorSummary ref={summaryRef} message={errors?.form ?? null} />
        <fieldset
          className={`fieldset${errors?.fields.choice ? ' fieldset--invalid' : ''}`}
          aria-describedby={errors?.fields.choice ? choiceErrorId : undefined}
        >
          <legend>Your choice</legend>
          <div className="choice-list">
            {VOTE_CHOICES.map((option, index) => (
              <label key={option} className="choice">
                <input
                  ref={index === 0 ? firstChoiceRef : undefined}
                  type="radio"
                  name="choice"
                  value={option}
                  checked={choice === option}
                  onChange={() => setChoice(option)}
                  aria-describedby={`${ids}-${option}-hint`}
                />
                <span>
                  <span className="choice__label">{choiceLabel(option)}</span>
                  <span className="choice__hint" id={`${ids}-${option}-hint`}>
                    {CHOICE_HINTS[option]}
                  </span>
                </span>
              </label>
            ))}
          </div>
          {errors?.fields.choice ? (
            <p className="field__error" id={choiceErrorId} data-testid="choice-error">
              {errors.fields.choice}
            </p>
          ) : null}
        </fieldset>
        <TextAreaField
          ref={rationaleRef}
          label={choice === 'REJECT' ? 'Your reason (required to reject)' : 'Your reason (optional)'}
          name="rationale"
          hint="Public: everyone reading this proposal sees it next to your vote."
          value={rationale}
          rows={3}
          maxLength={TEXT_LIMITS.voteRationale.max}
          aria-required={choice === 'REJECT' ? true : undefined}
          error={errors?.fields.rationale}
          onChange={(event) => setRationale(event.target.value)}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {loading ? 'Saving your vote…' : viewerVote ? 'Change vote' : 'Cast vote'}
          </button>
        </div>
        <p className="status-message" role="status" data-testid="vote-status">
          {done}
        </p>
      </form>
    </section>
  );
}
