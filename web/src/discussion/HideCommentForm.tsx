import { TEXT_LIMITS } from '@ocmf/standard';
import { ReasonForm } from './ReasonForm';
import { useHideCommentMutation } from './useHideCommentMutation';

type HideCommentFormProps = {
  commentId: string;
  /** A name for the form, e.g. "Hide the comment by Mia Member". */
  formLabel: string;
  onHidden: () => void;
  onCancel: () => void;
  testId?: string;
};

/** An editor hides a comment, with the public reason readers then see in its place. */
export function HideCommentForm({ commentId, formLabel, onHidden, onCancel, testId }: HideCommentFormProps) {
  const { hideComment } = useHideCommentMutation();
  return (
    <ReasonForm
      formLabel={formLabel}
      label="Reason for hiding it (shown publicly)"
      hint={`Readers see “Hidden by an editor” with this reason instead of the comment. At least ${TEXT_LIMITS.moderationReason.min} characters.`}
      submitLabel="Hide comment"
      pendingLabel="Hiding…"
      danger
      onSubmit={async (reason) => {
        await hideComment(commentId, reason);
        onHidden();
      }}
      onCancel={onCancel}
      testId={testId}
    />
  );
}
