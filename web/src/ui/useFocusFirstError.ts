import { type RefObject, useEffect } from 'react';
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
  useEffect(() => {
    if (!errors) return;
    const first = fields.find(([name]) => errors.fields[name]);
    if (first) first[1].current?.focus();
    else if (errors.form) summary.current?.focus();
    // Only a new set of errors moves focus; the refs are stable.
  }, [errors]);
}
