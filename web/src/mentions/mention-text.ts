/** The `@name` being typed at the end of a text (what autocomplete completes), or null. */
export function mentionBeingTyped(text: string): { prefix: string; start: number } | null {
  const match = /(^|[\s(])@([\p{L}\p{N}_-]{1,40})$/u.exec(text);
  if (!match) return null;
  return { prefix: match[2]!, start: match.index + match[1]!.length };
}

/** The text with the `@name` being typed replaced by the chosen `@handle` and a space. */
export function completeMention(text: string, handle: string): string {
  const typed = mentionBeingTyped(text);
  if (!typed) return text;
  return `${text.slice(0, typed.start)}@${handle} `;
}
