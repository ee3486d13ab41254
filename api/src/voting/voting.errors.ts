import { DomainError } from '../common/domain-error.js';

export const VotingErrors = {
  notVoting: (number: number, status: string) =>
    new DomainError('INVALID_STATE', `Proposal #${number} is ${status}, not in VOTING: there is no open vote.`, [], { status }),
  closed: (closesAt: Date) =>
    new DomainError('VOTING_CLOSED', `Voting closed at ${closesAt.toISOString()}; votes after the deadline are not counted.`),
  rationaleRequired: () =>
    new DomainError('BAD_USER_INPUT', 'A REJECT vote must say why: the reason is public.', [
      { path: 'input.rationale', message: 'is required when you reject' },
    ]),
  badClosingTime: (message: string) => new DomainError('BAD_USER_INPUT', `closesAt ${message}.`, [{ path: 'closesAt', message }]),
  noElectorate: () =>
    new DomainError('INVALID_STATE', 'There are no standard-setters to vote. An admin grants the STANDARD_SETTER role first.'),
  /** `waitingFor` is null while results are hidden: how many have not voted is part of the result. */
  stillOpen: (closesAt: Date, waitingFor: number | null) =>
    new DomainError(
      'INVALID_STATE',
      waitingFor === null
        ? `Voting is open until ${closesAt.toISOString()}; it closes by itself at the deadline, or once every elector has voted.`
        : `Voting is open until ${closesAt.toISOString()} and ${waitingFor} standard-setter(s) have not voted; it closes by itself at the deadline.`,
    ),
  notAnElector: (number: number) =>
    new DomainError(
      'FORBIDDEN',
      `You may not vote on proposal #${number}: its electorate is the standard-setters at the moment voting opened, and you were not one of them.`,
    ),
  windowTooShort: (minimumSeconds: number) =>
    new DomainError('BAD_USER_INPUT', `closesAt must be at least ${describeSeconds(minimumSeconds)} from now (the governance minimum).`, [
      { path: 'closesAt', message: `must be at least ${describeSeconds(minimumSeconds)} from now (the governance minimum)` },
    ]),
};

function describeSeconds(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400} day${seconds === 86_400 ? '' : 's'}`;
  if (seconds % 3600 === 0) return `${seconds / 3600} hour${seconds === 3600 ? '' : 's'}`;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}
