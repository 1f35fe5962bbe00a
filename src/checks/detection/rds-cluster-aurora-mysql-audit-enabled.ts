import { defineCheck } from '../define.js';
import { clusterRef, isAuroraMysql } from '../../data/rds-engines.js';
import { findParameter, isOn } from '../lib/rds-parameters.js';

const PARAMETER = 'server_audit_logging';
const EVENTS = 'server_audit_events';

export default defineCheck({
  id: 'rds-cluster-aurora-mysql-audit-enabled',
  title: 'Aurora MySQL DB clusters have Advanced Auditing on (server_audit_logging = 1)',
  pillar: 'detection',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBCluster',
  description:
    'Each Aurora MySQL DB cluster has server_audit_logging set to 1 in its DB cluster parameter group, server_audit_events is not empty, and the group is in sync on every member (DBClusterMembers[].DBClusterParameterGroupStatus in-sync), as RDS.45 requires. A parameter without a value takes the engine default, which is off.',
  risk: 'Without Advanced Auditing, Aurora MySQL records no connections, queries or table access, so misuse of the database leaves no trail.',
  remediation: {
    text: 'Set server_audit_logging to 1 (and server_audit_events to the events to record) in a custom DB cluster parameter group attached to the cluster.',
    console: 'RDS > Parameter groups > select the cluster parameter group > Edit > server_audit_logging = 1 > Save changes.',
    cli: 'aws rds modify-db-cluster-parameter-group --db-cluster-parameter-group-name <group> --parameters "ParameterName=server_audit_logging,ParameterValue=1,ApplyMethod=immediate"',
  },
  references: {
    securityHub: { ids: ['RDS.45'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Auditing.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-45',
    ],
  },
  reads: ['rds.clusters', 'rds.clusterParameterGroups'],
  evaluate({ 'rds.clusters': clusters, 'rds.clusterParameterGroups': groups }, ctx) {
    const reads = new Map(groups.map((g) => [g.name, g.result]));
    return clusters
      .filter((cluster) => isAuroraMysql(cluster.Engine))
      .map((cluster) => {
        const resource = clusterRef(cluster);
        const name = cluster.DBClusterParameterGroup;
        // Every Aurora cluster has a DB cluster parameter group (the engine's default one at least).
        if (!name) return ctx.undetermined(resource, `Aurora MySQL DB cluster ${resource.id} reports no DB cluster parameter group, so whether ${PARAMETER} is on is unknown.`);
        const read = reads.get(name);
        if (!read) return ctx.undetermined(resource, `DB cluster parameter group ${name} of Aurora MySQL DB cluster ${resource.id} was not read, so whether ${PARAMETER} is on is unknown.`);
        if (!read.ok) return ctx.error(resource, read.error, `Aurora MySQL DB cluster ${resource.id} (parameter group ${name})`);
        // The listing holds every parameter of the engine; an empty one is an endpoint that does not model them.
        if (read.value.length === 0) {
          return ctx.undetermined(resource, `DB cluster parameter group ${name} of Aurora MySQL DB cluster ${resource.id} lists no parameters at all, so whether ${PARAMETER} is on is unknown.`);
        }
        const value = findParameter(read.value, PARAMETER)?.ParameterValue;
        if (value === undefined) {
          return ctx.fail(resource, `Aurora MySQL DB cluster ${resource.id} does not audit: ${PARAMETER} has no value in cluster parameter group ${name}, so the engine default (off) applies.`);
        }
        if (!isOn(value)) return ctx.fail(resource, `Aurora MySQL DB cluster ${resource.id} does not audit: ${PARAMETER} is ${value} in cluster parameter group ${name}.`);
        // RDS.45 also needs events to record, and the group applied on every member.
        const events = findParameter(read.value, EVENTS)?.ParameterValue?.trim();
        if (!events) return ctx.fail(resource, `Aurora MySQL DB cluster ${resource.id} audits no events: ${PARAMETER} is ${value} but ${EVENTS} is empty in cluster parameter group ${name}.`);
        const unsynced = (cluster.DBClusterMembers ?? []).filter((m) => m.DBClusterParameterGroupStatus !== undefined && m.DBClusterParameterGroupStatus !== 'in-sync');
        if (unsynced.length) {
          const which = unsynced.map((m) => `${m.DBInstanceIdentifier ?? 'a member'} (${m.DBClusterParameterGroupStatus})`).join(', ');
          return ctx.fail(resource, `Aurora MySQL DB cluster ${resource.id} sets ${PARAMETER} ${value} in cluster parameter group ${name}, but the group is not in sync on ${which}, so the audit settings may not be live there.`);
        }
        return ctx.pass(resource, `Aurora MySQL DB cluster ${resource.id} audits ${events} with ${PARAMETER} ${value} in cluster parameter group ${name}.`);
      });
  },
});
