import { describeEvent } from './history';

describe('describeEvent', () => {
  it('says what happened in words', () => {
    expect(describeEvent({ action: 'proposal.created', toStatus: 'DRAFT' })).toBe('Created as a draft');
    expect(describeEvent({ action: 'proposal.edited' })).toBe('Edited');
    expect(describeEvent({ action: 'proposal.status_changed', fromStatus: 'DRAFT', toStatus: 'DISCUSSION' })).toBe(
      'Submitted for discussion',
    );
    expect(describeEvent({ action: 'proposal.status_changed', fromStatus: 'DISCUSSION', toStatus: 'WITHDRAWN' })).toBe('Withdrawn');
    expect(describeEvent({ action: 'proposal.status_changed', fromStatus: 'VOTING', toStatus: 'ACCEPTED' })).toBe('Accepted');
  });

  it('reads actions it does not know from their name', () => {
    expect(describeEvent({ action: 'proposal.vote_cast' })).toBe('Vote cast');
  });
});
