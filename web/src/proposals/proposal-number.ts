/** The proposal number in an address (`/proposals/12`), or null when it is not a positive whole number. */
export function parseProposalNumber(value: string | undefined): number | null {
  if (!value || !/^[1-9]\d{0,8}$/.test(value)) return null;
  return Number(value);
}
