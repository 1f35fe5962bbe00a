import { defineCheck } from '../define.js';
import { instanceRef, isClusterMember, supportsIamAuth } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-instance-iam-auth-enabled',
  title: 'RDS for MySQL, MariaDB and PostgreSQL instances accept IAM database authentication',
  pillar: 'iam',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBInstance',
  description:
    'Each RDS for MySQL, MariaDB or PostgreSQL instance outside a cluster has IAMDatabaseAuthenticationEnabled true. Cluster members are judged on their cluster; Oracle, SQL Server and Db2 do not support IAM authentication and are not evaluated.',
  risk: 'Without IAM authentication every client needs a long-lived database password, which is copied into configuration, rarely rotated and not revoked when the person or workload leaves.',
  remediation: {
    text: 'Enable IAM database authentication, then grant database users the rds_iam role (PostgreSQL) or the AWSAuthenticationPlugin (MySQL, MariaDB) and allow rds-db:connect in IAM.',
    console: 'RDS > Databases > select the instance > Modify > Database authentication > Password and IAM database authentication.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --enable-iam-database-authentication --apply-immediately',
  },
  references: {
    securityHub: { ids: ['RDS.10'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-10',
    ],
  },
  reads: ['rds.instances'],
  evaluate({ 'rds.instances': instances }, ctx) {
    return instances
      .filter((db) => !isClusterMember(db) && supportsIamAuth(db.Engine))
      .map((db) => {
        const resource = instanceRef(db);
        return db.IAMDatabaseAuthenticationEnabled === true
          ? ctx.pass(resource, `DB instance ${resource.id} (${db.Engine}) accepts IAM database authentication.`)
          : ctx.fail(resource, `DB instance ${resource.id} (${db.Engine}) does not accept IAM database authentication; clients must use database passwords.`);
      });
  },
});
