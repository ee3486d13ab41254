import { commentsOpen, isEditable, isProposalStatus, PROPOSAL_STATUSES, PUBLIC_STATUSES } from './proposal-rules.js';

describe('proposal rules', () => {
  it('keeps only drafts private', () => {
    expect(PROPOSAL_STATUSES.filter((status) => !PUBLIC_STATUSES.includes(status))).toEqual(['DRAFT']);
  });

  it('opens comments in discussion and voting, and edits in draft and discussion', () => {
    expect(PROPOSAL_STATUSES.filter(commentsOpen)).toEqual(['DISCUSSION', 'VOTING']);
    expect(PROPOSAL_STATUSES.filter(isEditable)).toEqual(['DRAFT', 'DISCUSSION']);
  });

  it('recognises statuses by their exact spelling', () => {
    expect(isProposalStatus('DISCUSSION')).toBe(true);
    expect(isProposalStatus('discussion')).toBe(false);
    expect(isProposalStatus(null)).toBe(false);
  });
});
