import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';

export const PersonLink_person = graphql(`
  fragment PersonLink_person on User {
    displayName
    handle
  }
`);

/** A person's name, linking to their profile. */
export function PersonLink(props: { person: FragmentType<typeof PersonLink_person> }) {
  const person = useFragment(PersonLink_person, props.person);
  return <Link to={`/people/${encodeURIComponent(person.handle)}`}>{person.displayName}</Link>;
}
