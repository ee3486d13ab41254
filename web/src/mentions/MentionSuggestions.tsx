import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { completeMention, mentionBeingTyped } from './mention-text';
import './mentions.css';

export const MentionCandidatesQuery = graphql(`
  query MentionCandidates($prefix: String!) {
    mentionCandidates(prefix: $prefix, first: 6) {
      id
      displayName
      handle
    }
  }
`);

type Props = { text: string; onPick: (text: string) => void };

/**
 * While an `@name` is being typed at the end of a comment, the people it could be, as buttons that complete it to
 * their `@handle`. The list is announced politely as it changes.
 */
export function MentionSuggestions({ text, onPick }: Props) {
  const typed = mentionBeingTyped(text);
  const { data } = useQuery(MentionCandidatesQuery, { variables: { prefix: typed?.prefix ?? '' }, skip: !typed });
  const people = typed ? (data?.mentionCandidates ?? []) : [];
  return (
    <div className="mention-suggestions" aria-live="polite">
      {people.length > 0 ? (
        <>
          <p className="visually-hidden">{people.length} people match. Choose one to mention them.</p>
          <ul className="mention-suggestions__list" aria-label="People to mention" data-testid="mention-suggestions">
            {people.map((person) => (
              <li key={person.id}>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => onPick(completeMention(text, person.handle))}
                >
                  {person.displayName} <span className="mention-suggestions__handle">@{person.handle}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
