import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { canModerate } from '../auth/roles';
import { useCurrentUser } from '../auth/useCurrentUser';
import { graphql } from '../gql';
import { ErrorState } from '../ui/ErrorState';
import { pluralize } from '../ui/format';
import { LoadingState } from '../ui/LoadingState';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { FlaggedCommentCard } from './FlaggedCommentCard';
import './moderation.css';

export const ModerationQuery = graphql(`
  query Moderation {
    moderationQueue {
      comment {
        id
      }
      ...FlaggedCommentCard_item
    }
  }
`);

/** The editors' queue of flagged comments, oldest flag first. */
export function ModerationPage() {
  useDocumentTitle('Moderation');
  const { user, loading: userLoading } = useCurrentUser();
  const allowed = canModerate(user?.role);
  const { data, error, refetch } = useQuery(ModerationQuery, { skip: !allowed, fetchPolicy: 'cache-and-network' });
  const [announcement, setAnnouncement] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);

  if (userLoading) return <LoadingState label="Loading…" />;
  if (!user) {
    return (
      <section className="message-panel">
        <h1>Moderation</h1>
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent('/moderation')}`}>Sign in</Link> as an editor to see the comments members flagged.
        </p>
      </section>
    );
  }
  if (!allowed) {
    return (
      <section className="message-panel">
        <h1>Moderation</h1>
        <p>Only editors and administrators moderate discussions. To report a comment, use its Flag link.</p>
      </section>
    );
  }

  const queue = data?.moderationQueue;
  const done = (message: string) => {
    setAnnouncement(message);
    statusRef.current?.focus();
  };

  return (
    <div className="moderation-page">
      <header className="page-header">
        <h1>Moderation</h1>
        <p className="lead">
          Comments members flagged for an editor’s attention, oldest flag first. Hide a comment with a public reason, or keep it and close
          its flags.
        </p>
      </header>
      <p ref={statusRef} tabIndex={-1} className="status-message" role="status" data-testid="moderation-status">
        {announcement}
      </p>
      {queue ? (
        queue.length > 0 ? (
          <>
            <p className="muted">{pluralize(queue.length, 'comment')} waiting</p>
            <ol className="flagged-list" aria-label="Flagged comments">
              {queue.map((item) => (
                <FlaggedCommentCard key={item.comment.id} item={item} onDone={done} />
              ))}
            </ol>
          </>
        ) : (
          <p className="message-panel" data-testid="moderation-empty">
            Nothing to moderate: no comment has an open flag.
          </p>
        )
      ) : error ? (
        <ErrorState error={error} heading="Could not load the moderation queue" headingLevel={2} onRetry={() => void refetch()} />
      ) : (
        <LoadingState label="Loading the moderation queue…" />
      )}
    </div>
  );
}
