import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/** A checked destination: the address to connect to (and its family), never re-resolved before the call. */
export type Destination = { url: URL; address: string; family: 4 | 6 };

export type DestinationCheck = { ok: true; destination: Destination } | { ok: false; reason: string };

const RANGE_NAMES: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address (cloud metadata services live there)',
  loopback: 'a loopback address',
  carrierGradeNat: 'a carrier-grade NAT address',
  private: 'a private address',
  uniqueLocal: 'a private (unique local) address',
  reserved: 'a reserved address',
};

/**
 * What kind of address this is: `unicast` for a public one, otherwise the range it falls in. An IPv4 address
 * written as IPv6 (`::ffff:10.0.0.1`) is judged as the IPv4 address it is. IPv6 ranges that carry an IPv4 address
 * inside (6to4, Teredo, NAT64) are not public either: where they lead depends on the address they carry.
 */
export function addressRange(address: string): string {
  if (!ipaddr.isValid(address)) return 'invalid';
  return ipaddr.process(address).range();
}

export function isPublicAddress(address: string): boolean {
  return addressRange(address) === 'unicast';
}

function describeRange(range: string): string {
  return RANGE_NAMES[range] ?? `not a public address (${range})`;
}

/**
 * Resolves an endpoint URL's host and checks every address it resolves to (any one of them could be used). Done
 * at registration and again before each attempt, since DNS can change; the attempt then connects to the address
 * checked here. `allowPrivate` (WEBHOOKS_ALLOW_PRIVATE, never in production) lifts the range check.
 */
export async function checkDestination(url: URL, allowPrivate: boolean): Promise<DestinationCheck> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: { address: string; family: number }[];
  try {
    addresses = ipaddr.isValid(host)
      ? [{ address: host, family: host.includes(':') ? 6 : 4 }]
      : await lookup(host, { all: true, verbatim: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { ok: false, reason: `${host} could not be resolved${code ? ` (${code})` : ''}` };
  }
  if (addresses.length === 0) return { ok: false, reason: `${host} resolves to no address` };
  if (!allowPrivate) {
    for (const { address } of addresses) {
      const range = addressRange(address);
      if (range !== 'unicast') {
        return { ok: false, reason: `${host === address ? address : `${host} resolves to ${address}`}, ${describeRange(range)}` };
      }
    }
  }
  const [first] = addresses;
  return { ok: true, destination: { url, address: first!.address, family: first!.family === 6 ? 6 : 4 } };
}
