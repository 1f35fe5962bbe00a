import { defineCheck } from '../define.js';
import { instanceTlsFindings, POSTGRES_TLS } from '../lib/rds-parameters.js';

export default defineCheck({
  id: 'rds-instance-postgres-requires-tls',
  title: 'RDS for PostgreSQL instances require TLS for every connection (rds.force_ssl = 1)',
  pillar: 'transit',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBInstance',
  description:
    'Each RDS for PostgreSQL instance outside a cluster has rds.force_ssl set to 1 in its DB parameter group, and the group is in-sync on the instance. A parameter without a value takes the engine default, which is 1 from PostgreSQL 15 and 0 before. Multi-AZ DB cluster members follow the cluster parameter group and are not evaluated.',
  risk: 'Without rds.force_ssl the server accepts unencrypted connections, so credentials and query results can cross the network in clear text whenever a client does not insist on TLS (libpq and JDBC default to "prefer").',
  remediation: {
    text: 'Set rds.force_ssl to 1 in a custom DB parameter group attached to the instance; the parameter is dynamic, but a newly attached group needs a reboot to become in-sync.',
    console: 'RDS > Parameter groups > select the instance\'s group > Edit > rds.force_ssl = 1 > Save changes.',
    cli: 'aws rds modify-db-parameter-group --db-parameter-group-name <group> --parameters "ParameterName=rds.force_ssl,ParameterValue=1,ApplyMethod=immediate"',
  },
  references: {
    securityHub: { ids: ['RDS.38'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html#PostgreSQL.Concepts.General.SSL.Requiring',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-38',
    ],
  },
  reads: ['rds.instances', 'rds.instanceParameterGroups'],
  evaluate: ({ 'rds.instances': instances, 'rds.instanceParameterGroups': groups }, ctx) => instanceTlsFindings(instances, groups, POSTGRES_TLS, ctx),
});
