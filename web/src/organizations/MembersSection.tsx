import { useState } from 'react';
import { useCurrentUser } from '../auth/useCurrentUser';
import { ShownOnce } from '../developer/ShownOnce';
import { type FragmentType, graphql, useFragment } from '../gql';
import type { OrganizationRole } from '../gql/graphql';
import { PersonLink } from '../people/PersonLink';
import { formatDateTime } from '../ui/format';
import { describeError } from '../ui/graphql-errors';
import { SelectField } from '../ui/SelectField';
import { useInviteToOrganizationMutation } from './useInviteToOrganizationMutation';
import { useRemoveOrganizationMemberMutation } from './useRemoveOrganizationMemberMutation';
import '../developer/developer.css';

export const MembersSection_organization = graphql(`
  fragment MembersSection_organization on Organization {
    id
    name
    viewerRole
    members {
      role
      joinedAt
      user {
        id
        displayName
        ...PersonLink_person
      }
    }
  }
`);

const ROLE_LABELS: Record<OrganizationRole, string> = { OWNER: 'Owner', MEMBER: 'Member' };

/** Members, for the organisation's members: owners invite by a single-use link and remove; anyone may leave. */
export function MembersSection(props: { organization: FragmentType<typeof MembersSection_organization> }) {
  const organization = useFragment(MembersSection_organization, props.organization);
  const { user } = useCurrentUser();
  const { invite, loading: inviting } = useInviteToOrganizationMutation();
  const { removeMember, loading: removing } = useRemoveOrganizationMemberMutation();
  const [role, setRole] = useState<OrganizationRole>('MEMBER');
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [status, setStatus] = useState('');
  if (!organization.members) return null;
  const owner = organization.viewerRole === 'OWNER';

  const createLink = async () => {
    setStatus('');
    try {
      setLink(await invite(organization.id, role));
    } catch (failure) {
      setStatus(describeError(failure).message);
    }
  };
  const remove = async (userId: string, name: string) => {
    setStatus('');
    try {
      await removeMember(organization.id, userId);
      setStatus(userId === user?.id ? `You left ${organization.name}.` : `${name} was removed: they lost access at once.`);
    } catch (failure) {
      setStatus(describeError(failure).message);
    }
  };

  return (
    <section className="page-section" aria-labelledby="members-title" data-testid="members">
      <h2 id="members-title">Members</h2>
      <ul className="organization-list" data-testid="member-list">
        {organization.members.map((member) => (
          <li key={member.user.id} className="organization-list__item organization-list__item--row" data-testid="member">
            <div>
              <p className="organization-list__name">
                <PersonLink person={member.user} />
              </p>
              <p className="muted">
                {ROLE_LABELS[member.role]} · joined {formatDateTime(member.joinedAt)}
              </p>
            </div>
            {owner || member.user.id === user?.id ? (
              <button
                type="button"
                className="button button--danger button--small"
                disabled={removing}
                onClick={() => void remove(member.user.id, member.user.displayName)}
              >
                {member.user.id === user?.id ? 'Leave' : 'Remove'}
                <span className="visually-hidden"> {member.user.displayName}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {owner ? (
        <div className="organization-invite">
          <h3>Invite someone</h3>
          <p className="muted">The link works once, for 14 days. Whoever opens it, signed in, joins.</p>
          <SelectField
            label="Invite as"
            name="role"
            value={role}
            options={[
              { value: 'MEMBER', label: 'Member' },
              { value: 'OWNER', label: 'Owner: manages members, products and reports' },
            ]}
            onChange={(e) => setRole(e.target.value === 'OWNER' ? 'OWNER' : 'MEMBER')}
          />
          <div className="button-row">
            <button type="button" className="button" disabled={inviting} onClick={() => void createLink()}>
              Create invite link
            </button>
          </div>
          {link ? (
            <ShownOnce
              label="Invite link"
              value={link.url}
              note={`Send it to one person. It works once, until ${formatDateTime(link.expiresAt)}, and is not shown again.`}
              testId="invite-link"
            />
          ) : null}
        </div>
      ) : null}
      <p className="status-message" role="status">
        {status}
      </p>
    </section>
  );
}
