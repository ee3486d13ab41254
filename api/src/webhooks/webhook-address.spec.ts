import { addressRange, checkDestination, isPublicAddress } from './webhook-address.js';

describe('isPublicAddress', () => {
  it.each([
    ['93.184.215.14', true],
    ['8.8.8.8', true],
    ['2606:4700:4700::1111', true],
    ['127.0.0.1', false],
    ['127.255.0.9', false],
    ['10.0.0.1', false],
    ['172.16.5.4', false],
    ['172.31.255.255', false],
    ['192.168.0.1', false],
    ['169.254.169.254', false], // cloud metadata
    ['100.64.0.1', false], // carrier-grade NAT
    ['100.100.100.200', false], // a cloud metadata address inside CGNAT
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fd00:ec2::254', false], // AWS metadata over IPv6
    ['fc00::1', false],
    ['ff02::1', false],
    ['::ffff:127.0.0.1', false], // IPv4-mapped loopback
    ['::ffff:10.0.0.1', false],
    ['::ffff:8.8.8.8', true],
    ['64:ff9b::a00:1', false], // NAT64 of 10.0.0.1
    ['2002:a00:1::', false], // 6to4 of 10.0.0.1
    ['2001:db8::1', false], // documentation
    ['not an address', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it('names the range it refuses', () => {
    expect(addressRange('::ffff:192.168.1.1')).toBe('private');
    expect(addressRange('169.254.1.1')).toBe('linkLocal');
  });
});

describe('checkDestination', () => {
  it('refuses a literal private address, naming it, and allows it when told to', async () => {
    expect(await checkDestination(new URL('http://[::ffff:7f00:1]:9/x'), false)).toEqual({
      ok: false,
      reason: '::ffff:7f00:1, a loopback address',
    });
    expect(await checkDestination(new URL('http://127.0.0.1:9/x'), true)).toMatchObject({
      ok: true,
      destination: { address: '127.0.0.1', family: 4 },
    });
  });

  it('resolves a host name and checks what it resolves to', async () => {
    expect(await checkDestination(new URL('http://localhost/x'), false)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^localhost resolves to (127\.0\.0\.1|::1), a loopback address$/),
    });
    expect(await checkDestination(new URL('https://no-such-host.invalid/x'), false)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^no-such-host\.invalid could not be resolved/),
    });
  });
});
