import { defineCheck } from '../define.js';
import { instanceTlsFindings, MYSQL_TLS } from '../lib/rds-parameters.js';

export default defineCheck({
  id: 'rds-instance-mysql-requires-tls',
  title: 'RDS for MySQL instances require TLS for every connection (require_secure_transport ON)',
  pillar: 'transit',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBInstance',
  description:
    'Each RDS for MySQL instance outside a cluster has require_secure_transport set to 1 (ON) in its DB parameter group, and the group is in-sync on the instance. A parameter without a value takes the engine default, which is off. Multi-AZ DB cluster members follow the cluster parameter group and are not evaluated.',
  risk: 'With require_secure_transport off the server accepts unencrypted connections, so passwords and data can cross the network in clear text whenever a client does not ask for TLS.',
  remediation: {
    text: 'Set require_secure_transport to 1 in a custom DB parameter group attached to the instance (MySQL 5.7 and later).',
    console: 'RDS > Parameter groups > select the instance\'s group > Edit > require_secure_transport = 1 > Save changes.',
    cli: 'aws rds modify-db-parameter-group --db-parameter-group-name <group> --parameters "ParameterName=require_secure_transport,ParameterValue=1,ApplyMethod=immediate"',
  },
  references: {
    securityHub: { ids: ['RDS.39'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-ssl-connections.require-ssl.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-39',
    ],
  },
  reads: ['rds.instances', 'rds.instanceParameterGroups'],
  evaluate: ({ 'rds.instances': instances, 'rds.instanceParameterGroups': groups }, ctx) => instanceTlsFindings(instances, groups, MYSQL_TLS, ctx),
});
