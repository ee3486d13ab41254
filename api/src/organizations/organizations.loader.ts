import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { defineLoader } from '../common/loaders.js';
import { OrganizationEntity, OrganizationMemberEntity } from './organization.entity.js';

/** Organisations by id, batched: a list of products or adopters costs one query for their organisations. */
export const OrganizationsById = defineLoader(
  'organizations',
  (manager) =>
    new DataLoader<string, OrganizationEntity | null>(async (ids) => {
      const rows = await manager.findBy(OrganizationEntity, { id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
);

/** Each organisation's members, owners first, then by when they joined. */
export const MembersByOrganization = defineLoader(
  'organization-members',
  (manager) =>
    new DataLoader<string, OrganizationMemberEntity[]>(async (ids) => {
      const rows = await manager.find(OrganizationMemberEntity, {
        where: { organizationId: In([...ids]) },
        order: { role: 'ASC', joinedAt: 'ASC' },
      });
      return ids.map((id) => rows.filter((row) => row.organizationId === id));
    }),
);

/** The viewer's own membership of each organisation asked about (null: not a member, or signed out). */
export const ViewerMembership = defineLoader(
  'organization-viewer-membership',
  (manager, viewerId) =>
    new DataLoader<string, OrganizationMemberEntity | null>(async (ids) => {
      if (!viewerId) return ids.map(() => null);
      const rows = await manager.findBy(OrganizationMemberEntity, { organizationId: In([...ids]), userId: viewerId });
      return ids.map((id) => rows.find((row) => row.organizationId === id) ?? null);
    }),
);
