import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from './role.js';

@ObjectType('User', { description: 'A person with an account.' })
export class UserType {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true, description: 'Visible to the user themself and to admins only.' })
  email: string | null;

  @Field(() => Role)
  role: Role;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When an administrator deactivated the account (visible to admins and the user).' })
  deactivatedAt?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the person proved the address is theirs (visible to admins and the user; null when unknown).',
  })
  emailVerified?: boolean | null;

  /** Filled when the query already read it; otherwise the handle field reads it (PersonFieldsResolver). */
  handle?: string;
}
