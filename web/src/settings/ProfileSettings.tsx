import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { fieldIssuesOf } from '../ui/graphql-errors';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useUpdateProfileMutation } from './useUpdateProfileMutation';

export const ProfileSettings_person = graphql(`
  fragment ProfileSettings_person on Person {
    handle
    displayName
    bio
    organisation
  }
`);

type Props = { person: FragmentType<typeof ProfileSettings_person>; onSaved: (message: string) => void };

/** What others see on the profile: the display name, a short bio, the organisation. */
export function ProfileSettings(props: Props) {
  const person = useFragment(ProfileSettings_person, props.person);
  const [displayName, setDisplayName] = useState(person.displayName);
  const [bio, setBio] = useState(person.bio);
  const [organisation, setOrganisation] = useState(person.organisation);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { save, loading } = useUpdateProfileMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    try {
      await save({ displayName, bio, organisation });
      props.onSaved('Your profile is saved.');
    } catch (caught) {
      setErrors(Object.fromEntries(fieldIssuesOf(caught).map((issue) => [issue.path.replace(/^input\./, ''), issue.message])));
    }
  };

  return (
    <form className="settings-form" onSubmit={(event) => void submit(event)} aria-labelledby="profile-settings-title" noValidate>
      <h2 id="profile-settings-title">Profile</h2>
      <p>
        Others see this on <Link to={`/people/${encodeURIComponent(person.handle)}`}>your profile</Link>; they mention you as @
        {person.handle}.
      </p>
      <TextField
        label="Display name"
        name="displayName"
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        error={errors.displayName}
        maxLength={80}
      />
      <TextAreaField
        label="Short bio"
        name="bio"
        value={bio}
        onChange={(event) => setBio(event.target.value)}
        error={errors.bio}
        maxLength={500}
        rows={3}
      />
      <TextField
        label="Organisation"
        name="organisation"
        value={organisation}
        onChange={(event) => setOrganisation(event.target.value)}
        error={errors.organisation}
        maxLength={120}
      />
      <button type="submit" className="button" disabled={loading}>
        {loading ? 'Saving…' : 'Save profile'}
      </button>
    </form>
  );
}
