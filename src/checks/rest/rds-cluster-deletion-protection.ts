import { defineCheck } from '../define.js';
import { clusterKind, clusterRef } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-cluster-deletion-protection',
  title: 'RDS DB clusters have deletion protection enabled',
  pillar: 'rest',
  service: 'rds',
  severity: 'low',
  resourceType: 'AWS::RDS::DBCluster',
  description: 'Each Aurora DB cluster and Multi-AZ DB cluster has DeletionProtection true.',
  risk: 'Without deletion protection, one mistaken API call, console click or infrastructure-as-code change deletes the cluster and its data.',
  remediation: {
    text: 'Enable deletion protection on the cluster.',
    console: 'RDS > Databases > select the cluster > Modify > Additional configuration > Enable deletion protection.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --deletion-protection --apply-immediately',
  },
  references: {
    securityHub: { ids: ['RDS.7'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html#USER_DeletionProtection',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-7',
    ],
  },
  reads: ['rds.clusters'],
  evaluate({ 'rds.clusters': clusters }, ctx) {
    return clusters.map((cluster) => {
      const resource = clusterRef(cluster);
      const kind = clusterKind(cluster);
      return cluster.DeletionProtection === true
        ? ctx.pass(resource, `${kind} ${resource.id} has deletion protection enabled.`)
        : ctx.fail(resource, `${kind} ${resource.id} has deletion protection disabled.`);
    });
  },
});
