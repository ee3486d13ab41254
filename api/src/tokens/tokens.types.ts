import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { API_TOKEN_SCOPES, type ApiTokenScope as Scope } from '@ocmf/standard';

export type ApiTokenScope = Scope;
export const ApiTokenScope = Object.fromEntries(API_TOKEN_SCOPES.map((scope) => [scope, scope])) as { [S in Scope]: S };

registerEnumType(ApiTokenScope, {
  name: 'ApiTokenScope',
  description: 'What an API token may do as its owner.',
  valuesMap: {
    READ: { description: 'Queries and subscriptions only.' },
    READ_WRITE: { description: 'Queries, subscriptions and mutations, within what its owner’s role allows.' },
  },
});

@ObjectType('ApiToken', { description: 'A token for scripts (`Authorization: Bearer`). The token itself is shown only when created.' })
export class ApiTokenType {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'The organisation it acts for; null when it acts as you.' })
  organizationId: string | null;

  @Field()
  name: string;

  @Field(() => ApiTokenScope)
  scope: ApiTokenScope;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'After this the token is refused; null: it does not expire.' })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a request last used it (to the minute); null: never used.' })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it works.' })
  revokedAt: Date | null;
}

@ObjectType('CreatedApiToken')
export class CreatedApiTokenType {
  @Field({ description: 'The token, shown only now: only its SHA-256 is stored. Starts with ocmf_.' })
  token: string;

  @Field(() => ApiTokenType)
  apiToken: ApiTokenType;
}
