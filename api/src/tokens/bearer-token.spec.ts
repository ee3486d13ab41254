import { bearerToken, hashApiToken, newApiToken } from './bearer-token.js';

describe('API tokens', () => {
  it('are ocmf_ and 32 random bytes, and only a well-formed Bearer header yields one', () => {
    const token = newApiToken();
    expect(token).toMatch(/^ocmf_[A-Za-z0-9_-]{43}$/);
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer   ${token} `)).toBe(token);
    expect(bearerToken(token)).toBeNull();
    expect(bearerToken(`Basic ${token}`)).toBeNull();
    expect(bearerToken('Bearer ocmf_short')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
    expect(hashApiToken(token)).toMatch(/^[0-9a-f]{64}$/);
  });
});
