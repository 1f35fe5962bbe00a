// Security group rules read the way the CIS and Security Hub controls read them: a permission is
// open to the internet when one of its sources is exactly 0.0.0.0/0 or ::/0, and it opens a port
// when its protocol is all traffic, or the transport asked about with the port inside its range.

import type { IpPermission, NetworkInterface, SecurityGroup } from '@aws-sdk/client-ec2';
import type { CheckContext, ResourceRef } from '../define.js';
import type { Finding } from '../../model.js';
import { ec2Arn, ownedByAccount } from './vpc-resources.js';

export type Transport = 'tcp' | 'udp';
export type AddressFamily = 'ipv4' | 'ipv6';
export const ALL_FAMILIES: readonly AddressFamily[] = ['ipv4', 'ipv6'];
/** The whole internet of each address family, as AWS writes it. */
export const INTERNET_CIDR: Readonly<Record<AddressFamily, string>> = { ipv4: '0.0.0.0/0', ipv6: '::/0' };

/** Ports of the admin controls (CIS 5.3/5.4, EC2.53/EC2.54): SSH and RDP. */
export const ADMIN_PORTS: readonly number[] = [22, 3389];
/** Ports of EC2.19 ("security groups should not allow unrestricted access to ports with high risk"). */
export const HIGH_RISK_TCP_PORTS: readonly number[] = [
  20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300,
];
/** EC2.18's default authorized TCP ports; no UDP port is authorized. */
export const DEFAULT_AUTHORIZED_TCP_PORTS: readonly number[] = [80, 443];

const PORT_MIN = 0;
const PORT_MAX = 65535;

export type NormalisedProtocol = { kind: 'all' } | { kind: Transport; from: number; to: number } | { kind: 'other'; name: string };

/** The protocol and port range of a permission; EC2 answers with names or IANA numbers. */
export function protocolOf(permission: IpPermission): NormalisedProtocol {
  const raw = (permission.IpProtocol ?? '').toLowerCase();
  if (raw === '-1' || raw === 'all') return { kind: 'all' };
  const kind = raw === 'tcp' || raw === '6' ? 'tcp' : raw === 'udp' || raw === '17' ? 'udp' : undefined;
  if (!kind) return { kind: 'other', name: raw || 'unknown' };
  // A TCP/UDP permission always carries ports; if one ever does not, it is read as every port, never as none.
  const from = permission.FromPort === undefined || permission.FromPort < 0 ? PORT_MIN : permission.FromPort;
  const to = permission.ToPort === undefined || permission.ToPort < 0 ? PORT_MAX : permission.ToPort;
  return { kind, from, to };
}

/** A CIDR whose prefix length is 0 covers every address of its family, whatever it is written as. */
function isWholeFamily(cidr: string | undefined): boolean {
  return typeof cidr === 'string' && /\/0$/.test(cidr.trim());
}

/** The internet sources (exact /0) of one permission, as written, limited to `families`. */
export function internetSources(permission: IpPermission, families: readonly AddressFamily[] = ALL_FAMILIES): string[] {
  const sources: string[] = [];
  if (families.includes('ipv4')) {
    for (const range of permission.IpRanges ?? []) if (isWholeFamily(range.CidrIp)) sources.push(range.CidrIp!.trim());
  }
  if (families.includes('ipv6')) {
    for (const range of permission.Ipv6Ranges ?? []) if (isWholeFamily(range.CidrIpv6)) sources.push(range.CidrIpv6!.trim());
  }
  return [...new Set(sources)];
}

/** Whether the permission opens `port` over one of `transports` (all traffic opens every port). */
export function opensPort(permission: IpPermission, port: number, transports: readonly Transport[]): boolean {
  const protocol = protocolOf(permission);
  if (protocol.kind === 'all') return true;
  if (protocol.kind === 'other') return false;
  return transports.includes(protocol.kind) && protocol.from <= port && port <= protocol.to;
}

export function describeProtocol(permission: IpPermission): string {
  const protocol = protocolOf(permission);
  if (protocol.kind === 'all') return 'all traffic';
  if (protocol.kind === 'other') {
    const named: Record<string, string> = { icmp: 'ICMP', '1': 'ICMP', icmpv6: 'ICMPv6', '58': 'ICMPv6' };
    return named[protocol.name] ?? `protocol ${protocol.name}`;
  }
  const name = protocol.kind.toUpperCase();
  if (protocol.from === PORT_MIN && protocol.to === PORT_MAX) return `${name} all ports`;
  return protocol.from === protocol.to ? `${name} ${protocol.from}` : `${name} ${protocol.from}-${protocol.to}`;
}

/** Every source of a permission, for messages: CIDRs, prefix lists and referenced groups. */
export function describeSources(permission: IpPermission): string[] {
  return [
    ...(permission.IpRanges ?? []).map((r) => r.CidrIp ?? '?'),
    ...(permission.Ipv6Ranges ?? []).map((r) => r.CidrIpv6 ?? '?'),
    ...(permission.PrefixListIds ?? []).map((p) => p.PrefixListId ?? '?'),
    ...(permission.UserIdGroupPairs ?? []).map((g) => g.GroupId ?? g.GroupName ?? '?'),
  ];
}

/** Rules as the console counts them: one per source of each permission. */
export function ruleCount(permissions: readonly IpPermission[] | undefined): number {
  return (permissions ?? []).reduce((n, p) => n + Math.max(1, describeSources(p).length), 0);
}

export interface PortQuery {
  ports: readonly number[];
  /** Transports that count; all traffic (`-1`) always counts. */
  transports: readonly Transport[];
  families: readonly AddressFamily[];
}

export interface InternetExposure {
  permission: IpPermission;
  sources: string[];
  /** The queried ports this permission opens. */
  ports: number[];
}

/** Ingress permissions of the group that open one of the queried ports to the internet. */
export function internetExposures(group: SecurityGroup, query: PortQuery): InternetExposure[] {
  const found: InternetExposure[] = [];
  for (const permission of group.IpPermissions ?? []) {
    const sources = internetSources(permission, query.families);
    if (!sources.length) continue;
    const ports = query.ports.filter((port) => opensPort(permission, port, query.transports));
    if (ports.length) found.push({ permission, sources, ports });
  }
  return found;
}

export interface UnauthorizedExposure {
  permission: IpPermission;
  sources: string[];
}

/**
 * EC2.18: ingress from the internet must reach only the authorized TCP ports. All traffic, any UDP
 * port and any TCP port outside the list fail; other protocols (ICMP...) are not ports and pass.
 */
export function unauthorizedInternetIngress(group: SecurityGroup, authorizedTcpPorts: readonly number[]): UnauthorizedExposure[] {
  const authorized = new Set(authorizedTcpPorts);
  const found: UnauthorizedExposure[] = [];
  for (const permission of group.IpPermissions ?? []) {
    const sources = internetSources(permission, ALL_FAMILIES);
    if (!sources.length) continue;
    const protocol = protocolOf(permission);
    if (protocol.kind === 'other') continue;
    if (protocol.kind === 'tcp' && protocol.to - protocol.from < authorized.size && rangeWithin(protocol.from, protocol.to, authorized)) continue;
    found.push({ permission, sources });
  }
  return found;
}

function rangeWithin(from: number, to: number, allowed: ReadonlySet<number>): boolean {
  for (let port = from; port <= to; port++) if (!allowed.has(port)) return false;
  return true;
}

/** How many network interfaces use each security group. */
export function groupUsage(interfaces: readonly NetworkInterface[]): Map<string, number> {
  const usage = new Map<string, number>();
  for (const eni of interfaces) {
    for (const id of new Set((eni.Groups ?? []).map((g) => g.GroupId).filter((g): g is string => !!g))) {
      usage.set(id, (usage.get(id) ?? 0) + 1);
    }
  }
  return usage;
}

/** A sentence on whether the group is in use, which EC2.18 and EC2.2 readers want to know. */
export function usageSentence(group: SecurityGroup, usage: ReadonlyMap<string, number>): string {
  const count = usage.get(group.GroupId ?? '') ?? 0;
  if (count === 0) return 'It is unused: no network interface uses it.';
  return `It is used by ${count} network interface${count === 1 ? '' : 's'}.`;
}

export function securityGroupRef(group: SecurityGroup, ctx: Pick<CheckContext, 'account' | 'region'>): ResourceRef {
  const id = group.GroupId ?? 'unknown';
  return { id, arn: group.SecurityGroupArn ?? ec2Arn(ctx, 'security-group', id, group.OwnerId) };
}

/** "Security group web (sg-1) in vpc-1", for the start of a message. */
export function groupLabel(group: SecurityGroup): string {
  const id = group.GroupId ?? 'unknown';
  const name = group.GroupName && group.GroupName !== id ? `${group.GroupName} (${id})` : id;
  return `Security group ${name}${group.VpcId ? ` in ${group.VpcId}` : ''}`;
}

function describeExposure(exposure: InternetExposure, query: PortQuery): string {
  const protocol = protocolOf(exposure.permission);
  const exact = protocol.kind !== 'all' && protocol.kind !== 'other' && protocol.from === protocol.to;
  const opened = exact || query.ports.length === 1 ? '' : ` (opens ${exposure.ports.join(', ')})`;
  return `${describeProtocol(exposure.permission)} from ${exposure.sources.join(' and ')}${opened}`;
}

export interface InternetPortsCheck extends PortQuery {
  /** What is being protected, for messages: "port 22 or 3389 over TCP, UDP or all traffic". */
  what: string;
}

/** One finding per security group owned by the account: FAIL listing every offending rule. */
export function judgeInternetPorts(
  groups: readonly SecurityGroup[],
  interfaces: readonly NetworkInterface[],
  ctx: CheckContext,
  check: InternetPortsCheck,
): Finding[] {
  const usage = groupUsage(interfaces);
  const internet = check.families.map((f) => INTERNET_CIDR[f]).join(' or ');
  return ownedByAccount(groups, ctx.account.id).map((group) => {
    const resource = securityGroupRef(group, ctx);
    const exposures = internetExposures(group, check);
    if (!exposures.length) return ctx.pass(resource, `${groupLabel(group)} allows no ingress from ${internet} to ${check.what}.`);
    const rules = exposures.map((e) => describeExposure(e, check)).join('; ');
    return ctx.fail(resource, `${groupLabel(group)} allows ingress from ${internet} to ${check.what}: ${rules}. ${usageSentence(group, usage)}`);
  });
}
