import { ROLES } from '@ocmf/standard';
import { useSuspenseQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { roleLabel } from '../auth/roles';
import { useViewer } from '../auth/useCurrentUser';
import { graphql } from '../gql';
import { choiceOf } from '../ui/choices';
import { ErrorState } from '../ui/ErrorState';
import { pluralize } from '../ui/format';
import { LoadingState } from '../ui/LoadingState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { UserRow } from './UserRow';
import './admin.css';

export const AdminUsersQuery = graphql(`
  query AdminUsers($search: String, $role: Role, $first: Int!) {
    users(search: $search, role: $role, first: $first) {
      totalCount
      nodes {
        id
        ...UserRow_user
      }
    }
  }
`);

/** Administrators: find accounts, change a role with a reason, deactivate an account. */
export function AdminUsersPage() {
  useDocumentTitle('Users');
  const viewer = useViewer();
  if (!viewer || viewer.role !== 'ADMIN') {
    return (
      <section className="message-panel">
        <h1>Users</h1>
        <p>
          Only administrators manage accounts.{' '}
          {viewer ? null : <Link to={`/sign-in?next=${encodeURIComponent('/admin/users')}`}>Sign in</Link>}
        </p>
      </section>
    );
  }
  return <Users />;
}

function Users() {
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const role = choiceOf(ROLES, params.get('role') ?? '');
  const [text, setText] = useState(search);
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const { data } = useSuspenseQuery(AdminUsersQuery, {
    variables: { search: search || null, role, first: 100 },
    queryKey: useRetryKey(),
  });
  const update = (next: { search?: string; role?: string }) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged, { replace: true });
  };
  return (
    <div className="admin-page">
      <header className="page-header">
        <h1>Users</h1>
        <p className="lead">Change a role (with a reason the person is told, kept in the audit log) or deactivate an account.</p>
      </header>
      <form
        className="admin-filters"
        role="search"
        aria-label="Users"
        onSubmit={(event) => {
          event.preventDefault();
          update({ search: text.trim() });
        }}
      >
        <label>
          Name, handle or email
          <input type="search" value={text} onChange={(event) => setText(event.target.value)} />
        </label>
        <label>
          Role
          <select value={role ?? ''} onChange={(event) => update({ role: event.target.value })}>
            <option value="">Any role</option>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {roleLabel(option)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button--small">
          Find
        </button>
      </form>
      <p ref={statusRef} tabIndex={-1} className="status-message" role="status" data-testid="admin-status">
        {status}
      </p>
      <p className="muted">{pluralize(data.users.totalCount, 'account')}</p>
      <ul className="user-list" aria-label="Accounts">
        {data.users.nodes.map((user) => (
          <UserRow
            key={user.id}
            user={user}
            onDone={(message) => {
              setStatus(message);
              statusRef.current?.focus();
            }}
          />
        ))}
      </ul>
    </div>
  );
}

export function AdminUsersPageLoading() {
  useDocumentTitle('Users');
  return <LoadingState label="Loading accounts…" />;
}

export function AdminUsersPageFailed({ error, retry }: QueryFailure) {
  return <ErrorState error={error} heading="Could not load the accounts" onRetry={retry} />;
}
