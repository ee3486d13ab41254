import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ORGANIZATION_KINDS, ORGANIZATION_ROLES, type OrganizationKind as Kind, type OrganizationRole as MemberRole } from '@ocmf/standard';
import { UserType } from '../users/user.type.js';

export type OrganizationKind = Kind;
export const OrganizationKind = Object.fromEntries(ORGANIZATION_KINDS.map((kind) => [kind, kind])) as { [K in Kind]: K };
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What an organisation does with the standard.',
  valuesMap: {
    VENDOR: { description: 'Builds products that implement OCMF measures; reports them per release.' },
    PRACTITIONER: { description: 'Uses OCMF in its own organisation.' },
    CONSULTANCY: { description: 'Helps others adopt OCMF.' },
    NONPROFIT: { description: 'A non-profit using or promoting OCMF.' },
  },
});

export type OrganizationRole = MemberRole;
export const OrganizationRole = Object.fromEntries(ORGANIZATION_ROLES.map((role) => [role, role])) as { [R in MemberRole]: R };
registerEnumType(OrganizationRole, {
  name: 'OrganizationRole',
  description: 'A member’s place in an organisation.',
  valuesMap: {
    OWNER: { description: 'Manages members, products, reports, webhook endpoints and API tokens.' },
    MEMBER: { description: 'Listed with the organisation.' },
  },
});

@ObjectType('OrganizationMember')
export class OrganizationMemberType {
  @Field(() => UserType)
  user: UserType;

  @Field(() => OrganizationRole)
  role: OrganizationRole;

  @Field()
  joinedAt: Date;
}

@ObjectType('Organization', { description: 'A company or group that uses or implements OCMF.' })
export class OrganizationType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field()
  description: string;

  @Field({ description: 'An admin checked that it is who it says it is.' })
  verified: boolean;

  @Field(() => Date, { nullable: true })
  verifiedAt: Date | null;

  @Field({ description: 'Hidden by an admin: it is left out of every public list.' })
  hidden: boolean;

  @Field(() => String, { nullable: true, description: 'Why an admin hid it (public).' })
  hiddenReason: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('OrganizationInvite', { description: 'A single-use link that makes whoever opens it (signed in) a member.' })
export class OrganizationInviteType {
  @Field({ description: 'The link, shown only now: only a hash of its token is stored.' })
  url: string;

  @Field()
  token: string;

  @Field(() => OrganizationRole)
  role: OrganizationRole;

  @Field()
  expiresAt: Date;
}

@InputType()
export class CreateOrganizationInput {
  @Field()
  name: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'An https (or http) URL.' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'A short description, plain text.' })
  description?: string | null;
}

@InputType({ description: 'Changes an organisation; fields left out stay as they are.' })
export class UpdateOrganizationInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}
