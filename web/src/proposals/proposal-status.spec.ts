import { commentsClosedReason, commentsOpen, isProposalStatus, PROPOSAL_STATUSES, proposalStatusLabel } from './proposal-status';

describe('proposal statuses', () => {
  it('names every status', () => {
    expect(PROPOSAL_STATUSES.map(proposalStatusLabel)).toEqual([
      'Draft',
      'In discussion',
      'Voting',
      'Accepted',
      'Rejected',
      'Merged',
      'Released',
      'Withdrawn',
    ]);
  });

  it('recognises statuses', () => {
    expect(isProposalStatus('DISCUSSION')).toBe(true);
    expect(isProposalStatus('discussion')).toBe(false);
    expect(isProposalStatus(null)).toBe(false);
  });

  it('opens comments in discussion and voting only', () => {
    expect(PROPOSAL_STATUSES.filter(commentsOpen)).toEqual(['DISCUSSION', 'VOTING']);
    expect(commentsClosedReason('DRAFT')).toMatch(/submits it for discussion/);
    expect(commentsClosedReason('MERGED')).toMatch(/closed: the proposal is merged/);
  });
});
