import { engineLabel, flag, groupEngine, groupSupports, replicationGroupRef } from '../lib/elasticache.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'elasticache-auth-enabled',
  title: 'ElastiCache replication groups require AUTH or role-based access control',
  pillar: 'iam',
  service: 'elasticache',
  severity: 'medium',
  resourceType: 'AWS::ElastiCache::ReplicationGroup',
  description:
    "Each Valkey or Redis OSS replication group has AuthTokenEnabled true, or (Redis OSS 6.0 and later, any Valkey version) a role-based access control user group attached (UserGroupIds not empty). The engine version comes from the group's member clusters; a group that lists user groups on a version the engine table cannot place is ERROR. ElastiCache.6 is judged only on Redis OSS groups below 6.0, so only their findings count for it; without AUTH or RBAC any client that reaches the port can run commands, so every version FAILs here.",
  risk: 'Without AUTH or RBAC, anything that can reach the port (a compromised instance in the VPC, a misconfigured security group) can read, change or flush every key.',
  remediation: {
    text: 'On Redis OSS 6.0 and later or Valkey, create users and a user group and attach it to the replication group (RBAC); on older versions, set an AUTH token (which needs in-transit encryption).',
    console: 'ElastiCache > User group management > Create user group; then the cache > Modify > Access control.',
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --user-group-ids-to-add <user-group-id> --apply-immediately',
  },
  references: {
    securityHub: { ids: ['ElastiCache.6'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html',
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-6',
    ],
  },
  reads: ['elasticache.replicationGroups', 'elasticache.cacheClusters'],
  evaluate({ 'elasticache.replicationGroups': groups, 'elasticache.cacheClusters': clusters }, ctx) {
    return groups.map((rg) => {
      const resource = replicationGroupRef(rg, ctx);
      const group = groupEngine(rg, clusters);
      const label = `Replication group ${resource.id} (${engineLabel(group.engine, group.versions)})`;
      const rbac = groupSupports('rbac', group);
      // ElastiCache.6 judges Redis OSS below 6.0 only; Valkey and Redis OSS 6.0+ count for no control.
      // A group whose version cannot be placed keeps the control (no restriction).
      const scope = group.engine === 'redis' && rbac === 'no' ? { controls: ['ElastiCache.6'] } : group.engine === 'valkey' || (group.engine === 'redis' && rbac === 'yes') ? { controls: [] } : {};
      const userGroups = (rg.UserGroupIds ?? []).filter((id) => typeof id === 'string' && id.trim() !== '');
      const finding = (() => {
        if (flag(rg.AuthTokenEnabled) === true) return ctx.pass(resource, `${label} requires an AUTH token${userGroups.length ? ` and uses RBAC user group ${userGroups.join(', ')}` : ''}.`);
        if (userGroups.length) {
          if (rbac === 'yes') return ctx.pass(resource, `${label} uses role-based access control (user group ${userGroups.join(', ')}).`);
          if (rbac === 'unknown') {
            return ctx.undetermined(resource, `${label} lists user group ${userGroups.join(', ')}, but its engine version cannot be placed in the engine table (role-based access control needs Redis OSS 6.0 or later, or Valkey), so whether access control applies is unknown.`);
          }
          return ctx.fail(resource, `${label} lists user group ${userGroups.join(', ')}, but role-based access control needs Redis OSS 6.0 or later, and no AUTH token is required.`);
        }
        const fix = rbac === 'no' ? 'set an AUTH token' : 'attach an RBAC user group';
        return ctx.fail(resource, `${label} requires neither an AUTH token nor role-based access control: any client that reaches its port can run commands (${fix}).`);
      })();
      return { ...finding, ...scope };
    });
  },
});
