import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { type FormErrors, toFormErrors } from '../ui/graphql-errors';
import { safeNextPath } from './next-path';

/**
 * What the sign-in and sign-up forms share: the page to go to once signed in (`?next=`, kept on this site),
 * and the API's errors, by field, after a failed attempt.
 */
export function useAccountForm(fieldLabels: Record<string, string>) {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const next = safeNextPath(search.get('next'));
  const [errors, setErrors] = useState<FormErrors | null>(null);

  /** `state` goes with the navigation, for the next page to read (the welcome after signing up). */
  const submit = async (send: () => Promise<unknown>, state?: unknown) => {
    setErrors(null);
    try {
      await send();
      void navigate(next, { replace: true, state });
    } catch (error) {
      setErrors(toFormErrors(error, fieldLabels));
    }
  };
  return { next, errors, submit };
}
