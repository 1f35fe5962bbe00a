// The resources the path model judges: EC2 instances (every interface of every network card), RDS
// DB instances and internet-facing load balancers, each as the union of what the internet reaches
// at its addresses; and the targets of load balancers, reachable through them (a separate path).

import type { PathHop } from '../../model.js';
import type { Family } from './addresses.js';
import { NetworkIndex, type Input, type Missing, type Reach } from './paths.js';
import type { DBInstance, Instance, Listener, LoadBalancer, NetworkInterface, TargetGroup, TargetHealthDescription } from './types.js';

/** What the internet reaches of one resource: certain entries, and the parts that could not be judged. */
export interface ResourceReach {
  reach: Reach[];
  /** Inputs without which part of the resource could not be judged; empty when it was judged whole. */
  missing: Missing[];
  /** Why nothing is reachable, when nothing is. */
  reason: string;
  /** Inputs of the region that could not be read though the verdict did without them (set by the scan). */
  unread?: Missing[];
}

export interface InstanceReach<I extends Instance = Instance> extends ResourceReach {
  instance: I;
  /** Reachable through an internet-facing load balancer (path ends with a load-balancer hop). */
  through: Reach[];
  throughMissing: Missing[];
}

export interface DbReach<D extends DBInstance = DBInstance> extends ResourceReach {
  db: D;
}

export interface LoadBalancerReach<L extends LoadBalancer = LoadBalancer, T extends Listener = Listener> extends ResourceReach {
  loadBalancer: L;
  listeners: Input<T[]> | undefined;
}

interface Eni {
  id: string;
  subnetId: string | undefined;
  vpcId: string | undefined;
  groupIds: string[] | undefined;
  v4: string[];
  v6: string[];
}

const uniq = <T>(items: Iterable<T>) => [...new Set(items)];
const defined = <T>(items: Array<T | undefined>) => items.filter((i): i is T => i !== undefined && i !== null && i !== '');

function publicV4(eni: NetworkInterface | undefined): string[] {
  if (!eni) return [];
  return defined([eni.Association?.PublicIp, ...(eni.PrivateIpAddresses ?? []).map((p) => p.Association?.PublicIp)]);
}

function ipv6Of(eni: NetworkInterface | undefined): string[] {
  return defined((eni?.Ipv6Addresses ?? []).map((a) => a.Ipv6Address));
}

/**
 * The interfaces of an instance: those the interface listing attaches to it, merged with those the
 * instance answer embeds (either may lack a field the other has, such as the public IP).
 */
export function interfacesOf(instance: Instance, listed: readonly NetworkInterface[]): Eni[] {
  const byId = new Map<string, { listed?: NetworkInterface; embedded?: NetworkInterface }>();
  for (const eni of listed) if (eni.NetworkInterfaceId) byId.set(eni.NetworkInterfaceId, { listed: eni });
  for (const eni of instance.NetworkInterfaces ?? []) {
    if (!eni.NetworkInterfaceId) continue;
    byId.set(eni.NetworkInterfaceId, { ...byId.get(eni.NetworkInterfaceId), embedded: eni });
  }
  const entries = [...byId.entries()];
  if (entries.length === 0) entries.push(['primary interface', {}]);
  return entries.map(([id, { listed: l, embedded: e }]) => {
    const primary = entries.length === 1 || (l?.Attachment?.DeviceIndex ?? e?.Attachment?.DeviceIndex) === 0;
    const groups = l?.Groups ?? e?.Groups ?? (primary ? instance.SecurityGroups : undefined);
    return {
      id,
      subnetId: l?.SubnetId ?? e?.SubnetId ?? (primary ? instance.SubnetId : undefined),
      vpcId: l?.VpcId ?? e?.VpcId ?? instance.VpcId,
      groupIds: groups ? defined(groups.map((g) => g.GroupId)) : undefined,
      v4: uniq([...publicV4(l), ...publicV4(e), ...(primary && instance.PublicIpAddress ? [instance.PublicIpAddress] : [])]),
      v6: uniq([...ipv6Of(l), ...ipv6Of(e), ...(primary && instance.Ipv6Address ? [instance.Ipv6Address] : [])]),
    };
  });
}

function familiesOf(eni: Pick<Eni, 'v4' | 'v6'>): Family[] {
  return [...(eni.v4.length ? (['ipv4'] as const) : []), ...(eni.v6.length ? (['ipv6'] as const) : [])];
}

function withAddress(entries: readonly Reach[], hop: (family: Family) => PathHop): Reach[] {
  return entries.map((r) => ({ ...r, path: [hop(r.family), ...r.path] }));
}

/** Joins the reach of several locations of one resource. */
function join(parts: Array<{ reach: Reach[]; missing: Missing[]; reason: string }>): ResourceReach {
  const reach = parts.flatMap((p) => p.reach);
  const missing = dedupeMissing(parts.flatMap((p) => p.missing));
  const reasons = uniq(parts.filter((p) => !p.reach.length && !p.missing.length && p.reason).map((p) => p.reason));
  return { reach, missing, reason: reach.length ? '' : reasons.join('; ') };
}

function dedupeMissing(items: Missing[]): Missing[] {
  const seen = new Set<string>();
  return items.filter((m) => (seen.has(m.what) ? false : (seen.add(m.what), true)));
}

export function evaluateInstance(index: NetworkIndex, instance: Instance, listed: Input<readonly NetworkInterface[]> | undefined): ResourceReach {
  const enis = interfacesOf(instance, listed?.ok ? listed.value : []);
  const parts = enis.map((eni) => {
    const families = familiesOf(eni);
    if (!families.length) return { reach: [], missing: [], reason: 'it has no public IPv4 address and no IPv6 address' };
    if (!eni.subnetId || !eni.groupIds) {
      const error = listed && !listed.ok ? listed.error : undefined;
      return { reach: [], missing: [{ what: `the subnet and security groups of ${eni.id}`, ...(error ? { error } : {}) }], reason: '' };
    }
    const result = index.evaluate({ vpcId: eni.vpcId, subnetId: eni.subnetId, groupIds: eni.groupIds, families });
    if (!result.ok) return { reach: [], missing: result.missing, reason: '' };
    const hop = (family: Family): PathHop => ({
      kind: 'public-ip',
      id: eni.id,
      arn: eni.id.startsWith('eni-') ? index.arn('network-interface', eni.id) : '',
      detail: family === 'ipv4' ? `public IP ${eni.v4.join(', ')}` : `IPv6 ${eni.v6.join(', ')}`,
    });
    return { reach: withAddress(result.reach, hop), missing: [], reason: result.reason };
  });
  return join(parts);
}

const RDS_REQUESTER = 'amazon-rds';

export function evaluateDbInstance(index: NetworkIndex, db: DBInstance, listed: Input<readonly NetworkInterface[]> | undefined, arn: string): ResourceReach {
  if (db.PubliclyAccessible === false) return { reach: [], missing: [], reason: 'it is not publicly accessible' };
  if (db.PubliclyAccessible !== true) return { reach: [], missing: [{ what: 'whether it is publicly accessible (RDS left PubliclyAccessible out)' }], reason: '' };
  const group = db.DBSubnetGroup;
  const groupSubnets = defined((group?.Subnets ?? []).map((s) => s.SubnetIdentifier));
  const groupIds = defined((db.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId));
  if (!groupSubnets.length) return { reach: [], missing: [{ what: 'the subnets of its DB subnet group' }], reason: '' };
  const families: Family[] = db.NetworkType === 'DUAL' ? ['ipv4', 'ipv6'] : ['ipv4'];
  // Its interfaces, when the listing shows them, narrow the subnet group to the subnets in use.
  const key = [...groupIds].sort().join(',');
  const enis = (listed?.ok ? listed.value : []).filter(
    (e) =>
      (e.RequesterId === RDS_REQUESTER || e.Description === 'RDSNetworkInterface') &&
      !!e.SubnetId &&
      groupSubnets.includes(e.SubnetId) &&
      defined((e.Groups ?? []).map((g) => g.GroupId)).sort().join(',') === key,
  );
  const subnets = enis.length ? uniq(defined(enis.map((e) => e.SubnetId))) : groupSubnets;
  const endpoint = db.Endpoint?.Address;
  const parts = subnets.map((subnetId) => {
    const result = index.evaluate({ vpcId: group?.VpcId, subnetId, groupIds, families });
    if (!result.ok) return { reach: [], missing: result.missing, reason: '' };
    const addresses = uniq(enis.filter((e) => e.SubnetId === subnetId).flatMap((e) => publicV4(e)));
    const hop = (family: Family): PathHop => ({
      kind: 'public-ip',
      id: db.DBInstanceIdentifier ?? 'unknown',
      arn,
      detail: `publicly accessible ${family === 'ipv6' ? 'dual-stack ' : ''}endpoint${endpoint ? ` ${endpoint}` : ''}${addresses.length && family === 'ipv4' ? ` (public IP ${addresses.join(', ')})` : ''} in ${subnetId}`,
    });
    return { reach: withAddress(result.reach, hop), missing: [], reason: result.reason };
  });
  return join(parts);
}

/** `Type`, or the kind the ARN names when an answer leaves it out (`loadbalancer/app/...`, `net/`). */
export function loadBalancerType(lb: LoadBalancer): string | undefined {
  if (lb.Type) return lb.Type;
  const kind = /:loadbalancer\/(app|net|gwy)\//.exec(lb.LoadBalancerArn ?? '')?.[1];
  return kind === 'app' ? 'application' : kind === 'net' ? 'network' : kind === 'gwy' ? 'gateway' : undefined;
}

export function isInternetFacing(lb: LoadBalancer): boolean {
  const type = loadBalancerType(lb);
  return lb.Scheme === 'internet-facing' && (type === 'application' || type === 'network');
}

export function evaluateLoadBalancer(index: NetworkIndex, lb: LoadBalancer): ResourceReach {
  if (!isInternetFacing(lb)) return { reach: [], missing: [], reason: 'it is not an internet-facing application or network load balancer' };
  const type = lb.IpAddressType ?? 'ipv4';
  const families: Family[] = type === 'dualstack' ? ['ipv4', 'ipv6'] : type === 'dualstack-without-public-ipv4' ? ['ipv6'] : ['ipv4'];
  const groups = lb.SecurityGroups;
  let groupIds: string[] | undefined;
  const lbType = loadBalancerType(lb);
  if (lbType === 'application') {
    if (!groups) return { reach: [], missing: [{ what: 'its security groups (ELB reported none for an application load balancer)' }], reason: '' };
    groupIds = groups;
  } else groupIds = groups && groups.length ? groups : undefined;
  const zones = lb.AvailabilityZones ?? [];
  if (!zones.length) return { reach: [], missing: [{ what: 'its subnets (ELB reported no Availability Zone)' }], reason: '' };
  const kind = lbType === 'application' ? 'application' : 'network';
  const parts = zones.map((zone) => {
    const result = index.evaluate({ vpcId: lb.VpcId, subnetId: zone.SubnetId, groupIds, families });
    if (!result.ok) return { reach: [], missing: result.missing, reason: '' };
    const addresses = defined((zone.LoadBalancerAddresses ?? []).map((a) => a.IpAddress));
    const hop = (family: Family): PathHop => ({
      kind: 'public-ip',
      id: lb.LoadBalancerName ?? 'load balancer',
      arn: lb.LoadBalancerArn ?? '',
      detail: `internet-facing ${kind} load balancer node in ${zone.SubnetId ?? 'its subnet'} (${family === 'ipv4' ? (addresses.length ? `public IP ${addresses.join(', ')}` : 'public IPv4 addresses') : 'IPv6 addresses'})`,
    });
    return { reach: withAddress(result.reach, hop), missing: [], reason: result.reason };
  });
  return join(parts);
}

/** Transports a listener protocol receives on. */
export function listenerTransports(protocol: string | undefined): Array<'tcp' | 'udp'> {
  switch ((protocol ?? '').toUpperCase()) {
    case 'UDP':
    case 'QUIC':
      return ['udp'];
    case 'TCP_UDP':
    case 'TCP_QUIC':
      return ['tcp', 'udp'];
    case 'GENEVE':
      return [];
    default:
      return ['tcp'];
  }
}

/** Target groups a listener's default actions forward to. */
export function forwardedGroups(listener: Listener): string[] {
  return uniq(
    (listener.DefaultActions ?? [])
      .filter((a) => (a.Type ?? '').toLowerCase() === 'forward')
      .flatMap((a) => defined([a.TargetGroupArn, ...(a.ForwardConfig?.TargetGroups ?? []).map((t) => t.TargetGroupArn)])),
  );
}

export interface TargetInputs {
  targetGroups: Input<TargetGroup[]>;
  targetHealth: ReadonlyMap<string, Input<TargetHealthDescription[]>>;
  /** Instance id of a private IP, per VPC (`vpc|ip`), for IP targets. */
  instanceOfIp: ReadonlyMap<string, string>;
}

export interface ThroughResult {
  byInstance: Map<string, Reach[]>;
  /** Instances whose paths through a load balancer could not be judged, and why. */
  missingByInstance: Map<string, Missing[]>;
  /** VPCs where an instance's paths through a load balancer could not be judged at all. */
  missingByVpc: Map<string, Missing[]>;
}

const append = <K, V>(map: Map<K, V[]>, key: K, ...values: V[]) => map.set(key, [...(map.get(key) ?? []), ...values]);

/**
 * Instances reachable through an internet-facing load balancer: a listener forwards to their target
 * group, and the load balancer itself is reachable on the listener's port. A target group linked to
 * the load balancer only through listener rules counts on every listener of the load balancer.
 */
export function throughLoadBalancers(lbs: readonly LoadBalancerReach[], inputs: TargetInputs): ThroughResult {
  const out: ThroughResult = { byInstance: new Map(), missingByInstance: new Map(), missingByVpc: new Map() };
  const facing = lbs.filter((l) => isInternetFacing(l.loadBalancer));
  if (!facing.length) return out;
  // An endpoint that does not offer target groups routes to no target.
  const offered = (e: { kind: string; code: string }) => !(e.kind === 'unavailable' && e.code !== 'AuthFailure');
  if (!inputs.targetGroups.ok && !offered(inputs.targetGroups.error)) return out;
  if (!inputs.targetGroups.ok) {
    for (const l of facing) if (l.loadBalancer.VpcId) append(out.missingByVpc, l.loadBalancer.VpcId, { what: 'the target groups of the internet-facing load balancers', error: inputs.targetGroups.error });
    return out;
  }
  const groups = inputs.targetGroups.value;
  for (const l of facing) {
    const lb = l.loadBalancer;
    const arn = lb.LoadBalancerArn ?? '';
    const linked = groups.filter((g) => (g.LoadBalancerArns ?? []).includes(arn));
    if (!linked.length) continue;
    const unknown: Missing[] = [...l.missing];
    if (l.listeners && !l.listeners.ok) unknown.push({ what: `the listeners of load balancer ${lb.LoadBalancerName ?? arn}`, error: l.listeners.error });
    const listeners = l.listeners?.ok ? l.listeners.value : [];
    const byDefault = new Set(listeners.flatMap(forwardedGroups));
    for (const group of linked) {
      const health = inputs.targetHealth.get(group.TargetGroupArn ?? '');
      if (health && !health.ok && !offered(health.error)) continue;
      if (!health || !health.ok) {
        if (group.VpcId) append(out.missingByVpc, group.VpcId, { what: `the targets of target group ${group.TargetGroupName ?? group.TargetGroupArn ?? '?'}`, ...(health && !health.ok ? { error: health.error } : {}) });
        continue;
      }
      const targets = health.value.filter((t) => t.TargetHealth?.State !== 'unused' && t.Target?.Id);
      const instanceIds = targets.map((t) => {
        const id = t.Target!.Id!;
        if ((group.TargetType ?? 'instance') === 'instance') return id;
        if (group.TargetType === 'ip') return inputs.instanceOfIp.get(`${group.VpcId ?? ''}|${id}`);
        return undefined;
      });
      if (unknown.length) {
        for (const id of instanceIds) if (id) append(out.missingByInstance, id, ...unknown);
        continue;
      }
      const using = listeners.filter((li) => byDefault.has(group.TargetGroupArn ?? '') ? forwardedGroups(li).includes(group.TargetGroupArn ?? '') : true);
      targets.forEach((target, i) => {
        const instanceId = instanceIds[i];
        if (!instanceId) return;
        const port = target.Target?.Port ?? group.Port;
        for (const listener of using) {
          const viaRule = !byDefault.has(group.TargetGroupArn ?? '');
          for (const transport of listenerTransports(listener.Protocol)) {
            for (const r of l.reach) {
              if (r.protocol !== transport || listener.Port === undefined || r.from > listener.Port || r.to < listener.Port) continue;
              const hop: PathHop = {
                kind: 'load-balancer',
                id: lb.LoadBalancerName ?? arn,
                arn,
                detail: `listener ${listener.Protocol ?? transport.toUpperCase()} ${listener.Port}${viaRule ? ' (through a listener rule)' : ''} forwards to target group ${group.TargetGroupName ?? group.TargetGroupArn ?? '?'} on port ${port ?? listener.Port}`,
              };
              append(out.byInstance, instanceId, { ...r, from: port ?? listener.Port, to: port ?? listener.Port, path: [...r.path, hop] });
            }
          }
        }
      });
    }
  }
  for (const [id, items] of out.byInstance) out.byInstance.set(id, dedupeReach(items));
  for (const [id, items] of out.missingByInstance) out.missingByInstance.set(id, dedupeMissing(items));
  return out;
}

function dedupeReach(items: Reach[]): Reach[] {
  const seen = new Set<string>();
  return items.filter((r) => {
    const key = `${r.family}|${r.protocol}|${r.from}|${r.to}|${r.path.map((h) => `${h.id}:${h.detail}`).join('>')}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
