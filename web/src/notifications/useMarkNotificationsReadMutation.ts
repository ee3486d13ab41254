import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { NotificationBellQuery } from './useNotificationCount';

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** Marks notifications read (all of them without ids); the bell's count is the answer, the list is read again. */
export function useMarkNotificationsReadMutation() {
  const [mutate, { loading }] = useMutation(MarkNotificationsReadMutation, {
    refetchQueries: ['Notifications'],
    update(cache, { data }) {
      if (data === undefined || data === null) return;
      cache.writeQuery({ query: NotificationBellQuery, data: { notifications: { unreadCount: data.markNotificationsRead } } });
    },
  });
  const markRead = async (ids?: string[]): Promise<void> => {
    await mutate({ variables: { ids: ids ?? null } });
  };
  return { markRead, loading };
}
