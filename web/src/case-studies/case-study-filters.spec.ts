import { caseStudiesHref, filtersFromSearch, hasFilters, searchFromFilters } from './case-study-filters';

describe('case study filters in the address', () => {
  it('reads known values and drops unknown ones', () => {
    const filters = filtersFromSearch(new URLSearchParams('measure=time-to-smile&industry=RETAIL&size=HUGE'));
    expect(filters).toEqual({
      measureKey: 'time-to-smile',
      categoryKey: null,
      industry: 'RETAIL',
      organizationSize: null,
      releaseVersion: null,
    });
    expect(hasFilters(filters)).toBe(true);
    expect(searchFromFilters(filters).toString()).toBe('measure=time-to-smile&industry=RETAIL');
  });

  it('links a category’s case studies', () => {
    expect(caseStudiesHref({ categoryKey: 'customer' })).toBe('/case-studies?category=customer');
    expect(caseStudiesHref({})).toBe('/case-studies');
  });
});
