import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { PersonLink } from '../people/PersonLink';

export const RoleHoldersQuery = graphql(`
  query RoleHolders {
    setters: roleHolders(role: STANDARD_SETTER) {
      id
      ...PersonLink_person
    }
    editors: roleHolders(role: EDITOR) {
      id
      ...PersonLink_person
    }
  }
`);

/** Who the standard-setters and editors are today, each linking to their profile. */
export function RoleHolders() {
  const { data } = useQuery(RoleHoldersQuery);
  if (!data) return null;
  return (
    <div className="role-holders" data-testid="role-holders">
      <h3>Standard-setters today</h3>
      {data.setters.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul>
          {data.setters.map((person) => (
            <li key={person.id}>
              <PersonLink person={person} />
            </li>
          ))}
        </ul>
      )}
      <h3>Editors today</h3>
      {data.editors.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul>
          {data.editors.map((person) => (
            <li key={person.id}>
              <PersonLink person={person} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
