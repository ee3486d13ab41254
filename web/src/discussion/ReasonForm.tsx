import { TEXT_LIMITS } from '@ocmf/standard';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type FormErrors, toFormErrors } from '../ui/graphql-errors';
import { TextAreaField } from '../ui/TextAreaField';

type ReasonFormProps = {
  formLabel: string;
  label: string;
  hint: string;
  submitLabel: string;
  pendingLabel: string;
  danger?: boolean;
  onSubmit: (reason: string) => Promise<void>;
  onCancel: () => void;
  testId?: string;
};

/** Asks why (to flag or hide a comment): a required reason, with the API's rule on its length reported beside it. */
export function ReasonForm({ formLabel, label, hint, submitLabel, pendingLabel, danger, onSubmit, onCancel, testId }: ReasonFormProps) {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [pending, setPending] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setErrors({ form: null, fields: { reason: 'Say why, in a few words.' } });
      ref.current?.focus();
      return;
    }
    setPending(true);
    setErrors(null);
    try {
      await onSubmit(reason.trim());
    } catch (error) {
      setErrors(toFormErrors(error, { reason: 'The reason' }));
      ref.current?.focus();
    } finally {
      setPending(false);
    }
  };

  const error = errors?.fields.reason ?? errors?.form ?? undefined;
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)} noValidate aria-label={formLabel} data-testid={testId}>
      <TextAreaField
        ref={ref}
        label={label}
        name="reason"
        hint={hint}
        value={reason}
        rows={2}
        maxLength={TEXT_LIMITS.moderationReason.max}
        required
        onChange={(event) => setReason(event.target.value)}
        error={error}
      />
      <div className="button-row">
        <button type="submit" className={`button button--small${danger ? ' button--danger' : ''}`} disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
