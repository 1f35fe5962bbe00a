// Address sets of one family (IPv4 or IPv6) as sorted, disjoint, non-adjacent inclusive ranges, and
// the internet as such a set. Every hop of the path model narrows a set of source addresses; the
// internet is judged as a set, not as the one CIDR 0.0.0.0/0 (0.0.0.0/1 plus 128.0.0.0/1 is the
// whole internet, 203.0.113.0/24 a part of it).

export type Family = 'ipv4' | 'ipv6';
export const FAMILIES: readonly Family[] = ['ipv4', 'ipv6'];

/** Inclusive range of addresses, as integers. */
export type Range = readonly [bigint, bigint];
/** Sorted, disjoint and non-adjacent ranges. */
export type AddressSet = readonly Range[];

const BITS: Record<Family, number> = { ipv4: 32, ipv6: 128 };
const MAX: Record<Family, bigint> = { ipv4: (1n << 32n) - 1n, ipv6: (1n << 128n) - 1n };

export const EMPTY: AddressSet = [];
export const everything = (family: Family): AddressSet => [[0n, MAX[family]]];

export interface Cidr {
  family: Family;
  first: bigint;
  last: bigint;
  prefix: number;
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

function parseIpv6(text: string): bigint | undefined {
  let head = text;
  let tail4: bigint | undefined;
  // An embedded IPv4 tail (::ffff:192.0.2.1) counts as the last two groups.
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.', lastColon)) {
    tail4 = parseIpv4(text.slice(lastColon + 1));
    if (tail4 === undefined) return undefined;
    head = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (s: string) => (s === '' ? [] : s.split(':'));
  const left = groupsOf(halves[0]!);
  const right = halves.length === 2 ? groupsOf(halves[1]!) : [];
  const missing = 8 - left.length - right.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...right];
  let value = 0n;
  for (const group of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return undefined;
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  if (tail4 !== undefined) value = (value & ~0xffffffffn) | tail4;
  return value;
}

/** Parses `a.b.c.d/n`, `x::y/n` or a bare address (a /32 or /128); undefined when it is not one. */
export function parseCidr(text: string | undefined): Cidr | undefined {
  if (typeof text !== 'string') return undefined;
  const [address = '', prefixText, extra] = text.trim().split('/');
  if (extra !== undefined) return undefined;
  const family: Family = address.includes(':') ? 'ipv6' : 'ipv4';
  const value = family === 'ipv4' ? parseIpv4(address) : parseIpv6(address);
  if (value === undefined) return undefined;
  const bits = BITS[family];
  const prefix = prefixText === undefined ? bits : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= bits)) return undefined;
  const hostBits = BigInt(bits - prefix);
  const first = (value >> hostBits) << hostBits;
  return { family, first, last: first + (1n << hostBits) - 1n, prefix };
}

export function cidrSet(cidr: Cidr): AddressSet {
  return [[cidr.first, cidr.last]];
}

export function isEmpty(set: AddressSet): boolean {
  return set.length === 0;
}

export function union(a: AddressSet, b: AddressSet): AddressSet {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const all = [...a, ...b].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const out: Array<[bigint, bigint]> = [];
  for (const [lo, hi] of all) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1n) {
      if (hi > last[1]) last[1] = hi;
    } else out.push([lo, hi]);
  }
  return out;
}

export function unionAll(sets: readonly AddressSet[]): AddressSet {
  return sets.reduce<AddressSet>((acc, s) => union(acc, s), EMPTY);
}

export function intersect(a: AddressSet, b: AddressSet): AddressSet {
  const out: Range[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [alo, ahi] = a[i]!;
    const [blo, bhi] = b[j]!;
    const lo = alo > blo ? alo : blo;
    const hi = ahi < bhi ? ahi : bhi;
    if (lo <= hi) out.push([lo, hi]);
    if (ahi < bhi) i++;
    else j++;
  }
  return out;
}

export function subtract(a: AddressSet, b: AddressSet): AddressSet {
  if (a.length === 0 || b.length === 0) return a;
  const out: Range[] = [];
  let j = 0;
  for (const [lo0, hi] of a) {
    let lo = lo0;
    while (j < b.length && b[j]![1] < lo) j++;
    let k = j;
    while (k < b.length && b[k]![0] <= hi) {
      const [blo, bhi] = b[k]!;
      if (blo > lo) out.push([lo, blo - 1n]);
      if (bhi >= hi) {
        lo = hi + 1n;
        break;
      }
      lo = bhi + 1n;
      k++;
    }
    if (lo <= hi) out.push([lo, hi]);
  }
  return out;
}

export function equals(a: AddressSet, b: AddressSet): boolean {
  return a.length === b.length && a.every(([lo, hi], i) => lo === b[i]![0] && hi === b[i]![1]);
}

/** Whether `inner` lies wholly inside `outer`. */
export function covers(outer: AddressSet, inner: AddressSet): boolean {
  return isEmpty(subtract(inner, outer));
}

/**
 * Addresses that are not the internet: the special-purpose blocks (RFC 6890) an internet gateway
 * never delivers traffic from. An allow of only 10.0.0.0/8 admits no internet source.
 */
const NOT_INTERNET_V4 = ['0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.168.0.0/16', '224.0.0.0/4', '240.0.0.0/4'];

function setOf(cidrs: readonly string[]): AddressSet {
  return unionAll(cidrs.map((c) => cidrSet(parseCidr(c)!)));
}

/** The internet of each family: public IPv4 space, and IPv6 global unicast (2000::/3). */
export const INTERNET: Readonly<Record<Family, AddressSet>> = {
  ipv4: subtract(everything('ipv4'), setOf(NOT_INTERNET_V4)),
  ipv6: setOf(['2000::/3']),
};

/** How the whole internet of a family is written. */
export const WHOLE_INTERNET: Readonly<Record<Family, string>> = { ipv4: '0.0.0.0/0', ipv6: '::/0' };

function formatAddress(value: bigint, family: Family): string {
  if (family === 'ipv4') return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 255n)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  // The longest run of two or more zero groups becomes '::' (RFC 5952).
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      best = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best === -1) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLength).join(':')}`;
}

/** The fewest CIDR blocks that make up the set, in address order. */
export function toCidrs(set: AddressSet, family: Family): string[] {
  const bits = BITS[family];
  const out: string[] = [];
  for (const [lo0, hi] of set) {
    let lo = lo0;
    while (lo <= hi) {
      // The largest block that starts at lo (aligned) and ends by hi.
      let size = 0;
      while (size < bits) {
        const next = size + 1;
        const block = 1n << BigInt(next);
        if (lo % block !== 0n || lo + block - 1n > hi) break;
        size = next;
      }
      out.push(`${formatAddress(lo, family)}/${bits - size}`);
      lo += 1n << BigInt(size);
    }
  }
  return out;
}

export function internetPart(set: AddressSet, family: Family): AddressSet {
  return intersect(set, INTERNET[family]);
}

export function reachesInternet(set: AddressSet, family: Family): boolean {
  return !isEmpty(internetPart(set, family));
}

export function isWholeInternet(set: AddressSet, family: Family): boolean {
  return covers(set, INTERNET[family]);
}

const MAX_LISTED = 6;

/**
 * The internet sources of a set, for reading: `0.0.0.0/0` when it holds the whole internet, else the
 * shorter of its CIDRs and "0.0.0.0/0 except ..." (the blocks left out), at most a few of each.
 */
export function describeSources(set: AddressSet, family: Family): string {
  if (isWholeInternet(set, family)) return WHOLE_INTERNET[family];
  const listed = toCidrs(set, family);
  const missing = toCidrs(subtract(everything(family), set), family);
  const clip = (cidrs: string[]) => (cidrs.length <= MAX_LISTED ? cidrs.join(', ') : `${cidrs.slice(0, MAX_LISTED).join(', ')} and ${cidrs.length - MAX_LISTED} more`);
  if (listed.length <= missing.length) return clip(listed);
  return `${WHOLE_INTERNET[family]} except ${clip(missing)}`;
}
