import { releaseDownloads } from './downloads';

describe('releaseDownloads', () => {
  it('links relatively, so the site works by any address', () => {
    expect(releaseDownloads('1.1.0')).toEqual({ json: '/releases/1.1.0.json', csv: '/releases/1.1.0.csv', markdown: '/releases/1.1.0.md' });
  });
});
