// The result of the path model for one network location (a subnet, its VPC and the security groups
// of an interface): what the internet reaches there, per family, protocol and port range, each
// with its proof path. Inputs that could not be read are "missing": the location is then unknown,
// unless the hops that were read already prove that nothing is reachable.

import type { AwsErrorInfo, PathHop } from '../../model.js';
import { cidrSet, describeSources, everything, intersect, isEmpty, parseCidr, reachesInternet, type AddressSet, type Family } from './addresses.js';
import { bpaVerdict, bpaMode, type BpaVerdict } from './block-public-access.js';
import { aclSegments, ruleText as aclRuleText, tcpReplyPath, type AclSegment, type ReplyPath } from './network-acl.js';
import { baseProtocols, describeTraffic, PORT_MAX, PORT_MIN, type Protocol } from './protocols.js';
import { igwRoutes, inspectionOf, piecesFor, routeTableOf, type IgwRoutes, type RouteInputs } from './routes.js';
import { grantsOf, ruleText as sgRuleText, type Grant, type PrefixLists } from './security-groups.js';
import type {
  BlockPublicAccessExclusion,
  BlockPublicAccessOptions,
  InternetGateway,
  NetworkAcl,
  PrefixList,
  PrefixListEntry,
  RouteTable,
  SecurityGroup,
  Subnet,
} from './types.js';

/** A read that succeeded, or the AWS error that kept it from succeeding. */
export type Input<T> = { ok: true; value: T } | { ok: false; error: AwsErrorInfo };

export interface Missing {
  /** What could not be read, for messages: "the route tables", "security group sg-1". */
  what: string;
  error?: AwsErrorInfo;
}

/** One reachable (family, protocol, port range, sources) with its proof. */
export interface Reach {
  family: Family;
  protocol: Protocol;
  from: number;
  to: number;
  sources: AddressSet;
  path: PathHop[];
}

export type LocationResult = { ok: true; reach: Reach[]; reason: string } | { ok: false; missing: Missing[] };

export interface PrefixListRead {
  list: PrefixList;
  entries: Input<PrefixListEntry[]>;
}

/** What the path model reads in one region. */
export interface RegionNetwork {
  partition: string;
  region: string;
  accountId: string;
  subnets: Input<Subnet[]>;
  securityGroups: Input<SecurityGroup[]>;
  networkAcls: Input<NetworkAcl[]>;
  routeTables: Input<RouteTable[]>;
  internetGateways: Input<InternetGateway[]>;
  prefixLists: Input<PrefixListRead[]>;
  blockPublicAccess: Input<BlockPublicAccessOptions>;
  /** Read only when the options block: then exclusions can let traffic back in. */
  blockPublicAccessExclusions: Input<BlockPublicAccessExclusion[]>;
}

export interface Location {
  vpcId: string | undefined;
  subnetId: string | undefined;
  /** Security group ids; `undefined` for a Network Load Balancer without security groups. */
  groupIds: readonly string[] | undefined;
  families: readonly Family[];
}

const missingOf = (what: string, input: { ok: false; error: AwsErrorInfo }): Missing => ({ what, error: input.error });

/** Indexes of one region's network, built once and shared by every location evaluated in it. */
export class NetworkIndex {
  private readonly cache = new Map<string, LocationResult>();
  private readonly groups = new Map<string, SecurityGroup>();
  private readonly subnets = new Map<string, Subnet>();
  private readonly prefixLists = new Map<string, PrefixListRead>();
  private readonly aclBySubnet = new Map<string, NetworkAcl>();
  private readonly defaultAcl = new Map<string, NetworkAcl>();
  private readonly aclCache = new Map<string, { inbound: AclSegment[]; reply?: ReplyPath }>();
  private readonly routeCache = new Map<string, ReturnType<typeof igwRoutes>>();
  readonly lists: PrefixLists & RouteInputs;

  constructor(readonly net: RegionNetwork) {
    if (net.securityGroups.ok) for (const g of net.securityGroups.value) if (g.GroupId) this.groups.set(g.GroupId, g);
    if (net.subnets.ok) for (const s of net.subnets.value) if (s.SubnetId) this.subnets.set(s.SubnetId, s);
    if (net.prefixLists.ok) for (const p of net.prefixLists.value) if (p.list.PrefixListId) this.prefixLists.set(p.list.PrefixListId, p);
    if (net.networkAcls.ok) {
      for (const acl of net.networkAcls.value) {
        for (const a of acl.Associations ?? []) if (a.SubnetId) this.aclBySubnet.set(a.SubnetId, acl);
        if (acl.IsDefault && acl.VpcId) this.defaultAcl.set(acl.VpcId, acl);
      }
    }
    const cidrs = (id: string) => {
      const read = this.prefixLists.get(id);
      return read?.entries.ok ? read.entries.value.map((e) => e.Cidr ?? '') : undefined;
    };
    const awsManaged = (id: string) => {
      const list = this.prefixLists.get(id)?.list;
      return list !== undefined && (list.OwnerId === 'AWS' || (list.PrefixListName ?? '').startsWith('com.amazonaws.'));
    };
    const name = (id: string) => this.prefixLists.get(id)?.list.PrefixListName;
    this.lists = { cidrs, awsManaged, name, prefixListCidrs: cidrs, awsManagedPrefixList: awsManaged, prefixListName: name };
  }

  /**
   * The region's inputs that could not be read, whether or not a verdict needed them: a verdict that
   * did without one still says so. An endpoint that does not offer an operation has nothing to read.
   */
  unread(): Missing[] {
    const net = this.net;
    const inputs: Array<[string, Input<unknown>]> = [
      ['the subnets', net.subnets],
      ['the route tables', net.routeTables],
      ['the internet gateways', net.internetGateways],
      ['the VPC Block Public Access options', net.blockPublicAccess],
      ['the VPC Block Public Access exclusions', net.blockPublicAccessExclusions],
      ['the network ACLs', net.networkAcls],
      ['the security groups', net.securityGroups],
      ['the managed prefix lists', net.prefixLists],
    ];
    return inputs.flatMap(([what, input]) => (input.ok || input.error.kind === 'unavailable' ? [] : [missingOf(what, input)]));
  }

  subnet(id: string | undefined): Subnet | undefined {
    return id ? this.subnets.get(id) : undefined;
  }

  arn(type: string, id: string, owner?: string): string {
    return `arn:${this.net.partition}:ec2:${this.net.region}:${owner ?? this.net.accountId}:${type}/${id}`;
  }

  /** What the internet reaches at a location, without its address hop (added by the resource). */
  evaluate(location: Location): LocationResult {
    const key = [location.vpcId, location.subnetId, location.groupIds === undefined ? '*' : [...location.groupIds].sort().join(','), location.families.join(',')].join('|');
    let result = this.cache.get(key);
    if (!result) {
      result = this.compute(location);
      this.cache.set(key, result);
    }
    return result;
  }

  private routesFor(table: RouteTable, family: Family) {
    const key = `${table.RouteTableId ?? '?'}|${family}`;
    let r = this.routeCache.get(key);
    if (!r) {
      r = igwRoutes(table, family, this.net.internetGateways.ok ? this.net.internetGateways.value : undefined, this.lists);
      this.routeCache.set(key, r);
    }
    return r;
  }

  private aclFor(acl: NetworkAcl, family: Family, protocol: Protocol) {
    const key = `${acl.NetworkAclId ?? '?'}|${family}|${protocol}`;
    let r = this.aclCache.get(key);
    if (!r) {
      r = { inbound: aclSegments(acl, false, family, protocol), ...(protocol === 'tcp' ? { reply: tcpReplyPath(acl, family) } : {}) };
      this.aclCache.set(key, r);
    }
    return r;
  }

  private compute(location: Location): LocationResult {
    const { net } = this;
    const missing: Missing[] = [];
    const vpcId = location.vpcId ?? this.subnet(location.subnetId)?.VpcId;
    if (location.families.length === 0) return { ok: true, reach: [], reason: 'it has no public IPv4 address and no IPv6 address' };

    // Route table (step 2).
    let table: { table: RouteTable; main: boolean } | undefined;
    const routes = new Map<Family, IgwRoutes>();
    if (!net.routeTables.ok) missing.push(missingOf('the route tables', net.routeTables));
    else {
      table = routeTableOf(net.routeTables.value, location.subnetId, vpcId);
      if (!table) missing.push({ what: `the route table of ${location.subnetId ?? 'its subnet'} (neither an association nor a main route table of ${vpcId ?? 'its VPC'} was listed)` });
      else {
        for (const family of location.families) {
          const r = this.routesFor(table.table, family);
          if (r.ok) routes.set(family, r.value);
          else if (!net.internetGateways.ok && r.missing.some((m) => m.startsWith('the internet gateways'))) missing.push(missingOf('the internet gateways', net.internetGateways));
          else missing.push(...r.missing.map((what) => ({ what })));
        }
      }
    }

    // VPC Block Public Access (step 3).
    let bpa: BpaVerdict | undefined;
    const options = net.blockPublicAccess;
    if (!options.ok) {
      // An endpoint that does not offer the operation has no such feature: nothing is blocked.
      if (options.error.kind === 'unavailable' && options.error.code !== 'AuthFailure') bpa = { blocked: false, mode: 'off' };
      else missing.push(missingOf('the VPC Block Public Access options', options));
    } else if (bpaMode(options.value) !== 'off') {
      const exclusions = net.blockPublicAccessExclusions;
      if (exclusions.ok) bpa = bpaVerdict(options.value, exclusions.value, vpcId, location.subnetId);
      else {
        const blocked = bpaVerdict(options.value, [], vpcId, location.subnetId);
        if (blocked.blocked && !(exclusions.error.kind === 'unavailable' && exclusions.error.code !== 'AuthFailure')) missing.push(missingOf('the VPC Block Public Access exclusions', exclusions));
        else bpa = blocked;
      }
    } else bpa = { blocked: false, mode: 'off' };

    // Network ACL (step 4).
    let acl: NetworkAcl | undefined;
    if (!net.networkAcls.ok) missing.push(missingOf('the network ACLs', net.networkAcls));
    else {
      acl = (location.subnetId ? this.aclBySubnet.get(location.subnetId) : undefined) ?? (vpcId ? this.defaultAcl.get(vpcId) : undefined);
      if (!acl) missing.push({ what: `the network ACL of ${location.subnetId ?? 'its subnet'} (none is associated with it, and ${vpcId ?? 'its VPC'} has no default network ACL listed)` });
    }

    // Security groups (step 5); an NLB without security groups passes this step. A group or a
    // prefix list that could not be read stands as a rule admitting everything.
    let grants: Grant[] | undefined;
    if (location.groupIds !== undefined) {
      if (!net.securityGroups.ok) missing.push(missingOf('the security groups', net.securityGroups));
      else {
        const groups: SecurityGroup[] = [];
        const unknownGroups: string[] = [];
        for (const id of location.groupIds) {
          const g = this.groups.get(id);
          if (g) groups.push(g);
          else {
            unknownGroups.push(id);
            missing.push({ what: `security group ${id} (not in the region's listing)` });
          }
        }
        const usesLists = groups.some((g) => (g.IpPermissions ?? []).some((p) => (p.PrefixListIds ?? []).length > 0));
        if (!net.prefixLists.ok && usesLists) missing.push(missingOf('the managed prefix lists', net.prefixLists));
        else {
          const result = grantsOf(groups, this.lists);
          grants = [...result.grants, ...location.families.flatMap((f) => (unknownGroups.length ? openGrants(f) : []))];
          for (const id of result.unreadablePrefixLists) {
            const read = this.prefixLists.get(id);
            missing.push(read && !read.entries.ok ? missingOf(`the entries of prefix list ${id}`, read.entries) : { what: `prefix list ${id} (not in the region's listing)` });
          }
        }
      }
    }

    return this.combine(location, vpcId, table, routes, bpa, acl, grants, missing);
  }

  private combine(
    location: Location,
    vpcId: string | undefined,
    table: { table: RouteTable; main: boolean } | undefined,
    routes: Map<Family, IgwRoutes>,
    bpa: BpaVerdict | undefined,
    acl: NetworkAcl | undefined,
    knownGrants: Grant[] | undefined,
    missing: Missing[],
  ): LocationResult {
    const reach: Reach[] = [];
    let stage = 0;
    const reached = (n: number) => {
      if (n > stage) stage = n;
    };
    for (const family of location.families) {
      const routed = routes.get(family);
      // A hop that could not be read is taken as letting everything through: if the rest still lets
      // nothing through, nothing is reachable; otherwise the location is unknown.
      const base = routed ? routed.sources : everything(family);
      if (!reachesInternet(base, family)) continue;
      reached(1);
      if (bpa?.blocked) continue;
      reached(2);
      const grants = knownGrants ?? (location.groupIds === undefined || missing.length ? openGrants(family) : []);
      const familyGrants = grants.filter((g) => g.family === family);
      for (const grant of familyGrants) {
        const admitted = intersect(grant.sources, base);
        if (!reachesInternet(admitted, family)) continue;
        reached(3);
        const aclView = acl ? this.aclFor(acl, family, grant.protocol) : { inbound: [{ from: PORT_MIN, to: PORT_MAX, allowed: everything(family), allows: [], denies: [] }], reply: grant.protocol === 'tcp' ? { allowed: everything(family), allows: [], partial: false } : undefined };
        for (const seg of aclView.inbound) {
          if (seg.to < grant.from || seg.from > grant.to) continue;
          const inbound = intersect(admitted, seg.allowed);
          if (!reachesInternet(inbound, family)) continue;
          reached(4);
          const sources = aclView.reply ? intersect(inbound, aclView.reply.allowed) : inbound;
          if (!reachesInternet(sources, family)) continue;
          reached(5);
          reach.push({
            family,
            protocol: grant.protocol,
            from: Math.max(seg.from, grant.from),
            to: Math.min(seg.to, grant.to),
            sources,
            path: this.hops(location, vpcId, table, routed, bpa, acl, seg, aclView.reply, grant, sources, family),
          });
        }
      }
    }
    const merged = mergeReach(reach);
    if (merged.length && missing.length) return { ok: false, missing };
    if (!merged.length) return { ok: true, reach: [], reason: this.reason(stage, location, table, routes, bpa, acl, knownGrants, missing) };
    return { ok: true, reach: merged, reason: '' };
  }

  private reason(
    stage: number,
    location: Location,
    table: { table: RouteTable; main: boolean } | undefined,
    routes: Map<Family, IgwRoutes>,
    bpa: BpaVerdict | undefined,
    acl: NetworkAcl | undefined,
    grants: Grant[] | undefined,
    missing: Missing[],
  ): string {
    const aclId = acl?.NetworkAclId ?? 'its network ACL';
    switch (stage) {
      case 0: {
        const elsewhere = [...routes.values()].flatMap((r) => r.elsewhere);
        const tableId = table?.table.RouteTableId ?? 'its route table';
        return `route table ${tableId}${table?.main ? ' (the main table)' : ''} sends no internet traffic to an attached internet gateway${elsewhere.length ? ` (${[...new Set(elsewhere)].join(', ')})` : ''}`;
      }
      case 1:
        return `VPC Block Public Access (${bpa?.mode ?? 'on'}) blocks inbound internet traffic, and no exclusion covers ${location.vpcId ?? this.subnet(location.subnetId)?.VpcId ?? 'its VPC'} or its subnet`;
      case 2: {
        if (grants === undefined && missing.length === 0) return 'no security group admits internet traffic';
        const ids = (location.groupIds ?? []).join(', ');
        return `its security groups (${ids || 'none'}) admit no internet source routed through the internet gateway`;
      }
      case 3:
        return `network ACL ${aclId} admits none of the internet traffic its security groups allow`;
      default:
        return `network ACL ${aclId} lets no reply out: no outbound rule allows TCP to ports 1024-65535 of the sources its inbound rules admit`;
    }
  }

  private hops(
    location: Location,
    vpcId: string | undefined,
    table: { table: RouteTable; main: boolean } | undefined,
    routes: IgwRoutes | undefined,
    bpa: BpaVerdict | undefined,
    acl: NetworkAcl | undefined,
    seg: AclSegment,
    reply: ReplyPath | undefined,
    grant: Grant,
    sources: AddressSet,
    family: Family,
  ): PathHop[] {
    const hops: PathHop[] = [];
    const pieces = routes ? piecesFor(routes, sources) : [];
    const gateways = [...new Set(pieces.map((p) => p.gateway))];
    const subnet = this.subnet(location.subnetId);
    const subnetCidrs = [subnet?.CidrBlock, ...(subnet?.Ipv6CidrBlockAssociationSet ?? []).map((a) => a.Ipv6CidrBlock)].filter((c): c is string => !!c);
    for (const gateway of gateways) {
      const inspected = this.net.routeTables.ok ? inspectionOf(this.net.routeTables.value, gateway, subnetCidrs) : undefined;
      hops.push({ kind: 'internet-gateway', id: gateway, arn: this.arn('internet-gateway', gateway), detail: `attached to ${vpcId ?? 'the VPC'}${inspected ? `; inspected: ingress routing sends the traffic through ${inspected}` : ''}` });
    }
    if (table) {
      const id = table.table.RouteTableId ?? 'unknown';
      const routesText = pieces.map((p) => `route ${p.destination} -> ${p.gateway}`).join(', ');
      hops.push({ kind: 'route-table', id, arn: this.arn('route-table', id, table.table.OwnerId), detail: `${routesText}${table.main ? ` (main route table of ${vpcId ?? 'the VPC'})` : ` (associated with ${location.subnetId ?? 'the subnet'})`}` });
    }
    if (bpa && !bpa.blocked && bpa.exclusion) {
      const id = bpa.exclusion.ExclusionId ?? 'exclusion';
      hops.push({
        kind: 'vpc-block-public-access',
        id,
        arn: this.arn('vpc-block-public-access-exclusion', id),
        detail: `VPC Block Public Access is ${bpa.mode}; exclusion ${id} (allow-bidirectional) covers ${(bpa.exclusion.ResourceArn ?? '').split('/').pop() || 'the subnet'}`,
      });
    }
    if (acl) {
      const id = acl.NetworkAclId ?? 'unknown';
      const inbound = seg.allows.filter((e) => touches(e.CidrBlock ?? e.Ipv6CidrBlock, sources, family)).map(aclRuleText);
      const outbound = reply ? reply.allows.filter((e) => touches(e.CidrBlock ?? e.Ipv6CidrBlock, sources, family)).map(aclRuleText) : [];
      const replyText = reply ? `; reply: outbound ${outbound.join(', ')}${reply.partial ? ' (only part of the ephemeral ports 1024-65535)' : ''}` : '';
      hops.push({ kind: 'network-acl', id, arn: this.arn('network-acl', id, acl.OwnerId), detail: `inbound ${inbound.join(', ')}${replyText}` });
    }
    if (location.groupIds !== undefined) {
      const group = grant.group;
      const id = group.GroupId ?? 'unknown';
      const name = group.GroupName && group.GroupName !== id ? ` (${group.GroupName})` : '';
      hops.push({ kind: 'security-group', id, arn: group.SecurityGroupArn ?? this.arn('security-group', id, group.OwnerId), detail: `${sgRuleText(grant)}${name}` });
    } else {
      hops.push({ kind: 'security-group', id: 'none', arn: '', detail: 'the load balancer has no security group: nothing filters at this step' });
    }
    return hops;
  }
}

function touches(cidr: string | undefined, sources: AddressSet, family: Family): boolean {
  return cidr !== undefined && !!cidr && !isEmpty(intersect(sources, cidrSetOrNone(cidr, family)));
}

function cidrSetOrNone(text: string, family: Family): AddressSet {
  const c = parseCidr(text);
  return c && c.family === family ? cidrSet(c) : [];
}

/** Grants that admit everything, standing in for security groups that could not be read. */
function openGrants(family: Family): Grant[] {
  const group = { GroupId: 'unknown' };
  return baseProtocols(family).map((protocol) => ({ group, permission: { IpProtocol: '-1' }, family, protocol, from: PORT_MIN, to: PORT_MAX, sources: everything(family), source: 'unknown' }));
}

const pathKey = (path: readonly PathHop[]) => path.map((h) => `${h.kind}:${h.id}:${h.detail}`).join('|');
const setKey = (set: AddressSet) => set.map(([lo, hi]) => `${lo}-${hi}`).join(',');

/** Joins entries that differ only by adjacent port ranges. */
export function mergeReach(entries: readonly Reach[]): Reach[] {
  const sorted = [...entries].sort((a, b) => a.family.localeCompare(b.family) || a.protocol.localeCompare(b.protocol) || a.from - b.from || a.to - b.to);
  const out: Reach[] = [];
  for (const e of sorted) {
    const same = out.find((o) => o.family === e.family && o.protocol === e.protocol && o.to + 1 >= e.from && o.from <= e.from && setKey(o.sources) === setKey(e.sources) && pathKey(o.path) === pathKey(e.path));
    if (same) same.to = Math.max(same.to, e.to);
    else out.push({ ...e });
  }
  return out;
}

export function reachText(r: Pick<Reach, 'protocol' | 'from' | 'to' | 'sources' | 'family'>): string {
  return `${describeTraffic(r.protocol, r.from, r.to)} from ${describeSources(r.sources, r.family)}`;
}
