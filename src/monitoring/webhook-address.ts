import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { Config } from '../config.ts';

/**
 * Where a webhook may be sent. A webhook's address is chosen by an organisation, so without a
 * check it could make the service POST into its own network (a database's HTTP port, a cloud's
 * metadata address): only public addresses are allowed, and the check runs both when the address
 * is saved and on each connection, after the name is resolved, so a name that later resolves
 * elsewhere (DNS rebinding) is refused at the moment it would be used.
 */
export type AddressClass =
  'public' | 'loopback' | 'private' | 'link_local' | 'multicast' | 'reserved';

/** Resolves a host name to every address it has (tests give their own answers). */
export type HostLookup = (hostname: string) => Promise<{ address: string; family: number }[]>;

export const systemLookup: HostLookup = (hostname) =>
  dnsLookup(hostname, { all: true, order: 'verbatim' });

/** IANA's special-purpose registries (RFC 6890 and later), by what the block is for. */
const RANGES: Record<Exclude<AddressClass, 'public'>, [string, number][]> = {
  loopback: [
    ['127.0.0.0', 8],
    ['::1', 128],
  ],
  private: [
    ['10.0.0.0', 8],
    ['100.64.0.0', 10], // shared address space (carrier-grade NAT)
    ['172.16.0.0', 12],
    ['192.168.0.0', 16],
    ['fc00::', 7], // unique local
    ['fec0::', 10], // site-local, deprecated
  ],
  link_local: [
    ['169.254.0.0', 16], // also cloud metadata services
    ['fe80::', 10],
  ],
  multicast: [
    ['224.0.0.0', 4],
    ['ff00::', 8],
  ],
  reserved: [
    ['0.0.0.0', 8],
    ['192.0.0.0', 24],
    ['192.0.2.0', 24],
    ['192.88.99.0', 24],
    ['198.18.0.0', 15],
    ['198.51.100.0', 24],
    ['203.0.113.0', 24],
    ['240.0.0.0', 4], // with 255.255.255.255
    ['::', 96], // unspecified and IPv4-compatible
    ['64:ff9b::', 96], // NAT64: may carry any IPv4 address
    ['64:ff9b:1::', 48],
    ['100::', 64],
    ['2001::', 23], // IETF protocol assignments, Teredo among them
    ['2001:db8::', 32],
    ['2002::', 16], // 6to4: may carry any IPv4 address
    ['3fff::', 20],
  ],
};

const LISTS = Object.entries(RANGES).map(([kind, ranges]) => {
  const list = new BlockList();
  for (const [network, prefix] of ranges) {
    list.addSubnet(network, prefix, isIP(network) === 4 ? 'ipv4' : 'ipv6');
  }
  return { kind: kind as AddressClass, list };
});

/**
 * What an address is for. IPv4-mapped IPv6 addresses (`::ffff:10.0.0.1`) are judged as the IPv4
 * address they carry: BlockList matches them against the IPv4 ranges.
 */
export function classifyAddress(address: string): AddressClass {
  const family = isIP(address);
  if (family === 0) return 'reserved';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  return LISTS.find(({ list }) => list.check(address, type))?.kind ?? 'public';
}

/** A host as a URL's hostname gives it: IPv6 literals without their brackets. */
export function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/** Plain http to this machine outside production: developers' and tests' own receivers. */
export function loopbackHttpAllowed(protocol: string, mode: Config['mode']): boolean {
  return protocol === 'http:' && mode !== 'production';
}

/** May a webhook be sent to this address, over this protocol? */
export function addressAllowed(address: string, protocol: string, mode: Config['mode']): boolean {
  const kind = classifyAddress(address);
  return kind === 'public' || (kind === 'loopback' && loopbackHttpAllowed(protocol, mode));
}
