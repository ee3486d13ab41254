import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

export const ForYouCountsQuery = graphql(`
  query ForYouCounts {
    forYou {
      actionCount
      flaggedComments
    }
  }
`);

/** The navigation's counts: what waits for the viewer, and (editors) flagged comments. Refreshed on each notification. */
export function useForYouCounts(signedIn: boolean): { actionCount: number; flaggedComments: number } {
  const { data } = useQuery(ForYouCountsQuery, { skip: !signedIn, fetchPolicy: 'cache-and-network' });
  return { actionCount: data?.forYou.actionCount ?? 0, flaggedComments: data?.forYou.flaggedComments ?? 0 };
}
