import { filtersFromSearch, hasFilters, proposalsHref, searchFromFilters } from './proposal-filters';

describe('filtersFromSearch', () => {
  it('reads status, category and measure', () => {
    expect(filtersFromSearch(new URLSearchParams('status=DISCUSSION&category=customer&measure=time-to-smile'))).toEqual({
      status: 'DISCUSSION',
      categoryKey: 'customer',
      measureKey: 'time-to-smile',
    });
  });

  it('treats unknown statuses and blank values as no filter', () => {
    const filters = filtersFromSearch(new URLSearchParams('status=OPEN&category=&measure=%20'));
    expect(filters).toEqual({ status: null, categoryKey: null, measureKey: null });
    expect(hasFilters(filters)).toBe(false);
  });
});

describe('searchFromFilters / proposalsHref', () => {
  it('writes only the filters that are set, and reads back the same', () => {
    const filters = { status: 'VOTING' as const, categoryKey: null, measureKey: 'net-annual-recurring-revenue' };
    const search = searchFromFilters(filters);
    expect(search.toString()).toBe('status=VOTING&measure=net-annual-recurring-revenue');
    expect(filtersFromSearch(search)).toEqual(filters);
  });

  it('links to the list, filtered or not', () => {
    expect(proposalsHref()).toBe('/proposals');
    expect(proposalsHref({ categoryKey: 'customer' })).toBe('/proposals?category=customer');
  });
});
