import { groupChangelog } from './changelog';

describe('groupChangelog', () => {
  it('groups the changes of every proposal by kind, in the changelog order, naming each proposal', () => {
    const groups = groupChangelog([
      {
        proposalNumber: 4,
        title: 'Rebalance and retire',
        changes: [
          { kind: 'REBALANCED', description: 'Set Focus %: Business 35%, Acceleration 5%' },
          { kind: 'RETIRED', description: 'Retire measure Old Thing' },
        ],
      },
      {
        proposalNumber: 5,
        title: 'Customer Success',
        changes: [
          { kind: 'ADDED', description: 'Add measure Net ARR to Business' },
          { kind: 'CHANGED', description: 'Update Time to Smile: notes' },
          { kind: 'MOVED', description: 'Move Churn to Customer' },
          { kind: 'ADDED', description: 'Add measure Gross Retention to Business' },
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

  it('leaves out empty kinds', () => {
    const groups = groupChangelog([{ proposalNumber: 1, title: 'x', changes: [{ kind: 'MOVED', description: 'Move' }] }]);
    expect(groups).toEqual([{ kind: 'MOVED', label: 'Moved', items: [{ proposalNumber: 1, proposalTitle: 'x', description: 'Move' }] }]);
    expect(groupChangelog([])).toEqual([]);
  });
});
