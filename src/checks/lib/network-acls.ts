// Network ACL entries are evaluated in rule-number order and the first match decides. For "the
// internet" only entries whose CIDR is exactly 0.0.0.0/0 or ::/0 count: a narrower entry matches
// some internet addresses but says nothing about the rest, so it decides nothing here.
//
// A packet matches an entry only when its protocol does, so the first entry decides per transport.
// SSH and RDP are TCP services: the port is open when the first internet entry for TCP or all
// traffic covering it allows it. A TCP deny numbered below an allow-all therefore closes the port,
// as CIS 5.2 and EC2.21 are read, while a UDP-only deny does not (TCP still reaches the allow-all).
// An entry that explicitly allows the port over UDP, not shadowed by a UDP or all-traffic deny,
// opens it too (RDP also listens on UDP 3389); the UDP side of an allow-all is not judged apart.

import type { NetworkAcl, NetworkAclEntry } from '@aws-sdk/client-ec2';
import type { CheckContext, ResourceRef } from '../define.js';
import { ALL_FAMILIES, INTERNET_CIDR, type AddressFamily, type Transport } from './security-groups.js';
import { ec2Arn } from './vpc-resources.js';

type EntryProtocol = 'all' | Transport | 'other';

/** EC2 answers with IANA numbers; names are accepted too. */
function protocolOf(entry: NetworkAclEntry): EntryProtocol {
  const raw = (entry.Protocol ?? '').toLowerCase();
  if (raw === '-1' || raw === 'all') return 'all';
  if (raw === '6' || raw === 'tcp') return 'tcp';
  if (raw === '17' || raw === 'udp') return 'udp';
  return 'other';
}

function isInternet(entry: NetworkAclEntry, family: AddressFamily): boolean {
  const cidr = family === 'ipv4' ? entry.CidrBlock : entry.Ipv6CidrBlock;
  return typeof cidr === 'string' && /\/0$/.test(cidr.trim());
}

function coversPort(entry: NetworkAclEntry, port: number): boolean {
  const protocol = protocolOf(entry);
  if (protocol === 'all') return true;
  if (protocol === 'other') return false;
  // TCP and UDP entries always carry a range; one without is read as every port, never as none.
  const from = entry.PortRange?.From ?? 0;
  const to = entry.PortRange?.To ?? 65535;
  return from <= port && port <= to;
}

/** Inbound entries, lowest rule number first: the order in which AWS evaluates them. */
export function inboundEntries(acl: NetworkAcl): NetworkAclEntry[] {
  return (acl.Entries ?? []).filter((e) => e.Egress !== true).sort((a, b) => (a.RuleNumber ?? 0) - (b.RuleNumber ?? 0));
}

/**
 * The entry that decides whether the whole internet of `family` reaches `port` over `transport`,
 * or undefined when none matches (the final `*` entry denies). Entries of the other transport do
 * not match the packet and are passed over.
 */
export function decidingEntry(acl: NetworkAcl, port: number, family: AddressFamily, transport: Transport = 'tcp'): NetworkAclEntry | undefined {
  return inboundEntries(acl).find((e) => isInternet(e, family) && matchesTransport(e, transport) && coversPort(e, port));
}

function matchesTransport(entry: NetworkAclEntry, transport: Transport): boolean {
  const protocol = protocolOf(entry);
  return protocol === 'all' || protocol === transport;
}

const allows = (entry: NetworkAclEntry | undefined) => (entry?.RuleAction ?? '').toLowerCase() === 'allow';

export interface InternetOpening {
  port: number;
  source: string;
  /** The allow entry that opens it. */
  entry: NetworkAclEntry;
}

/** The ports of `ports` that the internet reaches through this ACL, per address family. */
export function internetOpenings(acl: NetworkAcl, ports: readonly number[]): InternetOpening[] {
  const openings: InternetOpening[] = [];
  for (const port of ports) {
    for (const family of ALL_FAMILIES) {
      const tcp = decidingEntry(acl, port, family, 'tcp');
      const udp = decidingEntry(acl, port, family, 'udp');
      const entry = allows(tcp) ? tcp : allows(udp) && protocolOf(udp!) === 'udp' ? udp : undefined;
      if (entry) openings.push({ port, source: INTERNET_CIDR[family], entry });
    }
  }
  return openings;
}

export function describeEntry(entry: NetworkAclEntry): string {
  const protocol = protocolOf(entry);
  const from = entry.PortRange?.From ?? 0;
  const to = entry.PortRange?.To ?? 65535;
  const what =
    protocol === 'all'
      ? 'all traffic'
      : protocol === 'other'
        ? `protocol ${entry.Protocol ?? 'unknown'}`
        : `${protocol.toUpperCase()} ${from === to ? from : `${from}-${to}`}`;
  return `rule ${entry.RuleNumber ?? '?'} ${allows(entry) ? 'allows' : 'denies'} ${what}`;
}

export function describeOpening(opening: InternetOpening): string {
  return `port ${opening.port} from ${opening.source} (${describeEntry(opening.entry)})`;
}

export function networkAclRef(acl: NetworkAcl, ctx: Pick<CheckContext, 'account' | 'region'>): ResourceRef {
  const id = acl.NetworkAclId ?? 'unknown';
  return { id, arn: ec2Arn(ctx, 'network-acl', id, acl.OwnerId) };
}

/** "Network ACL acl-1 (default) in vpc-1", for the start of a message. */
export function networkAclLabel(acl: NetworkAcl): string {
  return `Network ACL ${acl.NetworkAclId ?? 'unknown'}${acl.IsDefault ? ' (default)' : ''}${acl.VpcId ? ` in ${acl.VpcId}` : ''}`;
}
