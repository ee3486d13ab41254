import { liveUrl } from './live-url';

describe('liveUrl', () => {
  it('uses the page origin, secure when the page is', () => {
    expect(liveUrl({ protocol: 'http:', host: 'localhost:3000' })).toBe('ws://localhost:3000/graphql');
    expect(liveUrl({ protocol: 'https:', host: 'commons.ocmfgroup.org' })).toBe('wss://commons.ocmfgroup.org/graphql');
  });
});
