import { defineCheck } from '../define.js';
import { clusterRef, isAuroraMysql, isAuroraPostgresql } from '../../data/rds-engines.js';

/** The log type each Aurora engine must export, and the control that asks for it. */
function requirementOf(engine: string | undefined): { kind: string; logType: string; control: string } | undefined {
  if (isAuroraMysql(engine)) return { kind: 'Aurora MySQL DB cluster', logType: 'audit', control: 'RDS.34' };
  if (isAuroraPostgresql(engine)) return { kind: 'Aurora PostgreSQL DB cluster', logType: 'postgresql', control: 'RDS.37' };
  return undefined;
}

export default defineCheck({
  id: 'rds-cluster-logs-exported',
  title: 'Aurora DB clusters export their audit or PostgreSQL logs to CloudWatch Logs',
  pillar: 'detection',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBCluster',
  description:
    'Aurora MySQL clusters export the audit log (RDS.34) and Aurora PostgreSQL clusters export the postgresql log (RDS.37) to CloudWatch Logs. Multi-AZ DB clusters are not evaluated.',
  risk: 'Logs kept only in the cluster rotate away and vanish with it, so logins and audited statements are missing when an incident is investigated.',
  remediation: {
    text: 'Enable export of the log type to CloudWatch Logs. Aurora MySQL also needs server_audit_logging on in the cluster parameter group for the audit log to have content.',
    console: 'RDS > Databases > select the cluster > Modify > Log exports.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["audit"]}\' --apply-immediately',
  },
  references: {
    securityHub: { ids: ['RDS.34', 'RDS.37'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/publishing_cloudwatchlogs.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-34',
    ],
  },
  reads: ['rds.clusters'],
  evaluate({ 'rds.clusters': clusters }, ctx) {
    return clusters.flatMap((cluster) => {
      const requirement = requirementOf(cluster.Engine);
      if (!requirement) return [];
      const resource = clusterRef(cluster);
      const exported = cluster.EnabledCloudwatchLogsExports ?? [];
      const subject = `${requirement.kind} ${resource.id} (${requirement.control})`;
      const finding = exported.includes(requirement.logType)
        ? ctx.pass(resource, `${subject} exports its ${requirement.logType} log to CloudWatch Logs.`)
        : ctx.fail(resource, `${subject} does not export its ${requirement.logType} log to CloudWatch Logs${exported.length ? ` (it exports ${exported.join(', ')})` : ''}.`);
      return [{ ...finding, controls: [requirement.control] }];
    });
  },
});
