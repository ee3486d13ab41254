import { formatDate, formatDateTime, pluralize } from './format';
import { documentTitle } from './useDocumentTitle';

describe('formatDate', () => {
  it('shows the UTC calendar date', () => {
    expect(formatDate('2016-03-22T00:00:00.000Z')).toBe('22 March 2016');
    expect(formatDate('2016-03-22T23:30:00.000Z')).toBe('22 March 2016');
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('formatDateTime', () => {
  it('shows the date and the UTC time', () => {
    expect(formatDateTime('2016-03-22T09:05:00.000Z')).toBe('22 March 2016, 09:05 UTC');
    expect(formatDateTime('2016-03-22T23:30:00.000Z')).toBe('22 March 2016, 23:30 UTC');
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatDateTime('later')).toBe('later');
  });
});

describe('pluralize', () => {
  it('picks the singular only for one', () => {
    expect(pluralize(0, 'measure')).toBe('0 measures');
    expect(pluralize(1, 'measure')).toBe('1 measure');
    expect(pluralize(5, 'category', 'categories')).toBe('5 categories');
  });
});

describe('documentTitle', () => {
  it('names the page, then the site', () => {
    expect(documentTitle('Time to Smile')).toBe('Time to Smile · OCMF Commons');
    expect(documentTitle(null)).toBe('OCMF Commons');
  });
});
