import { Link } from 'react-router';
import { AccountMenu } from './AccountMenu';
import { useCurrentUser } from './useCurrentUser';

/** The account corner of the header: who is signed in, or the ways to sign in. */
export function AccountNav() {
  const { user, loading } = useCurrentUser();
  if (loading) return <div className="account-nav account-nav--pending" aria-hidden="true" />;
  if (user) {
    return (
      <div className="account-nav">
        <AccountMenu user={user} />
      </div>
    );
  }
  return (
    <nav className="account-nav" aria-label="Account">
      <ul>
        <li>
          <Link to="/sign-in">Sign in</Link>
        </li>
        <li>
          <Link to="/sign-up" className="button button--small">
            Sign up
          </Link>
        </li>
      </ul>
    </nav>
  );
}
