import { useState } from 'react';
import { Link } from 'react-router';
import { HideCommentForm } from '../discussion/HideCommentForm';
import { useDismissCommentFlagsMutation } from '../discussion/useDismissCommentFlagsMutation';
import { type FragmentType, graphql, useFragment } from '../gql';
import { PersonLink } from '../people/PersonLink';
import { pluralize } from '../ui/format';
import { describeError } from '../ui/graphql-errors';
import { ServerHtml } from '../ui/ServerHtml';
import { Time } from '../ui/Time';
import './moderation.css';

export const FlaggedCommentCard_item = graphql(`
  fragment FlaggedCommentCard_item on FlaggedComment {
    proposalTitle
    comment {
      id
      proposalNumber
      bodyHtml
      hidden
      createdAt
      author {
        id
        displayName
        ...PersonLink_person
      }
    }
    flags {
      id
      reason
      createdAt
      flagger {
        id
        ...PersonLink_person
      }
    }
  }
`);

type FlaggedCommentCardProps = {
  item: FragmentType<typeof FlaggedCommentCard_item>;
  /** Called once the comment has left the queue, with what to announce. */
  onDone: (message: string) => void;
};

/** A flagged comment in the queue: the comment, where it is, who flagged it and why, and the editor's decision. */
export function FlaggedCommentCard(props: FlaggedCommentCardProps) {
  const { comment, flags, proposalTitle } = useFragment(FlaggedCommentCard_item, props.item);
  const [hiding, setHiding] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { dismissCommentFlags, loading: keeping } = useDismissCommentFlagsMutation();
  const titleId = `flagged-${comment.id}`;

  const keep = async () => {
    setFailure(null);
    try {
      await dismissCommentFlags(comment.id);
      props.onDone(`Kept the comment by ${comment.author.displayName}; its flags are closed.`);
    } catch (error) {
      setFailure(describeError(error).message);
    }
  };

  return (
    <li className="flagged-card" data-testid="flagged-comment">
      <article aria-labelledby={titleId}>
        <h2 className="flagged-card__title" id={titleId}>
          Comment by <PersonLink person={comment.author} /> on{' '}
          <Link to={`/proposals/${comment.proposalNumber}#comment-${comment.id}`}>
            #{comment.proposalNumber} {proposalTitle}
          </Link>
        </h2>
        <p className="flagged-card__meta">
          Posted <Time value={comment.createdAt} />
          {comment.hidden ? ' · already hidden' : ''}
        </p>
        {comment.bodyHtml ? (
          <blockquote className="flagged-card__body">
            <ServerHtml html={comment.bodyHtml} topHeadingLevel={4} />
          </blockquote>
        ) : null}
        <h3 className="flagged-card__flags-title">{pluralize(flags.length, 'flag')}</h3>
        <ul className="flagged-card__flags">
          {flags.map((flag) => (
            <li key={flag.id}>
              <strong>
                <PersonLink person={flag.flagger} />
              </strong>{' '}
              (<Time value={flag.createdAt} />
              ): {flag.reason}
            </li>
          ))}
        </ul>
        {hiding ? (
          <HideCommentForm
            commentId={comment.id}
            formLabel={`Hide the comment by ${comment.author.displayName}`}
            onHidden={() => props.onDone(`Hid the comment by ${comment.author.displayName}.`)}
            onCancel={() => setHiding(false)}
          />
        ) : (
          <div className="button-row">
            <button type="button" className="button button--small button--danger" onClick={() => setHiding(true)}>
              Hide…<span className="visually-hidden"> the comment by {comment.author.displayName}</span>
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => void keep()} disabled={keeping}>
              {keeping ? 'Keeping…' : 'Keep'}
              <span className="visually-hidden"> the comment by {comment.author.displayName} and close its flags</span>
            </button>
          </div>
        )}
        {failure ? (
          <p className="notice" role="alert">
            {failure}
          </p>
        ) : null}
      </article>
    </li>
  );
}
