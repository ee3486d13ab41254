import { useSuspenseQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { canModerate } from '../auth/roles';
import { FlaggedCaseStudies } from '../case-studies/FlaggedCaseStudies';
import { useViewer } from '../auth/useCurrentUser';
import { graphql } from '../gql';
import { ErrorState } from '../ui/ErrorState';
import { pluralize } from '../ui/format';
import { LoadingState } from '../ui/LoadingState';
import { QueryBoundary, type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
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
  const user = useViewer();
  const [announcement, setAnnouncement] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);

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
  if (!canModerate(user.role)) {
    return (
      <section className="message-panel">
        <h1>Moderation</h1>
        <p>Only editors and administrators moderate discussions. To report a comment, use its Flag link.</p>
      </section>
    );
  }

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
      <QueryBoundary
        loading={<LoadingState label="Loading the moderation queue…" />}
        failed={({ error, retry }) => (
          <ErrorState error={error} heading="Could not load the moderation queue" headingLevel={2} onRetry={retry} />
        )}
      >
        <ModerationQueue onDone={done} />
      </QueryBoundary>
      <QueryBoundary
        loading={<LoadingState label="Loading the flagged case studies…" />}
        failed={({ error, retry }) => (
          <ErrorState error={error} heading="Could not load the flagged case studies" headingLevel={2} onRetry={retry} />
        )}
      >
        <FlaggedCaseStudies onDone={done} />
      </QueryBoundary>
    </div>
  );
}

export function ModerationPageLoading() {
  useDocumentTitle('Moderation');
  return <LoadingState label="Loading…" />;
}

export function ModerationPageFailed({ error, retry }: QueryFailure) {
  return <ErrorState error={error} heading="Could not load the moderation queue" onRetry={retry} />;
}

/** The flagged comments; each leaves the queue (and the cache) once an editor decides. */
function ModerationQueue({ onDone }: { onDone: (message: string) => void }) {
  const { data } = useSuspenseQuery(ModerationQuery, { fetchPolicy: 'cache-and-network', queryKey: useRetryKey() });
  const queue = data.moderationQueue;
  if (queue.length === 0) {
    return (
      <p className="message-panel" data-testid="moderation-empty">
        Nothing to moderate: no comment has an open flag.
      </p>
    );
  }
  return (
    <>
      <p className="muted">{pluralize(queue.length, 'comment')} waiting</p>
      <ol className="flagged-list" aria-label="Flagged comments">
        {queue.map((item) => (
          <FlaggedCommentCard key={item.comment.id} item={item} onDone={onDone} />
        ))}
      </ol>
    </>
  );
}
