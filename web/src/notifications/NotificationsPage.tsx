import { useSuspenseQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useViewer } from '../auth/useCurrentUser';
import { graphql } from '../gql';
import { ErrorState } from '../ui/ErrorState';
import { formatDateTime, pluralize } from '../ui/format';
import { LoadingState } from '../ui/LoadingState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { groupByDay } from './notification-days';
import { useMarkNotificationsReadMutation } from './useMarkNotificationsReadMutation';
import './notifications.css';

export const NotificationsQuery = graphql(`
  query Notifications($first: Int!) {
    notifications(first: $first) {
      unreadCount
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        kind
        title
        body
        url
        createdAt
        readAt
      }
    }
  }
`);

const PAGE = 30;

/** The reader's notifications, newest first, by day; each links to the exact place, and can be marked read. */
export function NotificationsPage() {
  useDocumentTitle('Notifications');
  const viewer = useViewer();
  if (!viewer) {
    return (
      <section className="message-panel">
        <h1>Notifications</h1>
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent('/notifications')}`}>Sign in</Link> to see what happened on the proposals you
          follow.
        </p>
      </section>
    );
  }
  return <NotificationList />;
}

function NotificationList() {
  const [first, setFirst] = useState(PAGE);
  const { data } = useSuspenseQuery(NotificationsQuery, {
    variables: { first },
    queryKey: useRetryKey(),
    fetchPolicy: 'cache-and-network',
  });
  const { markRead, loading } = useMarkNotificationsReadMutation();
  const navigate = useNavigate();
  const [status, setStatus] = useState('');
  const { nodes, unreadCount, pageInfo } = data.notifications;
  const days = groupByDay(nodes, new Date());

  const open = async (id: string, url: string, unread: boolean) => {
    if (unread) await markRead([id]);
    await navigate(url);
  };

  return (
    <div className="notifications-page">
      <header className="page-header notifications-page__header">
        <div>
          <h1>Notifications</h1>
          <p className="lead" data-testid="unread-summary">
            {unreadCount === 0 ? 'You are up to date.' : `${pluralize(unreadCount, 'unread notification')}.`}{' '}
            <Link to="/settings">Choose what you are told, and how</Link>.
          </p>
        </div>
        {unreadCount > 0 ? (
          <button
            type="button"
            className="button button--quiet"
            disabled={loading}
            onClick={() => void markRead().then(() => setStatus('All notifications are marked read.'))}
          >
            Mark all read
          </button>
        ) : null}
      </header>
      <p className="status-message" role="status">
        {status}
      </p>
      {nodes.length === 0 ? (
        <p className="message-panel" data-testid="notifications-empty">
          Nothing yet. Follow proposals, measures and categories to hear when they change.
        </p>
      ) : (
        days.map((day) => (
          <section key={day.key} className="notification-day" aria-labelledby={`day-${day.key}`}>
            <h2 id={`day-${day.key}`} className="notification-day__title">
              {day.label}
            </h2>
            <ul className="notification-list">
              {day.items.map((item) => {
                const unread = item.readAt === null;
                return (
                  <li key={item.id} className={`notification${unread ? ' notification--unread' : ''}`} data-testid="notification">
                    <a
                      href={item.url}
                      className="notification__title"
                      onClick={(event) => {
                        event.preventDefault();
                        void open(item.id, item.url, unread);
                      }}
                    >
                      {unread ? <span className="visually-hidden">Unread: </span> : null}
                      {item.title}
                    </a>
                    {item.body ? <p className="notification__body">{item.body}</p> : null}
                    <p className="notification__meta">
                      <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                      {unread ? (
                        <button
                          type="button"
                          className="button button--quiet button--small"
                          disabled={loading}
                          onClick={() => void markRead([item.id]).then(() => setStatus('Marked read.'))}
                        >
                          Mark read<span className="visually-hidden">: {item.title}</span>
                        </button>
                      ) : null}
                    </p>
                  </li>
                );
              })}
            </ul>
          </section>
        ))
      )}
      {pageInfo.hasNextPage && first < 100 ? (
        <button type="button" className="button button--quiet" onClick={() => setFirst((n) => Math.min(n + PAGE, 100))}>
          Show older notifications
        </button>
      ) : null}
    </div>
  );
}

export function NotificationsPageLoading() {
  useDocumentTitle('Notifications');
  return <LoadingState label="Loading your notifications…" />;
}

export function NotificationsPageFailed({ error, retry }: QueryFailure) {
  return <ErrorState error={error} heading="Could not load your notifications" onRetry={retry} />;
}
