import { DomainError } from '../common/domain-error.js';
import type { ProposalStatus } from '../proposals/proposal-status.js';

export const CommentErrors = {
  notFound: (id: string) =>
    new DomainError('COMMENT_NOT_FOUND', `There is no comment ${id}.`, [{ path: 'input.id', message: 'matches no comment' }]),
  closed: (status: ProposalStatus) =>
    new DomainError('COMMENTS_CLOSED', `Comments are closed: the proposal is ${status}. They are open during DISCUSSION and VOTING.`),
  parentElsewhere: () =>
    new DomainError('BAD_USER_INPUT', 'You can only reply to a comment on the same proposal.', [
      { path: 'input.parentId', message: 'belongs to another proposal or does not exist' },
    ]),
  notAuthor: () => new DomainError('FORBIDDEN', 'Only the author of a comment can edit it.'),
  hidden: () => new DomainError('INVALID_STATE', 'This comment is hidden by an editor and cannot be edited or replied to.'),
  alreadyFlagged: () => new DomainError('ALREADY_FLAGGED', 'You have already flagged this comment; an editor will look at it.'),
};
