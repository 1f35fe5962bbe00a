// The exposure analysis as datasets: computed once per region (network reachability) or once per
// scan (identities) from datasets the scan reads anyway, so that every exposure check shares it.
// A supporting read that fails does not fail these datasets: it is kept as the error, and only the
// resources whose verdict depends on it become ERROR. The listing of the judged resources themselves
// (instances, DB instances, load balancers) fails the dataset, as any listing does.

import type { DBInstance } from '@aws-sdk/client-rds';
import type { Instance } from '@aws-sdk/client-ec2';
import type { Listener, LoadBalancer } from '@aws-sdk/client-elastic-load-balancing-v2';
import { AwsCallError } from '../../aws/errors.js';
import type { AwsErrorInfo } from '../../model.js';
import { defineDataset, type FetchContext } from '../dataset.js';
import { LIVE_STATES } from '../../checks/lib/ec2-compute.js';
import { NetworkIndex, type Input, type Missing } from '../../exposure/network/paths.js';
import {
  evaluateDbInstance,
  evaluateInstance,
  evaluateLoadBalancer,
  throughLoadBalancers,
  type DbReach,
  type InstanceReach,
  type LoadBalancerReach,
} from '../../exposure/network/resources.js';
import type { NetworkInterface, TargetHealthDescription } from '../../exposure/network/types.js';
import { analyseIdentitiesAsync, type IdentityAnalysis } from '../../exposure/identity/analysis.js';
import type { DatasetId, DatasetTypes } from '../dataset.js';

export interface RegionNetworkModel {
  index: NetworkIndex;
  interfaces: Input<NetworkInterface[]>;
  /** The region's network inputs that could not be read. */
  unread: Missing[];
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'exposure.network': RegionNetworkModel;
    'exposure.loadBalancers': LoadBalancerReach<LoadBalancer, Listener>[];
    'exposure.dbInstances': DbReach<DBInstance>[];
    'exposure.instances': InstanceReach<Instance>[];
    'exposure.identities': IdentityAnalysis;
  }
}

/** A dependency's value, or the AWS error that kept it from being read. */
async function settled<K extends DatasetId>(ctx: FetchContext, id: K, region?: string): Promise<Input<DatasetTypes[K]>> {
  try {
    return { ok: true, value: await ctx.get(id, region) };
  } catch (err) {
    if (err instanceof AwsCallError) return { ok: false, error: err.info as AwsErrorInfo };
    throw err;
  }
}

export const network = defineDataset({
  id: 'exposure.network',
  scope: 'regional',
  operations: [],
  deps: [
    'ec2.subnets',
    'ec2.securityGroups',
    'ec2.networkAcls',
    'ec2.routeTables',
    'ec2.internetGateways',
    'ec2.prefixLists',
    'ec2.vpcBlockPublicAccess',
    'ec2.vpcBlockPublicAccessExclusions',
    'ec2.networkInterfaces',
  ],
  async fetch(ctx) {
    const [subnets, securityGroups, networkAcls, routeTables, internetGateways, prefixLists, blockPublicAccess, blockPublicAccessExclusions, interfaces] = await Promise.all([
      settled(ctx, 'ec2.subnets'),
      settled(ctx, 'ec2.securityGroups'),
      settled(ctx, 'ec2.networkAcls'),
      settled(ctx, 'ec2.routeTables'),
      settled(ctx, 'ec2.internetGateways'),
      settled(ctx, 'ec2.prefixLists'),
      settled(ctx, 'ec2.vpcBlockPublicAccess'),
      settled(ctx, 'ec2.vpcBlockPublicAccessExclusions'),
      settled(ctx, 'ec2.networkInterfaces'),
    ]);
    const index = new NetworkIndex({
      partition: ctx.account.partition,
      region: ctx.region,
      accountId: ctx.account.id,
      subnets,
      securityGroups,
      networkAcls,
      routeTables,
      internetGateways,
      prefixLists,
      blockPublicAccess,
      blockPublicAccessExclusions,
    });
    const unread = [...index.unread(), ...(interfaces.ok || interfaces.error.kind === 'unavailable' ? [] : [{ what: 'the network interfaces', error: interfaces.error }])];
    return { index, interfaces, unread };
  },
});

export const loadBalancers = defineDataset({
  id: 'exposure.loadBalancers',
  scope: 'regional',
  operations: [],
  deps: ['exposure.network', 'elbv2.loadBalancers', 'elbv2.listeners'],
  async fetch(ctx) {
    const [{ index, unread }, lbs, listeners] = await Promise.all([ctx.get('exposure.network'), ctx.get('elbv2.loadBalancers'), settled(ctx, 'elbv2.listeners')]);
    return lbs.map((loadBalancer): LoadBalancerReach<LoadBalancer, Listener> => {
      const read = listeners.ok ? listeners.value.find((l) => l.loadBalancer.LoadBalancerArn === loadBalancer.LoadBalancerArn)?.result : listeners;
      return { loadBalancer, listeners: read, ...evaluateLoadBalancer(index, loadBalancer), unread };
    });
  },
});

export const dbInstances = defineDataset({
  id: 'exposure.dbInstances',
  scope: 'regional',
  operations: [],
  deps: ['exposure.network', 'rds.instances'],
  async fetch(ctx) {
    const [{ index, interfaces, unread }, dbs] = await Promise.all([ctx.get('exposure.network'), ctx.get('rds.instances')]);
    return dbs.map((db) => {
      const arn = db.DBInstanceArn ?? `arn:${ctx.account.partition}:rds:${ctx.region}:${ctx.account.id}:db:${db.DBInstanceIdentifier ?? 'unknown'}`;
      return { db, ...evaluateDbInstance(index, db, interfaces, arn), unread };
    });
  },
});

export const instances = defineDataset({
  id: 'exposure.instances',
  scope: 'regional',
  operations: [],
  deps: ['exposure.network', 'ec2.instances', 'exposure.loadBalancers', 'elbv2.targetGroups', 'elbv2.internetFacingTargets'],
  async fetch(ctx) {
    const [{ index, interfaces, unread }, all, lbs, groups, targets] = await Promise.all([
      ctx.get('exposure.network'),
      ctx.get('ec2.instances'),
      settled(ctx, 'exposure.loadBalancers'),
      settled(ctx, 'elbv2.targetGroups'),
      settled(ctx, 'elbv2.internetFacingTargets'),
    ]);
    const live = all.filter((i) => i.State?.Name === undefined || LIVE_STATES.includes(i.State.Name));
    // Interfaces of instances, by instance, from the listing (once, not per instance).
    const byInstance = new Map<string, NetworkInterface[]>();
    const instanceOfIp = new Map<string, string>();
    if (interfaces.ok) {
      for (const eni of interfaces.value) {
        const owner = eni.Attachment?.InstanceId;
        if (!owner) continue;
        byInstance.set(owner, [...(byInstance.get(owner) ?? []), eni]);
        for (const ip of eni.PrivateIpAddresses ?? []) if (ip.PrivateIpAddress) instanceOfIp.set(`${eni.VpcId ?? ''}|${ip.PrivateIpAddress}`, owner);
      }
    }
    // An endpoint without ELBv2 has no load balancer to reach anything through.
    const noLoadBalancers = !lbs.ok && lbs.error.kind === 'unavailable';
    const through = lbs.ok
      ? throughLoadBalancers(lbs.value, { targetGroups: groups, targetHealth: targetHealthMap(groups, targets), instanceOfIp })
      : undefined;
    // In batches, handing the event loop back between them: other checks' requests stay answered.
    const out: InstanceReach<Instance>[] = [];
    for (let i = 0; i < live.length; i += INSTANCE_BATCH) {
      if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      out.push(...live.slice(i, i + INSTANCE_BATCH).map(judge));
    }
    return out;

    function judge(instance: Instance): InstanceReach<Instance> {
      const id = instance.InstanceId ?? '';
      const own: Input<NetworkInterface[]> = interfaces.ok ? { ok: true, value: byInstance.get(id) ?? [] } : interfaces;
      const direct = evaluateInstance(index, instance, own);
      const throughMissing = through
        ? [...(through.missingByInstance.get(id) ?? []), ...(through.missingByVpc.get(instance.VpcId ?? '') ?? [])]
        : !lbs.ok && !noLoadBalancers
          ? [{ what: 'the load balancers (an instance may be a target of an internet-facing one)', error: lbs.error }]
          : [];
      return { instance, ...direct, through: through?.byInstance.get(id) ?? [], throughMissing, unread: [...unread, ...throughMissing] };
    }
  },
});

const INSTANCE_BATCH = 200;

/** Targets by target group ARN: read, failed, or (when the whole read failed) the read's error. */
function targetHealthMap(groups: Input<unknown>, targets: Input<DatasetTypes['elbv2.internetFacingTargets']>): Map<string, Input<TargetHealthDescription[]>> {
  const map = new Map<string, Input<TargetHealthDescription[]>>();
  if (!groups.ok) return map;
  if (!targets.ok) {
    for (const g of groups.value as Array<{ TargetGroupArn?: string }>) if (g.TargetGroupArn) map.set(g.TargetGroupArn, targets);
    return map;
  }
  for (const { targetGroup, targets: read } of targets.value) if (targetGroup.TargetGroupArn) map.set(targetGroup.TargetGroupArn, read);
  return map;
}

export const identities = defineDataset({
  id: 'exposure.identities',
  scope: 'global',
  operations: [],
  deps: ['iam.authorizationDetails', 'iam.attachedPolicies', 'iam.credentialReportRead', 'ec2.instances'],
  async fetch(ctx) {
    const [details, attached, report] = await Promise.all([ctx.get('iam.authorizationDetails'), settled(ctx, 'iam.attachedPolicies'), ctx.get('iam.credentialReportRead')]);
    const instances = await Promise.all(ctx.regions.map(async (region) => ({ region, instances: await settled(ctx, 'ec2.instances', region) })));
    return analyseIdentitiesAsync({ accountId: ctx.account.id, partition: ctx.account.partition, details, attached, credentialReport: report, instances });
  },
});

export default [network, loadBalancers, dbInstances, instances, identities];
