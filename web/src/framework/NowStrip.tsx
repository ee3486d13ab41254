import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { Time } from '../ui/Time';
import './framework.css';

export const HomeActivityQuery = graphql(`
  query HomeActivity {
    voting: proposals(status: VOTING, first: 3) {
      totalCount
      nodes {
        id
        number
        title
        voting {
          id
          closesAt
        }
      }
    }
    discussion: proposals(status: DISCUSSION, first: 3) {
      totalCount
      nodes {
        id
        number
        title
        commentCount
      }
    }
  }
`);

/** What is happening now, on the home page: the proposals being voted on (with their deadlines) and discussed. */
export function NowStrip() {
  // Its own query, so the framework above never waits for it; nothing shows until it answers, or if nothing is open.
  const { data } = useQuery(HomeActivityQuery, { fetchPolicy: 'cache-and-network' });
  if (!data || (data.voting.nodes.length === 0 && data.discussion.nodes.length === 0)) return null;
  return (
    <section className="now-strip" aria-labelledby="now-title" data-testid="now-strip">
      <h2 id="now-title">Happening now</h2>
      <div className="now-strip__columns">
        {data.voting.nodes.length > 0 ? (
          <div>
            <h3>Now voting</h3>
            <ul>
              {data.voting.nodes.map((proposal) => (
                <li key={proposal.id}>
                  <Link to={`/proposals/${proposal.number}`}>
                    #{proposal.number} {proposal.title}
                  </Link>
                  {proposal.voting ? (
                    <span className="muted">
                      {' '}
                      · closes <Time value={proposal.voting.closesAt} show="relative" />
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
            <p>
              <Link to="/proposals?status=VOTING">Every vote in progress ({data.voting.totalCount})</Link>
            </p>
          </div>
        ) : null}
        {data.discussion.nodes.length > 0 ? (
          <div>
            <h3>In discussion</h3>
            <ul>
              {data.discussion.nodes.map((proposal) => (
                <li key={proposal.id}>
                  <Link to={`/proposals/${proposal.number}`}>
                    #{proposal.number} {proposal.title}
                  </Link>
                  <span className="muted"> · {proposal.commentCount === 1 ? '1 comment' : `${proposal.commentCount} comments`}</span>
                </li>
              ))}
            </ul>
            <p>
              <Link to="/proposals?status=DISCUSSION">Join a discussion ({data.discussion.totalCount})</Link>
            </p>
          </div>
        ) : null}
      </div>
    </section>
  );
}
