import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ChangeEmailInput, ChangePasswordInput, ResetPasswordInput } from '../gql/graphql';
import { CurrentUserQuery } from './useCurrentUser';

export const EmailEnabledQuery = graphql(`
  query EmailEnabled {
    emailEnabled
  }
`);

/** Whether this server sends email (password reset and address verification need it); null until known. */
export function useEmailEnabled(): boolean | null {
  const { data } = useQuery(EmailEnabledQuery);
  return data?.emailEnabled ?? null;
}

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      user {
        id
        role
        handle
        ...AccountMenu_user
      }
    }
  }
`);

const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      email
      changed
    }
  }
`);

const ResendVerificationMutation = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail
  }
`);

const ChangeEmailMutation = graphql(`
  mutation ChangeEmail($input: ChangeEmailInput!) {
    changeEmail(input: $input)
  }
`);

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export function useRequestPasswordReset() {
  const [mutate, { loading }] = useMutation(RequestPasswordResetMutation);
  return { request: async (email: string) => void (await mutate({ variables: { email } })), loading };
}

/** Sets the new password; the API signs this browser in, so the new user becomes the cached `me`. */
export function useResetPassword() {
  const [mutate, { loading }] = useMutation(ResetPasswordMutation, {
    update(cache, { data }) {
      const user = data?.resetPassword.user;
      if (user) cache.writeQuery({ query: CurrentUserQuery, data: { me: user } });
    },
  });
  return { reset: async (input: ResetPasswordInput) => void (await mutate({ variables: { input } })), loading };
}

export function useVerifyEmail() {
  const [mutate, { loading }] = useMutation(VerifyEmailMutation, { refetchQueries: ['CurrentUser', 'Settings'] });
  const verify = async (token: string) => (await mutate({ variables: { token } })).data!.verifyEmail;
  return { verify, loading };
}

export function useResendVerification() {
  const [mutate, { loading }] = useMutation(ResendVerificationMutation);
  return { resend: async () => void (await mutate()), loading };
}

export function useChangeEmail() {
  const [mutate, { loading }] = useMutation(ChangeEmailMutation);
  return { changeEmail: async (input: ChangeEmailInput) => (await mutate({ variables: { input } })).data!.changeEmail, loading };
}

export function useChangePassword() {
  const [mutate, { loading }] = useMutation(ChangePasswordMutation);
  return { changePassword: async (input: ChangePasswordInput) => (await mutate({ variables: { input } })).data!.changePassword, loading };
}
