// The inbound rules of a network interface's security groups: their union, one grant per rule and
// source. Sources are CIDRs and prefix lists (resolved to their CIDRs); a rule that references a
// security group admits no internet address. Security groups are stateful: replies need no rule.

import { cidrSet, EMPTY, everything, parseCidr, union, type AddressSet, type Family } from './addresses.js';
import { baseProtocols, hasPorts, portRange, protocolOf, type Protocol } from './protocols.js';
import type { IpPermission, SecurityGroup } from './types.js';

export interface Grant {
  group: SecurityGroup;
  permission: IpPermission;
  family: Family;
  protocol: Protocol;
  from: number;
  to: number;
  sources: AddressSet;
  /** The sources as written: CIDRs, or `pl-... (name)`. */
  source: string;
  /** Stands in for a rule or group that could not be read. */
  unknown?: boolean;
}

/** A prefix list's CIDRs by id; `undefined` entries could not be read. */
export interface PrefixLists {
  /** CIDRs of a customer-managed list, or undefined when its entries could not be read. */
  cidrs(id: string): readonly string[] | undefined;
  /** Whether the list is AWS-managed (its addresses are an AWS service's, never general internet sources). */
  awsManaged(id: string): boolean;
  name(id: string): string | undefined;
}

export interface GrantsResult {
  grants: Grant[];
  /** Customer-managed prefix lists a rule uses whose entries could not be read. */
  unreadablePrefixLists: string[];
}

/** Protocols a permission opens, per family: `-1` opens each protocol, `icmp` only IPv4's ICMP. */
function protocolsOf(permission: IpPermission, family: Family): Protocol[] {
  const p = protocolOf(permission.IpProtocol);
  if (p === 'all') return baseProtocols(family);
  if (p === 'icmp') return family === 'ipv4' ? ['icmp'] : [];
  if (p === 'icmpv6') return family === 'ipv6' ? ['icmpv6'] : [];
  return [p];
}

export function grantsOf(groups: readonly SecurityGroup[], prefixLists: PrefixLists): GrantsResult {
  const grants: Grant[] = [];
  const unreadable = new Set<string>();
  for (const group of groups) {
    for (const permission of group.IpPermissions ?? []) {
      const ruleProtocol = protocolOf(permission.IpProtocol);
      const [from, to] = hasPorts(ruleProtocol) ? portRange(permission.FromPort, permission.ToPort, ruleProtocol) : [0, 65535];
      const sources: Array<{ family: Family; set: AddressSet; source: string }> = [];
      for (const r of permission.IpRanges ?? []) {
        const c = parseCidr(r.CidrIp);
        if (c?.family === 'ipv4') sources.push({ family: 'ipv4', set: cidrSet(c), source: r.CidrIp!.trim() });
      }
      for (const r of permission.Ipv6Ranges ?? []) {
        const c = parseCidr(r.CidrIpv6);
        if (c?.family === 'ipv6') sources.push({ family: 'ipv6', set: cidrSet(c), source: r.CidrIpv6!.trim() });
      }
      for (const ref of permission.PrefixListIds ?? []) {
        const id = ref.PrefixListId;
        if (!id || prefixLists.awsManaged(id)) continue;
        const cidrs = prefixLists.cidrs(id);
        if (cidrs === undefined) {
          unreadable.add(id);
          continue;
        }
        const name = prefixLists.name(id);
        const label = name ? `${id} (${name})` : id;
        for (const family of ['ipv4', 'ipv6'] as const) {
          let set: AddressSet = EMPTY;
          for (const text of cidrs) {
            const c = parseCidr(text);
            if (c?.family === family) set = union(set, cidrSet(c));
          }
          if (set.length) sources.push({ family, set, source: label });
        }
      }
      // UserIdGroupPairs reference other security groups: no internet address is ever in one.
      // The sources of one rule count together (0.0.0.0/1 and 128.0.0.0/1 are the whole internet).
      for (const family of ['ipv4', 'ipv6'] as const) {
        const own = sources.filter((s) => s.family === family);
        if (!own.length) continue;
        const set = own.reduce<AddressSet>((acc, s) => union(acc, s.set), EMPTY);
        const source = [...new Set(own.map((s) => s.source))].join(', ');
        for (const protocol of protocolsOf(permission, family)) {
          const ported = hasPorts(protocol);
          grants.push({ group, permission, family, protocol, from: ported ? from : 0, to: ported ? to : 65535, sources: set, source });
        }
      }
      // A prefix list whose entries could not be read might admit anything: it stands as an open rule.
      if ((permission.PrefixListIds ?? []).some((ref) => ref.PrefixListId && unreadable.has(ref.PrefixListId))) {
        for (const family of ['ipv4', 'ipv6'] as const) {
          for (const protocol of protocolsOf(permission, family)) {
            const ported = hasPorts(protocol);
            grants.push({ group, permission, family, protocol, from: ported ? from : 0, to: ported ? to : 65535, sources: everything(family), source: 'an unreadable prefix list', unknown: true });
          }
        }
      }
    }
  }
  return { grants, unreadablePrefixLists: [...unreadable].sort() };
}

export function ruleText(grant: Grant): string {
  const p = protocolOf(grant.permission.IpProtocol);
  const what =
    p === 'all'
      ? 'all traffic'
      : hasPorts(p)
        ? `${p.toUpperCase()} ${grant.from === grant.to ? grant.from : `${grant.from}-${grant.to}`}`
        : p === 'icmp'
          ? 'ICMP'
          : p === 'icmpv6'
            ? 'ICMPv6'
            : `protocol ${p}`;
  return `inbound ${what} from ${grant.source}`;
}
