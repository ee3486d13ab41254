import { ROLES } from '@ocmf/standard';
import { type FormEvent, useState } from 'react';
import { roleLabel } from '../auth/roles';
import { type FragmentType, graphql, useFragment } from '../gql';
import type { Role } from '../gql/graphql';
import { PersonLink } from '../people/PersonLink';
import { choiceOf } from '../ui/choices';
import { formatDate } from '../ui/format';
import { fieldIssuesOf } from '../ui/graphql-errors';
import { useDeactivateUserMutation } from './useDeactivateUserMutation';
import { useSetUserRoleMutation } from './useSetUserRoleMutation';

export const UserRow_user = graphql(`
  fragment UserRow_user on User {
    id
    displayName
    handle
    email
    role
    createdAt
    deactivatedAt
    emailVerified
    ...PersonLink_person
  }
`);

type Props = { user: FragmentType<typeof UserRow_user>; onDone: (message: string) => void };

/** One account: change its role with a reason, or deactivate it. */
export function UserRow(props: Props) {
  const user = useFragment(UserRow_user, props.user);
  const [role, setRoleChoice] = useState<Role>(user.role);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { setRole, loading: saving } = useSetUserRoleMutation();
  const { deactivate, loading: deactivating } = useDeactivateUserMutation();
  const reasonId = `reason-${user.id}`;
  const errorId = `error-${user.id}`;

  const run = async (work: () => Promise<void>, message: string) => {
    setError(null);
    try {
      await work();
      setReason('');
      props.onDone(message);
    } catch (caught) {
      setError(fieldIssuesOf(caught)[0]?.message ?? (caught instanceof Error ? caught.message : 'Something went wrong.'));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => setRole(user.id, role, reason), `${user.displayName} is now ${roleLabel(role)}.`);
  };

  return (
    <li className="user-row" data-testid="user-row">
      <div className="user-row__who">
        <strong>{user.deactivatedAt ? user.displayName : <PersonLink person={user} />}</strong>{' '}
        <span className="muted">@{user.handle}</span>
        <br />
        <span className="muted">{user.email}</span> · joined {formatDate(user.createdAt)}
        {user.deactivatedAt ? <span className="badge badge--negative user-row__badge">Deactivated</span> : null}
        {!user.deactivatedAt && user.emailVerified === false ? (
          <span className="badge badge--neutral user-row__badge" title="The address was not confirmed: no notification email goes to it">
            Address not confirmed
          </span>
        ) : null}
      </div>
      {user.deactivatedAt ? null : (
        <form className="user-row__form" onSubmit={submit} aria-label={`Change ${user.displayName}`} noValidate>
          <label>
            Role
            <select
              value={role}
              onChange={(event) => {
                const next = choiceOf(ROLES, event.target.value);
                if (next) setRoleChoice(next);
              }}
            >
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {roleLabel(option)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Reason
            <input
              id={reasonId}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              maxLength={500}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
            />
          </label>
          <button type="submit" className="button button--small" disabled={saving || role === user.role}>
            Change role
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            disabled={deactivating}
            onClick={() => void run(() => deactivate(user.id, reason), `${user.displayName} is deactivated and signed out everywhere.`)}
          >
            Deactivate
          </button>
          {error ? (
            <p id={errorId} className="form-error user-row__error" role="alert">
              Reason {error}
            </p>
          ) : null}
        </form>
      )}
    </li>
  );
}
