import { defineCheck } from '../define.js';
import { instanceTlsFindings, SQLSERVER_TLS } from '../lib/rds-parameters.js';

export default defineCheck({
  id: 'rds-instance-sqlserver-requires-tls',
  title: 'RDS for SQL Server instances require TLS for every connection (rds.force_ssl = 1)',
  pillar: 'transit',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBInstance',
  description:
    'Each RDS for SQL Server instance has rds.force_ssl set to 1 in its DB parameter group, and the group is in-sync on the instance. A parameter without a value takes the engine default, which is 0.',
  risk: 'Without rds.force_ssl, clients that do not request encryption connect in clear text, exposing logins and data on the network.',
  remediation: {
    text: 'Set rds.force_ssl to 1 in a custom DB parameter group attached to the instance, then reboot: the parameter is static, and a group that is pending-reboot does not yet enforce it.',
    console: 'RDS > Parameter groups > select the instance\'s group > Edit > rds.force_ssl = 1 > Save changes; then reboot the instance.',
    cli: 'aws rds modify-db-parameter-group --db-parameter-group-name <group> --parameters "ParameterName=rds.force_ssl,ParameterValue=1,ApplyMethod=pending-reboot" && aws rds reboot-db-instance --db-instance-identifier <instance>',
  },
  references: {
    securityHub: { ids: ['RDS.41'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/SQLServer.Concepts.General.SSL.Using.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-41',
    ],
  },
  reads: ['rds.instances', 'rds.instanceParameterGroups'],
  evaluate: ({ 'rds.instances': instances, 'rds.instanceParameterGroups': groups }, ctx) => instanceTlsFindings(instances, groups, SQLSERVER_TLS, ctx),
});
