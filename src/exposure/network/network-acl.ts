// A network ACL, one direction, one family and one protocol: entries in rule-number order, the
// first entry whose CIDR holds the address and whose protocol and ports cover the packet decides.
// The result is, per port segment, the set of addresses allowed and the entries that allowed them.
// The reply of a TCP connection must leave through the outbound entries to an ephemeral port.

import { everything, intersect, isEmpty, parseCidr, subtract, union, type AddressSet, type Family, EMPTY, cidrSet } from './addresses.js';
import { hasPorts, portRange, protocolMatches, protocolOf, EPHEMERAL, PORT_MAX, PORT_MIN, type Protocol, describeTraffic, portsText } from './protocols.js';
import type { NetworkAcl, NetworkAclEntry } from './types.js';

export interface AclSegment {
  from: number;
  to: number;
  allowed: AddressSet;
  /** Allow entries that admitted some of the addresses, lowest rule first. */
  allows: NetworkAclEntry[];
  /** Deny entries that shut out some addresses before an allow could, lowest rule first. */
  denies: NetworkAclEntry[];
}

interface Candidate {
  entry: NetworkAclEntry;
  set: AddressSet;
  from: number;
  to: number;
  allow: boolean;
}

/** Entries of one direction that apply to a family and protocol, in the order AWS evaluates them. */
function candidates(acl: NetworkAcl, egress: boolean, family: Family, protocol: Protocol): Candidate[] {
  const out: Candidate[] = [];
  for (const entry of acl.Entries ?? []) {
    if ((entry.Egress === true) !== egress) continue;
    const ruleProtocol = protocolOf(entry.Protocol);
    if (!protocolMatches(ruleProtocol, protocol)) continue;
    const cidr = parseCidr(family === 'ipv4' ? entry.CidrBlock : entry.Ipv6CidrBlock);
    if (!cidr || cidr.family !== family) continue;
    const [from, to] = hasPorts(protocol) ? portRange(entry.PortRange?.From, entry.PortRange?.To, ruleProtocol) : [PORT_MIN, PORT_MAX];
    out.push({ entry, set: cidrSet(cidr), from, to, allow: (entry.RuleAction ?? '').toLowerCase() === 'allow' });
  }
  return out.sort((a, b) => (a.entry.RuleNumber ?? 0) - (b.entry.RuleNumber ?? 0));
}

/** Per port segment (one segment for protocols without ports), the addresses the ACL lets through. */
export function aclSegments(acl: NetworkAcl, egress: boolean, family: Family, protocol: Protocol): AclSegment[] {
  const entries = candidates(acl, egress, family, protocol);
  const cuts = new Set<number>([PORT_MIN, PORT_MAX + 1]);
  if (hasPorts(protocol)) for (const c of entries) cuts.add(c.from).add(c.to + 1);
  const bounds = [...cuts].filter((p) => p >= PORT_MIN && p <= PORT_MAX + 1).sort((a, b) => a - b);
  const segments: AclSegment[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i]!;
    const to = bounds[i + 1]! - 1;
    let undecided = everything(family);
    let allowed: AddressSet = EMPTY;
    const allows: NetworkAclEntry[] = [];
    const denies: NetworkAclEntry[] = [];
    for (const c of entries) {
      if (c.from > from || c.to < to) continue;
      const matched = intersect(undecided, c.set);
      if (isEmpty(matched)) continue;
      if (c.allow) {
        allowed = union(allowed, matched);
        allows.push(c.entry);
      } else denies.push(c.entry);
      undecided = subtract(undecided, matched);
      if (isEmpty(undecided)) break;
    }
    const last = segments[segments.length - 1];
    if (last && sameDecision(last, allowed, allows, denies)) last.to = to;
    else segments.push({ from, to, allowed, allows, denies });
  }
  return segments;
}

function sameDecision(s: AclSegment, allowed: AddressSet, allows: NetworkAclEntry[], denies: NetworkAclEntry[]): boolean {
  const same = (a: NetworkAclEntry[], b: NetworkAclEntry[]) => a.length === b.length && a.every((e, i) => e === b[i]);
  return same(s.allows, allows) && same(s.denies, denies) && s.allowed.length === allowed.length && s.allowed.every(([lo, hi], i) => lo === allowed[i]![0] && hi === allowed[i]![1]);
}

export interface ReplyPath {
  /** Destinations a TCP reply can reach on some ephemeral port (1024-65535). */
  allowed: AddressSet;
  allows: NetworkAclEntry[];
  /** Whether some allowed destination can be answered on only part of the ephemeral range. */
  partial: boolean;
}

/** Where the reply of an inbound TCP connection can go: outbound entries to ports 1024-65535. */
export function tcpReplyPath(acl: NetworkAcl, family: Family): ReplyPath {
  let allowed: AddressSet = EMPTY;
  let everywhere: AddressSet | undefined;
  const allows: NetworkAclEntry[] = [];
  for (const s of aclSegments(acl, true, family, 'tcp')) {
    if (s.to < EPHEMERAL[0] || s.from > EPHEMERAL[1]) continue;
    allowed = union(allowed, s.allowed);
    // Addresses answered on every ephemeral segment: the intersection over segments.
    everywhere = everywhere === undefined ? s.allowed : intersect(everywhere, s.allowed);
    for (const e of s.allows) if (!allows.includes(e)) allows.push(e);
  }
  return { allowed, allows, partial: !isEmpty(subtract(allowed, everywhere ?? EMPTY)) };
}

export function ruleText(entry: NetworkAclEntry): string {
  const protocol = protocolOf(entry.Protocol);
  const [from, to] = portRange(entry.PortRange?.From, entry.PortRange?.To, protocol);
  const what = protocol === 'all' ? 'all traffic' : hasPorts(protocol) ? `${protocol.toUpperCase()} ${from === PORT_MIN && to === PORT_MAX ? '0-65535' : portsText(from, to)}` : describeTraffic(protocol);
  const cidr = entry.CidrBlock ?? entry.Ipv6CidrBlock ?? '?';
  const direction = entry.Egress ? 'to' : 'from';
  return `rule ${entry.RuleNumber ?? '?'} ${(entry.RuleAction ?? '').toLowerCase() === 'allow' ? 'allows' : 'denies'} ${what} ${direction} ${cidr}`;
}
