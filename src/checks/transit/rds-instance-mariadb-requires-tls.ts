import { defineCheck } from '../define.js';
import { instanceTlsFindings, MARIADB_TLS } from '../lib/rds-parameters.js';

export default defineCheck({
  id: 'rds-instance-mariadb-requires-tls',
  title: 'RDS for MariaDB instances require TLS for every connection (require_secure_transport ON)',
  pillar: 'transit',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBInstance',
  description:
    'Each RDS for MariaDB instance has require_secure_transport set to 1 (ON) in its DB parameter group, and the group is in-sync on the instance. A parameter without a value takes the engine default, which is off.',
  risk: 'With require_secure_transport off the server accepts unencrypted connections, so passwords and data can cross the network in clear text whenever a client does not ask for TLS.',
  remediation: {
    text: 'Set require_secure_transport to ON in a custom DB parameter group attached to the instance (MariaDB 10.5 and later).',
    console: 'RDS > Parameter groups > select the instance\'s group > Edit > require_secure_transport = ON > Save changes.',
    cli: 'aws rds modify-db-parameter-group --db-parameter-group-name <group> --parameters "ParameterName=require_secure_transport,ParameterValue=ON,ApplyMethod=immediate"',
  },
  references: {
    securityHub: { ids: ['RDS.44'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mariadb-ssl-connections.require-ssl.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-44',
    ],
  },
  reads: ['rds.instances', 'rds.instanceParameterGroups'],
  evaluate: ({ 'rds.instances': instances, 'rds.instanceParameterGroups': groups }, ctx) => instanceTlsFindings(instances, groups, MARIADB_TLS, ctx),
});
