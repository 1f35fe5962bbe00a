import { defineCheck } from '../define.js';
import { clusterKind, clusterRef, isAuroraEngine } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-cluster-iam-auth-enabled',
  title: 'Aurora DB clusters accept IAM database authentication',
  pillar: 'iam',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBCluster',
  description: 'Each Aurora DB cluster has IAMDatabaseAuthenticationEnabled true. Multi-AZ DB clusters are not evaluated.',
  risk: 'Without IAM authentication every client needs a long-lived database password, which is copied into configuration, rarely rotated and not revoked when the person or workload leaves.',
  remediation: {
    text: 'Enable IAM database authentication on the cluster, then map database users to IAM and allow rds-db:connect.',
    console: 'RDS > Databases > select the cluster > Modify > Database authentication > Password and IAM database authentication.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --enable-iam-database-authentication --apply-immediately',
  },
  references: {
    securityHub: { ids: ['RDS.12'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-12',
    ],
  },
  reads: ['rds.clusters'],
  evaluate({ 'rds.clusters': clusters }, ctx) {
    return clusters
      .filter((cluster) => isAuroraEngine(cluster.Engine))
      .map((cluster) => {
        const resource = clusterRef(cluster);
        const subject = `${clusterKind(cluster)} ${resource.id}`;
        return cluster.IAMDatabaseAuthenticationEnabled === true
          ? ctx.pass(resource, `${subject} accepts IAM database authentication.`)
          : ctx.fail(resource, `${subject} does not accept IAM database authentication; clients must use database passwords.`);
      });
  },
});
