import type { Audience, MeasureStatus } from '../gql/graphql';
import { countByAudience, groupByAudience } from './measure-groups';

const measure = (key: string, audience: Audience, status: MeasureStatus = 'ACTIVE') => ({ key, audience, status });

describe('groupByAudience', () => {
  it('splits by audience and keeps document order', () => {
    const groups = groupByAudience([measure('a', 'MANAGER'), measure('b', 'EXECUTIVE'), measure('c', 'MANAGER')]);
    expect(groups.EXECUTIVE.map((m) => m.key)).toEqual(['b']);
    expect(groups.MANAGER.map((m) => m.key)).toEqual(['a', 'c']);
  });

  it('gives empty groups for no measures', () => {
    expect(groupByAudience([])).toEqual({ EXECUTIVE: [], MANAGER: [] });
  });
});

describe('countByAudience', () => {
  it('counts suggested measures, leaving out retired ones', () => {
    const counts = countByAudience([
      measure('a', 'EXECUTIVE'),
      measure('b', 'EXECUTIVE', 'EMERGING'),
      measure('c', 'EXECUTIVE', 'RETIRED'),
      measure('d', 'MANAGER'),
    ]);
    expect(counts).toEqual({ EXECUTIVE: 2, MANAGER: 1 });
  });
});
