import { type RefObject, useEffect, useEffectEvent } from 'react';
import type { FormErrors } from './graphql-errors';

/**
 * After a failed submit, moves focus to the first field with an error (in the order given), or to the form
 * summary when only the form as a whole failed.
 */
export function useFocusFirstError(
  errors: FormErrors | null,
  fields: [name: string, ref: RefObject<HTMLInputElement | null>][],
  summary: RefObject<HTMLElement | null>,
): void {
  // Only a new set of errors moves focus; the fields are read as they are then.
  const focusFirst = useEffectEvent((shown: FormErrors) => {
    const first = fields.find(([name]) => shown.fields[name]);
    if (first) first[1].current?.focus();
    else if (shown.form) summary.current?.focus();
  });
  useEffect(() => {
    if (errors) focusFirst(errors);
  }, [errors]);
}
