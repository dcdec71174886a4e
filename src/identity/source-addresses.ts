import { BlockList, isIP } from 'node:net';

/**
 * Fixed source addresses of a connection: single IPv4/IPv6 addresses or CIDR blocks. Stored in the
 * canonical text the representative wrote (trimmed); matched with node's BlockList.
 */

export const MAX_SOURCE_ADDRESSES = 50;

/** The entries of a one-per-line list, or the first entry that is not an address or block. */
export function parseSourceAddresses(
  text: string,
): { ok: true; addresses: string[] } | { ok: false; invalid: string } {
  const entries = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (entries.length > MAX_SOURCE_ADDRESSES) {
    return { ok: false, invalid: entries[MAX_SOURCE_ADDRESSES] ?? '' };
  }
  for (const entry of entries) {
    if (!isAddressOrBlock(entry)) return { ok: false, invalid: entry.slice(0, 60) };
  }
  return { ok: true, addresses: [...new Set(entries)] };
}

function isAddressOrBlock(entry: string): boolean {
  const [address = '', prefix, extra] = entry.split('/');
  if (extra !== undefined) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

function addTo(list: BlockList, entry: string): void {
  const [address = '', prefix] = entry.split('/');
  const type = isIP(address) === 4 ? 'ipv4' : 'ipv6';
  if (prefix === undefined) list.addAddress(address, type);
  else list.addSubnet(address, Number(prefix), type);
}

/** Lists built once per distinct address set: a connection's list changes rarely. */
const lists = new Map<string, BlockList>();

/** Whether a caller's address is allowed; an empty list allows any. */
export function sourceAddressAllowed(allowed: readonly string[], ip: string): boolean {
  if (allowed.length === 0) return true;
  const cacheKey = allowed.join('\n');
  let list = lists.get(cacheKey);
  if (list === undefined) {
    list = new BlockList();
    for (const entry of allowed) addTo(list, entry);
    if (lists.size > 1000) lists.clear();
    lists.set(cacheKey, list);
  }
  // An IPv4 caller reached over an IPv6 socket shows as ::ffff:a.b.c.d.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  if (mapped !== undefined && list.check(mapped, 'ipv4')) return true;
  const family = isIP(ip);
  if (family === 0) return false;
  return list.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}
