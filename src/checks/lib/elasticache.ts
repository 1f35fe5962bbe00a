// How ElastiCache checks name replication groups and cache clusters, and what they know of a
// replication group's engine and version (which only its member clusters report).

import type { CacheCluster, ReplicationGroup } from '@aws-sdk/client-elasticache';
import type { CheckContext, ResourceRef } from '../define.js';
import { engineOf, supportsAll, type Engine, type EngineFeature, type Support } from './elasticache-engines.js';

export function replicationGroupRef(rg: ReplicationGroup, ctx: CheckContext): ResourceRef {
  const id = rg.ReplicationGroupId ?? '(unnamed)';
  return { id, arn: rg.ARN ?? `arn:${ctx.account.partition}:elasticache:${ctx.region}:${ctx.account.id}:replicationgroup:${id}` };
}

export function cacheClusterRef(cluster: CacheCluster, ctx: CheckContext): ResourceRef {
  const id = cluster.CacheClusterId ?? '(unnamed)';
  return { id, arn: cluster.ARN ?? `arn:${ctx.account.partition}:elasticache:${ctx.region}:${ctx.account.id}:cluster:${id}` };
}

const ENGINE_NAMES: Record<Engine, string> = { redis: 'Redis OSS', valkey: 'Valkey', memcached: 'Memcached' };

export function engineName(engine: Engine | undefined): string {
  return engine ? ENGINE_NAMES[engine] : 'unknown engine';
}

/** A cluster belongs to a replication group when it names one: it is judged through the group. */
export function inReplicationGroup(cluster: CacheCluster): boolean {
  return !!cluster.ReplicationGroupId?.trim();
}

/** Valkey and Redis OSS clusters; Memcached and engines the table does not know are left out. */
export function isRedisFamily(engine: Engine | undefined): boolean {
  return engine === 'redis' || engine === 'valkey';
}

export interface GroupEngine {
  /** The group's engine when known (its `Engine`, else its members'). */
  engine: Engine | undefined;
  /** Engines the group may run: the known one, or both Valkey and Redis OSS when nothing says. */
  candidates: Engine[];
  /** Distinct engine versions its member clusters report, sorted. */
  versions: string[];
}

/** The members of a group: clusters naming it, and clusters it lists in MemberClusters. */
export function membersOf(rg: ReplicationGroup, clusters: readonly CacheCluster[]): CacheCluster[] {
  const id = rg.ReplicationGroupId;
  const listed = new Set(rg.MemberClusters ?? []);
  return clusters.filter((c) => (id !== undefined && c.ReplicationGroupId === id) || (c.CacheClusterId !== undefined && listed.has(c.CacheClusterId)));
}

export function groupEngine(rg: ReplicationGroup, clusters: readonly CacheCluster[]): GroupEngine {
  const members = membersOf(rg, clusters);
  const memberEngines = [...new Set(members.map((c) => engineOf(c.Engine)).filter((e): e is Engine => e !== undefined))];
  const engine = engineOf(rg.Engine) ?? (memberEngines.length === 1 ? memberEngines[0] : undefined);
  const versions = [...new Set(members.map((c) => c.EngineVersion?.trim()).filter((v): v is string => !!v))].sort();
  // Replication groups are Valkey or Redis OSS only.
  return { engine, candidates: engine ? [engine] : ['redis', 'valkey'], versions };
}

/** Whether the group's engine at its members' versions offers the feature. */
export function groupSupports(feature: EngineFeature, group: GroupEngine): Support {
  return supportsAll(feature, group.candidates, group.versions);
}

/** e.g. `Redis OSS 7.1`, `Valkey 8.0`, `Redis OSS (version not reported)`. */
export function engineLabel(engine: Engine | undefined, versions: readonly string[]): string {
  return `${engineName(engine)} ${versions.length ? versions.join(' and ') : '(version not reported)'}`;
}

/** A boolean as the SDK gives it, or as text from a recording or an emulator; undefined when absent or unreadable. */
export function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
  }
  return undefined;
}

/** A whole number as the SDK gives it, or as text; undefined when absent or unreadable. */
export function count(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}
