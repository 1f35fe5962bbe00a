// IP protocols as the path model tells them apart. TCP and UDP carry ports; ICMP (IPv4), ICMPv6
// and any other protocol do not. Network ACL entries and security group rules name a protocol by
// number or name, or `-1` for all of them; an entry for one protocol neither opens nor closes another.

import type { Family } from './addresses.js';

/** `tcp`, `udp`, `icmp`, `icmpv6`, a protocol number such as `47`, or `other` (every protocol not named). */
export type Protocol = string;

export const PORT_MIN = 0;
export const PORT_MAX = 65535;
export const EPHEMERAL: readonly [number, number] = [1024, 65535];

const NAMES: Record<string, Protocol> = {
  '-1': 'all',
  all: 'all',
  '6': 'tcp',
  tcp: 'tcp',
  '17': 'udp',
  udp: 'udp',
  '1': 'icmp',
  icmp: 'icmp',
  '58': 'icmpv6',
  icmpv6: 'icmpv6',
  gre: '47',
  esp: '50',
  ah: '51',
};

/** The protocol of a rule or entry, or `all`. */
export function protocolOf(raw: string | undefined): Protocol {
  const text = (raw ?? '').trim().toLowerCase();
  return NAMES[text] ?? (text === '' ? 'unknown' : text);
}

export const hasPorts = (protocol: Protocol) => protocol === 'tcp' || protocol === 'udp';

/** The protocols judged for a family: TCP, UDP, the family's ICMP, and every other one together. */
export function baseProtocols(family: Family): Protocol[] {
  return ['tcp', 'udp', family === 'ipv4' ? 'icmp' : 'icmpv6', 'other'];
}

/** Whether a rule or entry for `ruleProtocol` applies to packets of `protocol`. */
export function protocolMatches(ruleProtocol: Protocol, protocol: Protocol): boolean {
  return ruleProtocol === 'all' || ruleProtocol === protocol;
}

/** Port range of a rule or entry for `protocol`: all ports when it has none or is not TCP/UDP. */
export function portRange(from: number | undefined, to: number | undefined, ruleProtocol: Protocol): [number, number] {
  if (!hasPorts(ruleProtocol)) return [PORT_MIN, PORT_MAX];
  // A TCP/UDP rule always carries ports; one without is read as every port, never as none.
  const lo = from === undefined || from < 0 ? PORT_MIN : from;
  const hi = to === undefined || to < 0 ? PORT_MAX : to;
  return [lo, hi];
}

/** For messages: `TCP 22`, `TCP 1024-65535`, `UDP all ports`, `ICMP`, `protocol 47`, `every other protocol`. */
export function describeTraffic(protocol: Protocol, from?: number, to?: number): string {
  if (protocol === 'all') return 'all traffic';
  if (protocol === 'other') return 'every other protocol';
  if (protocol === 'icmp') return 'ICMP';
  if (protocol === 'icmpv6') return 'ICMPv6';
  if (!hasPorts(protocol)) return `protocol ${protocol}`;
  const name = protocol.toUpperCase();
  if (from === undefined || to === undefined) return name;
  if (from === PORT_MIN && to === PORT_MAX) return `${name} all ports`;
  return `${name} ${portsText(from, to)}`;
}

export function portsText(from: number, to: number): string {
  return from === to ? String(from) : `${from}-${to}`;
}
