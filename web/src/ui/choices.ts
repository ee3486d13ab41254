/** The value of a select or radio group as one of its typed choices, or null when it is none of them (e.g. ''). */
export function choiceOf<Choice extends string>(choices: readonly Choice[], value: string): Choice | null {
  return (choices as readonly string[]).includes(value) ? (value as Choice) : null;
}
