import { groupChangelog } from './changelog';

describe('groupChangelog', () => {
  it('groups the changes of every proposal by kind, in the changelog order, naming each proposal', () => {
    const groups = groupChangelog([
      {
        proposalNumber: 4,
        title: 'Rebalance and retire',
        changes: [
          { kind: 'rebalanced', description: 'Set Focus %: Business 35%, Acceleration 5%' },
          { kind: 'retired', description: 'Retire measure Old Thing' },
        ],
      },
      {
        proposalNumber: 5,
        title: 'Customer Success',
        changes: [
          { kind: 'added', description: 'Add measure Net ARR to Business' },
          { kind: 'changed', description: 'Update Time to Smile: notes' },
          { kind: 'moved', description: 'Move Churn to Customer' },
          { kind: 'added', description: 'Add measure Gross Retention to Business' },
        ],
      },
    ]);
    expect(groups.map((group) => group.label)).toEqual(['Added', 'Changed', 'Retired', 'Moved', 'Re-balanced']);
    expect(groups[0]?.items).toEqual([
      { proposalNumber: 5, proposalTitle: 'Customer Success', description: 'Add measure Net ARR to Business' },
      { proposalNumber: 5, proposalTitle: 'Customer Success', description: 'Add measure Gross Retention to Business' },
    ]);
    expect(groups[4]?.items[0]?.proposalNumber).toBe(4);
  });

  it('leaves out empty kinds, and puts unknown ones last', () => {
    const groups = groupChangelog([{ proposalNumber: 1, title: 'x', changes: [{ kind: 'renamed', description: 'Rename' }] }]);
    expect(groups).toEqual([{ kind: 'other', label: 'Other', items: [{ proposalNumber: 1, proposalTitle: 'x', description: 'Rename' }] }]);
    expect(groupChangelog([])).toEqual([]);
  });
});
