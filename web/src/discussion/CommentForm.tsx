import { TEXT_LIMITS } from '@ocmf/standard';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { formatDateTime } from '../ui/format';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { type FormErrors, toFormErrors } from '../ui/graphql-errors';
import { loadLocalDraft } from '../ui/local-draft';
import { MarkdownField } from '../ui/MarkdownField';
import { useAutosave } from '../ui/useAutosave';
import { useFocusFirstError } from '../ui/useFocusFirstError';
import { MentionSuggestions } from '../mentions/MentionSuggestions';
import { useUnsavedWork } from '../ui/useUnsavedWork';
import './discussion.css';

type CommentFormProps = {
  label: string;
  submitLabel: string;
  pendingLabel: string;
  /** A name for the form as a whole, e.g. "Reply to Sam Setter". */
  formLabel: string;
  initialBody?: string;
  /** Focus the text box when the form appears (replies and edits open on request). */
  autoFocus?: boolean;
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
  testId?: string;
  /** Where unsaved text is kept in this browser (e.g. per proposal and parent), so it survives leaving the page. */
  draftKey: string;
  /** What the text is, for the warning before leaving it unsaved: "your comment". */
  draftLabel?: string;
};

const isText = (value: unknown): value is string => typeof value === 'string';

const FIELD_LABELS = { body: 'The comment' };

/** Writes a comment, a reply or an edit: Markdown with a preview, and the API's errors next to the text. */
export function CommentForm({
  label,
  submitLabel,
  pendingLabel,
  formLabel,
  initialBody = '',
  autoFocus,
  onSubmit,
  onCancel,
  testId,
  draftKey,
  draftLabel = 'your comment',
}: CommentFormProps) {
  const [stored] = useState(() => loadLocalDraft(draftKey, isText));
  const [body, setBody] = useState(stored?.value ?? initialBody);
  const dirty = body !== initialBody;
  const clearStored = useAutosave(draftKey, body, dirty);
  useUnsavedWork(dirty, draftLabel);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [pending, setPending] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (autoFocus) textRef.current?.focus();
  }, [autoFocus]);
  useFocusFirstError(errors, [['body', textRef]], summaryRef);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '') {
      setErrors({ form: null, fields: { body: 'Write something first.' } });
      return;
    }
    setErrors(null);
    setPending(true);
    try {
      await onSubmit(body);
      clearStored();
      setBody('');
    } catch (error) {
      setErrors(toFormErrors(error, FIELD_LABELS));
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="comment-form" onSubmit={(event) => void submit(event)} noValidate aria-label={formLabel} data-testid={testId}>
      <FormErrorSummary ref={summaryRef} message={errors?.form && !errors.fields.body ? errors.form : null} />
      <MarkdownField
        ref={textRef}
        label={label}
        name="body"
        value={body}
        onChange={setBody}
        rows={4}
        maxLength={TEXT_LIMITS.comment.max}
        hint="Markdown works: **bold**, *italic*, lists, [links](https://example.org). Type @ and a name to mention someone."
        error={errors?.fields.body}
      />
      <MentionSuggestions
        text={body}
        onPick={(text) => {
          setBody(text);
          textRef.current?.focus();
        }}
      />
      <div className="button-row">
        <button type="submit" className="button button--small" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
        {stored && body === stored.value && dirty ? (
          <span className="muted" data-testid="comment-restored">
            Restored from {formatDateTime(stored.savedAt)}, not posted yet.
          </span>
        ) : null}
        {onCancel ? (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              clearStored();
              onCancel();
            }}
          >
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
