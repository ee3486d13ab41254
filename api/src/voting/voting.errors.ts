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
  stillOpen: (closesAt: Date, waitingFor: number) =>
    new DomainError(
      'INVALID_STATE',
      `Voting is open until ${closesAt.toISOString()} and ${waitingFor} standard-setter(s) have not voted; it closes by itself at the deadline.`,
    ),
};
