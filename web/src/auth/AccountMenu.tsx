import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { roleLabel } from './roles';
import { useSignOutMutation } from './useSignOutMutation';
import './auth.css';

export const AccountMenu_user = graphql(`
  fragment AccountMenu_user on User {
    displayName
    role
  }
`);

type AccountMenuProps = { user: FragmentType<typeof AccountMenu_user> };

/** The signed-in person, their role, their Developer settings, and a way to sign out. */
export function AccountMenu(props: AccountMenuProps) {
  const user = useFragment(AccountMenu_user, props.user);
  const { signOut, loading, error } = useSignOutMutation();
  return (
    <div className="account-menu" data-testid="account-menu">
      <p className="account-menu__who">
        <span className="account-menu__name" data-testid="account-name">
          {user.displayName}
        </span>
        {' · '}
        <span className="account-menu__role" data-testid="account-role">
          {roleLabel(user.role)}
        </span>
      </p>
      <Link to="/settings" data-testid="settings-link">
        Settings
      </Link>
      <Link to="/settings/developer" data-testid="developer-settings-link">
        Developer settings
      </Link>
      <button type="button" className="button button--quiet button--small" onClick={() => void signOut()} disabled={loading}>
        {loading ? 'Signing out…' : 'Sign out'}
      </button>
      {error ? (
        <p className="account-menu__error" role="alert">
          Could not sign out. Please try again.
        </p>
      ) : null}
    </div>
  );
}
