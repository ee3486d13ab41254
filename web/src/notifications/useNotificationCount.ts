import { useQuery, useSubscription } from '@apollo/client/react';
import { graphql } from '../gql';

export const NotificationBellQuery = graphql(`
  query NotificationBell {
    notifications(first: 1) {
      unreadCount
    }
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
    }
  }
`);

/**
 * The signed-in reader's unread count, kept live: each notification the server pushes makes the count (and any
 * notifications list on screen) be read again. Null until the count is first read.
 */
export function useNotificationCount(): number | null {
  const { data, refetch, client } = useQuery(NotificationBellQuery, { fetchPolicy: 'cache-and-network' });
  useSubscription(NotificationAddedSubscription, {
    onData() {
      void refetch();
      void client.refetchQueries({ include: ['Notifications', 'ForYouCounts'] });
    },
  });
  return data?.notifications.unreadCount ?? null;
}
