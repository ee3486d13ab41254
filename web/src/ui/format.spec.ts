import { formatDate, formatDateTime, formatRelative, pluralize } from './format';
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
  it('shows the date and time in the reader’s time zone, naming it', () => {
    expect(formatDateTime('2026-12-08T06:46:11.358Z', 'Europe/Berlin')).toBe('Tue, 8 Dec 2026, 07:46 CET');
    expect(formatDateTime('2016-03-22T23:30:00.000Z', 'UTC')).toBe('Tue, 22 Mar 2016, 23:30 UTC');
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatDateTime('later')).toBe('later');
  });
});

describe('formatRelative', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  it('says how far off a moment is, in its largest sensible unit', () => {
    expect(formatRelative('2026-12-07T13:00:00Z', now)).toBe('in 6 days');
    expect(formatRelative('2026-12-01T09:00:00Z', now)).toBe('3 hours ago');
    expect(formatRelative('2026-12-01T12:00:20Z', now)).toBe('just now');
    expect(formatRelative('2026-12-02T12:00:00Z', now)).toBe('tomorrow');
    expect(formatRelative('2026-12-01T11:50:00Z', now)).toBe('10 minutes ago');
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
