import { useSuspenseQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { roleLabel } from '../auth/roles';
import { graphql } from '../gql';
import { ErrorState } from '../ui/ErrorState';
import { formatDate } from '../ui/format';
import { hasErrorCode } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { NotFoundState } from '../ui/NotFoundState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import './people.css';

export const ProfileQuery = graphql(`
  query Profile($handle: String!) {
    person(handle: $handle) {
      id
      handle
      displayName
      bio
      organisation
      role
      joinedAt
      proposals {
        number
        title
        status
      }
      comments {
        id
        proposalNumber
        proposalTitle
        excerpt
        createdAt
      }
      voteRationales {
        proposalNumber
        proposalTitle
        choice
        rationale
      }
      caseStudies {
        id
        title
        summary
      }
    }
  }
`);

const CHOICE_WORDS = { APPROVE: 'Approved', REJECT: 'Rejected', ABSTAIN: 'Abstained' } as const;

/** /people/{handle}: who someone is, and what they have proposed, said, voted and shared in public. */
export function ProfilePage() {
  const { handle = '' } = useParams();
  const { data } = useSuspenseQuery(ProfileQuery, { variables: { handle }, queryKey: useRetryKey() });
  const person = data.person;
  useDocumentTitle(person.displayName);
  return (
    <article className="profile-page">
      <header className="page-header">
        <p className="eyebrow">
          {roleLabel(person.role)} · @{person.handle}
        </p>
        <h1>{person.displayName}</h1>
        {person.organisation ? <p className="lead">{person.organisation}</p> : null}
        {person.bio ? <p data-testid="profile-bio">{person.bio}</p> : null}
        <p className="muted">Joined {formatDate(person.joinedAt)}</p>
      </header>
      <section className="page-section" aria-labelledby="profile-proposals">
        <h2 id="profile-proposals">Proposals</h2>
        {person.proposals.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <ul>
            {person.proposals.map((proposal) => (
              <li key={proposal.number}>
                <Link to={`/proposals/${proposal.number}`}>
                  #{proposal.number} {proposal.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="page-section" aria-labelledby="profile-case-studies">
        <h2 id="profile-case-studies">Case studies</h2>
        {person.caseStudies.length === 0 ? (
          <p>None published.</p>
        ) : (
          <ul>
            {person.caseStudies.map((caseStudy) => (
              <li key={caseStudy.id}>
                <Link to={`/case-studies/${caseStudy.id}`}>{caseStudy.title}</Link>: {caseStudy.summary}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="page-section" aria-labelledby="profile-comments">
        <h2 id="profile-comments">Recent comments</h2>
        {person.comments.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <ul>
            {person.comments.map((comment) => (
              <li key={comment.id}>
                <Link to={`/proposals/${comment.proposalNumber}#comment-${comment.id}`}>
                  On #{comment.proposalNumber} {comment.proposalTitle}
                </Link>
                : {comment.excerpt}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="page-section" aria-labelledby="profile-votes">
        <h2 id="profile-votes">Vote rationales</h2>
        {person.voteRationales.length === 0 ? (
          <p>None public.</p>
        ) : (
          <ul>
            {person.voteRationales.map((vote) => (
              <li key={vote.proposalNumber}>
                {CHOICE_WORDS[vote.choice]}{' '}
                <Link to={`/proposals/${vote.proposalNumber}`}>
                  #{vote.proposalNumber} {vote.proposalTitle}
                </Link>
                : {vote.rationale}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

export function ProfilePageLoading() {
  return <LoadingState label="Loading the profile…" />;
}

export function ProfilePageFailed({ error, retry }: QueryFailure) {
  if (hasErrorCode(error, 'NOT_FOUND'))
    return (
      <NotFoundState heading="No such person">
        <p>
          No one has this handle. <Link to="/">Back to the framework</Link>.
        </p>
      </NotFoundState>
    );
  return <ErrorState error={error} heading="Could not load this profile" onRetry={retry} />;
}
