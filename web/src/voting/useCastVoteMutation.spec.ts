import { gql, InMemoryCache } from '@apollo/client';
import { putViewerVote } from './useCastVoteMutation';

const VOTES = gql`
  fragment Votes on Voting {
    id
    votes {
      choice
      rationale
      castAt
      voter {
        id
        displayName
        handle
      }
    }
  }
`;
const VIEWER_VOTE = gql`
  fragment ViewerVote on Voting {
    id
    viewerVote {
      choice
      rationale
      castAt
      voter {
        id
        displayName
        handle
      }
    }
  }
`;

const person = (id: string, displayName: string) => ({ __typename: 'User' as const, id, displayName, handle: displayName.toLowerCase() });
const sam = person('1a000000-0000-4000-8000-000000000000', 'Sam');
const sasha = person('2b000000-0000-4000-8000-000000000000', 'Sasha');
const kim = person('3c000000-0000-4000-8000-000000000000', 'Kim');
const vote = (voter: ReturnType<typeof person>, choice: string, castAt: string, rationale: string | null = null) => ({
  __typename: 'Vote' as const,
  choice,
  rationale,
  castAt,
  voter,
});

/** What Apollo Client writes from a CastVote answer before its `update` runs, then that update. */
function answer(cache: InMemoryCache, viewerVote: ReturnType<typeof vote>) {
  const voting = { __typename: 'Voting' as const, id: 'b1', viewerVote };
  cache.writeFragment({ id: 'Voting:b1', fragment: VIEWER_VOTE, data: voting });
  putViewerVote(cache, { ...voting, viewerCanVote: true, resultsHidden: false, tally: null } as never);
}

const votesIn = (cache: InMemoryCache) =>
  cache
    .readFragment<{ votes: { choice: string; voter: { displayName: string } }[] }>({ id: 'Voting:b1', fragment: VOTES })
    ?.votes.map((v) => `${v.voter.displayName} ${v.choice}`);

describe('putViewerVote', () => {
  it("moves the viewer's changed vote to the end of the cached current votes, and adds a first one", () => {
    const cache = new InMemoryCache();
    cache.writeFragment({
      id: 'Voting:b1',
      fragment: VOTES,
      data: {
        __typename: 'Voting',
        id: 'b1',
        votes: [vote(sam, 'APPROVE', '2026-12-01T10:00:00.000Z'), vote(sasha, 'REJECT', '2026-12-01T10:01:00.000Z', 'Not yet.')],
      },
    });

    answer(cache, vote(sam, 'ABSTAIN', '2026-12-01T10:02:00.000Z'));
    expect(votesIn(cache)).toEqual(['Sasha REJECT', 'Sam ABSTAIN']);

    answer(cache, vote(kim, 'APPROVE', '2026-12-01T10:03:00.000Z'));
    expect(votesIn(cache)).toEqual(['Sasha REJECT', 'Sam ABSTAIN', 'Kim APPROVE']);
  });

  it('leaves a ballot whose votes are not cached alone', () => {
    const cache = new InMemoryCache();
    answer(cache, vote(sam, 'APPROVE', '2026-12-01T10:00:00.000Z'));
    expect(cache.readFragment({ id: 'Voting:b1', fragment: VOTES })).toBeNull();
  });
});
