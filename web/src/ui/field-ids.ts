/** The ids that tie a field's label, hint and error together. */
export type FieldIds = { id: string; hintId: string | undefined; errorId: string | undefined };

export function fieldIds(generated: string, given: string | undefined, hint: unknown, error: unknown): FieldIds {
  const id = given ?? generated;
  return { id, hintId: hint ? `${id}-hint` : undefined, errorId: error ? `${id}-error` : undefined };
}

/** The `aria-describedby` of a field: its hint, then its error; undefined when it has neither. */
export function describedBy({ hintId, errorId }: FieldIds): string | undefined {
  return [hintId, errorId].filter(Boolean).join(' ') || undefined;
}
