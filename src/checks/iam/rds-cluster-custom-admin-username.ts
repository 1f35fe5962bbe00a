import { defineCheck } from '../define.js';
import { clusterKind, clusterRef, isDefaultAdminUsername } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-cluster-custom-admin-username',
  title: 'RDS DB clusters use a master username other than admin or postgres',
  pillar: 'iam',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBCluster',
  description: 'Each Aurora DB cluster and Multi-AZ DB cluster has a MasterUsername other than admin or postgres, compared case-insensitively.',
  risk: 'A default master username is half of the credential an attacker needs: password-spraying tools try admin and postgres first.',
  remediation: {
    text: 'The master username cannot be changed after creation: migrate to a cluster created with a custom master username (a snapshot restore keeps the old one), or create a new administrative user and disable login for the default one.',
    console: 'RDS > Databases > Create database > Settings > Master username: a name that is not admin or postgres.',
    cli: 'aws rds create-db-cluster --db-cluster-identifier <cluster> --engine <engine> --master-username <custom-name> --manage-master-user-password ...',
  },
  references: {
    securityHub: { ids: ['RDS.24'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.MasterAccounts.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-24',
    ],
  },
  reads: ['rds.clusters'],
  evaluate({ 'rds.clusters': clusters }, ctx) {
    return clusters.map((cluster) => {
      const resource = clusterRef(cluster);
      const subject = `${clusterKind(cluster)} ${resource.id}`;
      const user = cluster.MasterUsername;
      if (!user) return ctx.undetermined(resource, `${subject} reports no master username, so whether it is a default one is unknown.`);
      return isDefaultAdminUsername(user)
        ? ctx.fail(resource, `${subject} uses the default master username ${user}.`)
        : ctx.pass(resource, `${subject} uses a custom master username.`);
    });
  },
});
