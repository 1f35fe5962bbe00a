// How the Redshift checks name provisioned clusters and Serverless workgroups and namespaces, and
// how they read the internet exposure of their VPC security groups (the shared security-group
// reading of CHECKS.md: a source of exactly /0 on the port, over TCP or all traffic).

import type { SecurityGroup } from '@aws-sdk/client-ec2';
import type { Cluster } from '@aws-sdk/client-redshift';
import type { Namespace, Workgroup } from '@aws-sdk/client-redshift-serverless';
import type { CheckContext, ResourceRef } from '../define.js';
import type { Fetched } from '../../data/dataset.js';
import type { AwsErrorInfo } from '../../model.js';
import { ALL_FAMILIES, describeProtocol, groupLabel, internetExposures, type InternetExposure } from './security-groups.js';

/** The port a Redshift cluster or workgroup listens on unless told otherwise. */
export const REDSHIFT_DEFAULT_PORT = 5439;

type Where = Pick<CheckContext, 'account' | 'region'>;

export function clusterRef(cluster: Cluster, ctx: Where): ResourceRef {
  const id = cluster.ClusterIdentifier ?? 'unknown';
  return { id, arn: `arn:${ctx.account.partition}:redshift:${ctx.region}:${ctx.account.id}:cluster:${id}` };
}

/** "Redshift cluster analytics", "Redshift cluster analytics (paused)". */
export function clusterLabel(cluster: Cluster): string {
  const paused = (cluster.ClusterStatus ?? '').toLowerCase() === 'paused' ? ' (paused)' : '';
  return `Redshift cluster ${cluster.ClusterIdentifier ?? 'unknown'}${paused}`;
}

export function workgroupRef(workgroup: Workgroup, ctx: Where): ResourceRef {
  const name = workgroup.workgroupName ?? 'unknown';
  return { id: name, arn: workgroup.workgroupArn ?? `arn:${ctx.account.partition}:redshift-serverless:${ctx.region}:${ctx.account.id}:workgroup/${workgroup.workgroupId ?? name}` };
}

export const workgroupLabel = (workgroup: Workgroup) => `Redshift Serverless workgroup ${workgroup.workgroupName ?? 'unknown'}`;

export function namespaceRef(namespace: Namespace, ctx: Where): ResourceRef {
  const name = namespace.namespaceName ?? 'unknown';
  return { id: name, arn: namespace.namespaceArn ?? `arn:${ctx.account.partition}:redshift-serverless:${ctx.region}:${ctx.account.id}:namespace/${namespace.namespaceId ?? name}` };
}

export const namespaceLabel = (namespace: Namespace) => `Redshift Serverless namespace ${namespace.namespaceName ?? 'unknown'}`;

/** The port a cluster listens on: its endpoint's, or Redshift's default when the answer gives none. */
export function clusterPort(cluster: Cluster): { port: number; stated: boolean } {
  const port = cluster.Endpoint?.Port;
  return typeof port === 'number' && port > 0 ? { port, stated: true } : { port: REDSHIFT_DEFAULT_PORT, stated: false };
}

export function workgroupPort(workgroup: Workgroup): { port: number; stated: boolean } {
  const port = workgroup.port ?? workgroup.endpoint?.port;
  return typeof port === 'number' && port > 0 ? { port, stated: true } : { port: REDSHIFT_DEFAULT_PORT, stated: false };
}

export interface GroupExposure {
  group: SecurityGroup;
  exposures: InternetExposure[];
}

export type ExposureRead =
  | { ok: false; error: AwsErrorInfo }
  | {
      ok: true;
      /** Each named group found, with the rules that open the port to the internet (possibly none). */
      groups: GroupExposure[];
      /** Group ids named by the resource that DescribeSecurityGroups did not return. */
      missing: string[];
    };

/** The internet exposure of `port` through each of `groupIds`. */
export function portExposure(groupIds: readonly string[], port: number, groups: Fetched<SecurityGroup[]>): ExposureRead {
  if (!groups.ok) return { ok: false, error: groups.error };
  const byId = new Map(groups.value.map((g) => [g.GroupId, g]));
  const found: GroupExposure[] = [];
  const missing: string[] = [];
  for (const id of groupIds) {
    const group = byId.get(id);
    if (!group) missing.push(id);
    else found.push({ group, exposures: internetExposures(group, { ports: [port], transports: ['tcp'], families: ALL_FAMILIES }) });
  }
  return { ok: true, groups: found, missing };
}

/** "sg-1 (TCP 5439 from 0.0.0.0/0); sg-2 (all traffic from ::/0)". */
export function describeOpenGroups(groups: readonly GroupExposure[]): string {
  return groups
    .filter((g) => g.exposures.length)
    .map((g) => `${groupLabel(g.group).replace(/^Security group /, '')}: ${g.exposures.map((e) => `${describeProtocol(e.permission)} from ${e.sources.join(' and ')}`).join(', ')}`)
    .join('; ');
}

/**
 * A sentence on the security groups for the public-access checks, which the attribute alone
 * decides: whether the groups open the port to the internet, or why that is not known.
 */
export function exposureSentence(groupIds: readonly string[], port: number, groups: Fetched<SecurityGroup[]>): string {
  if (groupIds.length === 0) return 'It names no VPC security group.';
  const read = portExposure(groupIds, port, groups);
  if (!read.ok) return `Whether its security groups admit the internet is unknown: ${read.error.action} failed (${read.error.code}).`;
  const open = describeOpenGroups(read.groups);
  if (open) return `Its security groups open port ${port} to the internet: ${open}.`;
  if (read.missing.length) return `Its security groups ${read.missing.join(', ')} were not found, so whether they admit the internet on port ${port} is unknown.`;
  return `Its security groups do not open port ${port} to the internet.`;
}
