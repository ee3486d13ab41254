import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class SignUpInput {
  @Field()
  email: string;

  @Field({ description: 'At least 10 characters.' })
  password: string;

  @Field(() => String, {
    nullable: true,
    description: 'Shown next to your proposals and comments; defaults to the part of the email before @.',
  })
  displayName?: string | null;
}

@InputType()
export class SignInInput {
  @Field()
  email: string;

  @Field()
  password: string;
}
