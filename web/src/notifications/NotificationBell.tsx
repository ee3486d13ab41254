import { Link, useLocation } from 'react-router';
import { bellLabel } from './notification-days';
import { useNotificationCount } from './useNotificationCount';
import './notifications.css';

/** The header's bell: a link to the notifications page, with the unread count, updated live. */
export function NotificationBell() {
  const unread = useNotificationCount();
  const { pathname } = useLocation();
  const { label, count } = bellLabel(unread);
  return (
    <Link
      to="/notifications"
      className="notification-bell"
      aria-label={label}
      aria-current={pathname === '/notifications' ? 'page' : undefined}
      data-testid="notification-bell"
    >
      <svg className="notification-bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {count ? (
        <span className="notification-bell__count" data-testid="notification-count">
          {count}
        </span>
      ) : null}
    </Link>
  );
}
