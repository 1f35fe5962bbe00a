import { defineCheck } from '../define.js';
import { instanceRef, isClusterMember, isDefaultAdminUsername, supportsIamAuth } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-instance-custom-admin-username',
  title: 'RDS DB instances use a master username other than admin or postgres',
  pillar: 'iam',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBInstance',
  description:
    'Each RDS for MySQL, MariaDB or PostgreSQL instance outside a cluster has a MasterUsername other than admin or postgres, compared case-insensitively. Cluster members are judged on their cluster; Oracle, SQL Server and Db2 instances are not evaluated.',
  risk: 'A default master username is half of the credential an attacker needs: password-spraying tools try admin and postgres first.',
  remediation: {
    text: 'The master username cannot be changed after creation: migrate to an instance created with a custom master username (a snapshot restore keeps the old one), or create a new administrative user and disable login for the default one.',
    console: 'RDS > Databases > Create database > Settings > Master username: a name that is not admin or postgres.',
    cli: 'aws rds create-db-instance --db-instance-identifier <instance> --engine <engine> --master-username <custom-name> --manage-master-user-password ...',
  },
  references: {
    securityHub: { ids: ['RDS.25'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.MasterAccounts.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-25',
    ],
  },
  reads: ['rds.instances'],
  evaluate({ 'rds.instances': instances }, ctx) {
    return instances
      .filter((db) => !isClusterMember(db) && supportsIamAuth(db.Engine))
      .map((db) => {
        const resource = instanceRef(db);
        const user = db.MasterUsername;
        if (!user) return ctx.undetermined(resource, `DB instance ${resource.id} (${db.Engine}) reports no master username, so whether it is a default one is unknown.`);
        return isDefaultAdminUsername(user)
          ? ctx.fail(resource, `DB instance ${resource.id} (${db.Engine}) uses the default master username ${user}.`)
          : ctx.pass(resource, `DB instance ${resource.id} (${db.Engine}) uses a custom master username.`);
      });
  },
});
