import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';

export const SetUserRoleMutation = graphql(`
  mutation SetUserRole($input: SetUserRoleInput!) {
    setUserRole(input: $input) {
      id
      role
    }
  }
`);

/** Gives an account a role with a reason; the list is read again (filters may no longer match it). */
export function useSetUserRoleMutation() {
  const [mutate, { loading }] = useMutation(SetUserRoleMutation, { refetchQueries: ['AdminUsers'] });
  const setRole = async (userId: string, role: Role, reason: string): Promise<void> => {
    await mutate({ variables: { input: { userId, role, reason } } });
  };
  return { setRole, loading };
}
