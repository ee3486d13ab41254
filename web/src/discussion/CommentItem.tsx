import { TEXT_LIMITS } from '@ocmf/standard';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { canModerate, roleLabel } from '../auth/roles';
import { type FragmentType, graphql, useFragment } from '../gql';
import type { Role } from '../gql/graphql';
import { pluralize } from '../ui/format';
import { describeError } from '../ui/graphql-errors';
import { ServerHtml } from '../ui/ServerHtml';
import { Time } from '../ui/Time';
import { CommentForm } from './CommentForm';
import { HideCommentForm } from './HideCommentForm';
import { ReasonForm } from './ReasonForm';
import { useEditCommentMutation } from './useEditCommentMutation';
import { useFlagCommentMutation } from './useFlagCommentMutation';
import { useUnhideCommentMutation } from './useUnhideCommentMutation';
import './discussion.css';
import { PersonLink } from '../people/PersonLink';

export const CommentItem_comment = graphql(`
  fragment CommentItem_comment on Comment {
    id
    body
    bodyHtml
    hidden
    hiddenReason
    editedAt
    createdAt
    openFlagCount
    viewerHasFlagged
    viewerCanEdit
    author {
      id
      displayName
      role
      ...PersonLink_person
    }
    revisions {
      body
      bodyHtml
      writtenAt
    }
  }
`);

/** Who is reading: what they may do with a comment depends on it. */
export type Viewer = { id: string; role: Role };

type Mode = 'read' | 'reply' | 'edit' | 'flag' | 'hide';

type CommentItemProps = {
  comment: FragmentType<typeof CommentItem_comment>;
  /** The author of the comment this replies to, shown when the thread is too deep to indent further. */
  replyTo?: string | null;
  viewer: Viewer | null;
  /** Whether the proposal takes new comments (replies) now. */
  open: boolean;
  onReply: (parentId: string, body: string) => Promise<void>;
};

/** One comment: who wrote it and when, its Markdown, its earlier versions, and what the reader may do with it. */
export function CommentItem(props: CommentItemProps) {
  const comment = useFragment(CommentItem_comment, props.comment);
  const { viewer, open } = props;
  const moderator = canModerate(viewer?.role);
  const [mode, setMode] = useState<Mode>('read');
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  const { editComment } = useEditCommentMutation();
  const { flagComment } = useFlagCommentMutation();
  const { unhideComment, loading: unhiding } = useUnhideCommentMutation();

  /** Back to reading, with focus on the comment's first action so keyboard users stay in place. */
  const close = (message = '') => {
    setMode('read');
    setStatus(message);
    requestAnimationFrame(() => actionsRef.current?.querySelector('button')?.focus());
  };

  const unhide = async () => {
    setFailure(null);
    try {
      await unhideComment(comment.id);
      setStatus('The comment is visible again.');
    } catch (error) {
      setFailure(describeError(error).message);
    }
  };

  const mine = viewer !== null && viewer.id === comment.author.id;
  const canReply = open && viewer !== null && !comment.hidden;
  const canFlag = viewer !== null && !mine && !comment.viewerHasFlagged && !comment.hidden;
  const titleId = `comment-${comment.id}-title`;

  return (
    <article
      className={`comment${comment.hidden ? ' comment--hidden' : ''}`}
      aria-labelledby={titleId}
      data-testid="comment"
      id={`comment-${comment.id}`}
    >
      <header className="comment__header">
        <h3 className="comment__author" id={titleId}>
          <PersonLink person={comment.author} />
          {comment.author.role !== 'MEMBER' ? <span className="comment__role"> · {roleLabel(comment.author.role)}</span> : null}
        </h3>
        <p className="comment__meta">
          {props.replyTo ? <span className="comment__reply-to">In reply to {props.replyTo} · </span> : null}
          <a href={`#comment-${comment.id}`} className="comment__permalink" data-testid="comment-permalink">
            <Time value={comment.createdAt} show="relative" />
            <span className="visually-hidden">, link to this comment</span>
          </a>
          {comment.editedAt ? (
            <span className="comment__edited" data-testid="comment-edited">
              {' '}
              · edited <Time value={comment.editedAt} show="relative" />
            </span>
          ) : null}
        </p>
      </header>

      {comment.hidden ? (
        <p className="comment__hidden-note" data-testid="comment-hidden">
          Hidden by an editor: {comment.hiddenReason ?? 'no reason given'}
        </p>
      ) : null}

      {mode === 'edit' ? (
        <CommentForm
          label="Edit your comment"
          formLabel="Editing your comment"
          submitLabel="Save comment"
          pendingLabel="Saving…"
          initialBody={comment.body ?? ''}
          autoFocus
          onSubmit={async (body) => {
            await editComment(comment.id, body);
            close('Your comment is updated. Its earlier version stays readable.');
          }}
          onCancel={() => close()}
          testId="edit-comment-form"
          draftKey={`comment-edit-${comment.id}`}
          draftLabel="your edit to a comment"
        />
      ) : comment.bodyHtml !== null && comment.bodyHtml !== undefined ? (
        <div className={comment.hidden ? 'comment__body comment__body--dimmed' : 'comment__body'}>
          {comment.hidden ? <p className="visually-hidden">The hidden comment, shown to editors:</p> : null}
          <ServerHtml html={comment.bodyHtml} topHeadingLevel={4} testId="comment-body" />
        </div>
      ) : null}

      {comment.revisions.length > 0 && mode !== 'edit' ? (
        <details className="comment__revisions" data-testid="comment-revisions">
          <summary>Earlier {comment.revisions.length === 1 ? 'version' : `versions (${comment.revisions.length})`}</summary>
          <ol>
            {[...comment.revisions].reverse().map((revision) => (
              <li key={revision.writtenAt}>
                <p className="comment__meta">
                  Written <Time value={revision.writtenAt} />
                </p>
                <ServerHtml html={revision.bodyHtml} topHeadingLevel={4} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}

      {moderator && comment.openFlagCount > 0 ? (
        <p className="comment__flags">
          <strong>{pluralize(comment.openFlagCount, 'open flag')}</strong> — see the <Link to="/moderation">moderation queue</Link>.
        </p>
      ) : null}

      {mode === 'read' ? (
        <div className="comment__actions" ref={actionsRef}>
          {canReply ? (
            <button type="button" className="link-button" onClick={() => setMode('reply')}>
              Reply<span className="visually-hidden"> to {comment.author.displayName}</span>
            </button>
          ) : null}
          {comment.viewerCanEdit ? (
            <button type="button" className="link-button" onClick={() => setMode('edit')}>
              Edit<span className="visually-hidden"> your comment</span>
            </button>
          ) : null}
          {canFlag ? (
            <button type="button" className="link-button" onClick={() => setMode('flag')}>
              Flag<span className="visually-hidden"> this comment for the editors</span>
            </button>
          ) : null}
          {comment.viewerHasFlagged ? <span className="muted">You flagged this comment.</span> : null}
          {moderator && !comment.hidden ? (
            <button type="button" className="link-button" onClick={() => setMode('hide')}>
              Hide<span className="visually-hidden"> this comment</span>
            </button>
          ) : null}
          {moderator && comment.hidden ? (
            <button type="button" className="link-button" onClick={() => void unhide()} disabled={unhiding}>
              {unhiding ? 'Unhiding…' : 'Unhide'}
            </button>
          ) : null}
        </div>
      ) : null}

      {mode === 'reply' ? (
        <CommentForm
          label={`Your reply to ${comment.author.displayName}`}
          formLabel={`Reply to ${comment.author.displayName}`}
          submitLabel="Post reply"
          pendingLabel="Posting…"
          autoFocus
          onSubmit={async (body) => {
            await props.onReply(comment.id, body);
            close('Your reply is posted.');
          }}
          onCancel={() => close()}
          testId="reply-form"
          draftKey={`comment-reply-${comment.id}`}
          draftLabel="your reply"
        />
      ) : null}
      {mode === 'flag' ? (
        <ReasonForm
          formLabel="Flag this comment"
          label="Why should an editor look at it?"
          hint={`Only editors see flags. At least ${TEXT_LIMITS.moderationReason.min} characters.`}
          submitLabel="Flag comment"
          pendingLabel="Flagging…"
          onSubmit={async (reason) => {
            await flagComment(comment.id, reason);
            close('Thank you. An editor will look at the comment.');
          }}
          onCancel={() => close()}
          testId="flag-form"
        />
      ) : null}
      {mode === 'hide' ? (
        <HideCommentForm
          commentId={comment.id}
          formLabel="Hide this comment"
          onHidden={() => close('The comment is hidden.')}
          onCancel={() => close()}
          testId="hide-form"
        />
      ) : null}

      <p className="comment__status" role="status">
        {status}
      </p>
      {failure ? (
        <p className="notice" role="alert">
          {failure}
        </p>
      ) : null}
    </article>
  );
}
