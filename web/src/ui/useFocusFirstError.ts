import { type RefObject, useEffect, useEffectEvent } from 'react';

/** A form's problems: one message for the whole form (or none), and one per field that has one. */
type ShownErrors = { form: string | null; fields: Partial<Record<string, string>> };

/**
 * After a failed submit, moves focus to the first field with an error (in the order given), or to the form
 * summary when only the form as a whole failed.
 */
export function useFocusFirstError(
  errors: ShownErrors | null,
  fields: [name: string, ref: RefObject<HTMLElement | null>][],
  summary: RefObject<HTMLElement | null>,
): void {
  // Only a new set of errors moves focus, once they are on screen (so the field is read with its error); the
  // fields are read as they are then.
  const focusFirst = useEffectEvent((shown: ShownErrors) => {
    const first = fields.find(([name]) => shown.fields[name]);
    if (first) first[1].current?.focus();
    else if (shown.form) summary.current?.focus();
  });
  useEffect(() => {
    if (errors) focusFirst(errors);
  }, [errors]);
}
