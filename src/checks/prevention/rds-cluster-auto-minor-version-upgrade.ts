import { defineCheck } from '../define.js';
import { clusterKind, clusterRef, isAuroraEngine } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-cluster-auto-minor-version-upgrade',
  title: 'Multi-AZ DB clusters apply minor engine upgrades automatically',
  pillar: 'prevention',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBCluster',
  description:
    'Each Multi-AZ DB cluster (engine mysql or postgres) has AutoMinorVersionUpgrade true at the cluster level. Aurora clusters are not evaluated: RDS.35 does not apply to them, and Aurora applies minor upgrades through the setting on each instance, which rds-instance-auto-minor-version-upgrade judges.',
  risk: 'Clusters left on old minor versions keep known, published vulnerabilities of the database engine until someone upgrades them by hand.',
  remediation: {
    text: 'Turn on automatic minor version upgrades for the cluster.',
    console: 'RDS > Databases > select the cluster > Modify > Maintenance > Enable auto minor version upgrade.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --auto-minor-version-upgrade --apply-immediately',
  },
  references: {
    securityHub: { ids: ['RDS.35'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/multi-az-db-clusters-upgrading.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-35',
    ],
  },
  reads: ['rds.clusters'],
  evaluate({ 'rds.clusters': clusters }, ctx) {
    return clusters.filter((cluster) => !isAuroraEngine(cluster.Engine)).map((cluster) => {
      const resource = clusterRef(cluster);
      const subject = `${clusterKind(cluster)} ${resource.id}`;
      if (cluster.AutoMinorVersionUpgrade === true) return ctx.pass(resource, `${subject} applies minor engine upgrades automatically.`);
      return cluster.AutoMinorVersionUpgrade === false
        ? ctx.fail(resource, `${subject} does not apply minor engine upgrades automatically.`)
        : ctx.undetermined(resource, `${subject} reports no AutoMinorVersionUpgrade setting, so whether minor engine upgrades are applied automatically is unknown.`);
    });
  },
});
