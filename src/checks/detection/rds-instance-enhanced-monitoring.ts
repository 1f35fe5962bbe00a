import { defineCheck } from '../define.js';
import { instanceRef } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-instance-enhanced-monitoring',
  title: 'RDS DB instances have Enhanced Monitoring enabled',
  pillar: 'detection',
  service: 'rds',
  severity: 'low',
  resourceType: 'AWS::RDS::DBInstance',
  description: 'Each RDS DB instance has a MonitoringInterval greater than 0, so Enhanced Monitoring sends operating-system metrics to CloudWatch Logs.',
  risk: 'Without Enhanced Monitoring, process-level CPU, memory and I/O of the database host are invisible, which slows the diagnosis of abuse (crypto-mining, runaway queries) and outages.',
  remediation: {
    text: 'Enable Enhanced Monitoring with a granularity of 60 seconds or less and a monitoring role.',
    console: 'RDS > Databases > select the instance > Modify > Monitoring > Enable Enhanced Monitoring.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --monitoring-interval 60 --monitoring-role-arn <role-arn> --apply-immediately',
  },
  references: {
    securityHub: { ids: ['RDS.6'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-6',
    ],
  },
  reads: ['rds.instances'],
  evaluate({ 'rds.instances': instances }, ctx) {
    return instances.map((db) => {
      const resource = instanceRef(db);
      const interval = db.MonitoringInterval ?? 0;
      return interval > 0
        ? ctx.pass(resource, `DB instance ${resource.id} has Enhanced Monitoring enabled every ${interval} seconds.`)
        : ctx.fail(resource, `DB instance ${resource.id} has Enhanced Monitoring disabled (MonitoringInterval 0).`);
    });
  },
});
