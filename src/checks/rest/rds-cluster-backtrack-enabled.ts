import { defineCheck } from '../define.js';
import { clusterRef, isAuroraMysql } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-cluster-backtrack-enabled',
  title: 'Aurora MySQL DB clusters have backtracking enabled',
  pillar: 'rest',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBCluster',
  description: 'Each Aurora MySQL DB cluster has a BacktrackWindow greater than 0, so it can be rewound in place to an earlier time. Other engines do not support backtracking and are not evaluated.',
  risk: 'Without backtracking, undoing a destructive statement means a point-in-time restore into a new cluster, which takes far longer and changes the endpoint.',
  remediation: {
    text: 'Backtracking can only be enabled when the cluster is created (or restored): restore a snapshot or a point in time into a new cluster with a target backtrack window, then move clients over.',
    console: 'RDS > Snapshots > select the cluster snapshot > Actions > Restore snapshot > Backtrack > Enable Backtrack.',
    cli: 'aws rds restore-db-cluster-to-point-in-time --source-db-cluster-identifier <cluster> --db-cluster-identifier <new-cluster> --use-latest-restorable-time --backtrack-window 86400',
  },
  references: {
    securityHub: { ids: ['RDS.14'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-14',
    ],
  },
  reads: ['rds.clusters'],
  evaluate({ 'rds.clusters': clusters }, ctx) {
    return clusters
      .filter((cluster) => isAuroraMysql(cluster.Engine))
      .map((cluster) => {
        const resource = clusterRef(cluster);
        const window = cluster.BacktrackWindow ?? 0;
        return window > 0
          ? ctx.pass(resource, `Aurora MySQL DB cluster ${resource.id} has backtracking enabled with a ${formatWindow(window)} window.`)
          : ctx.fail(resource, `Aurora MySQL DB cluster ${resource.id} has backtracking disabled (BacktrackWindow ${cluster.BacktrackWindow === undefined ? 'not set' : '0'}).`);
      });
  },
});

function formatWindow(seconds: number): string {
  return seconds % 3600 === 0 ? `${seconds / 3600}-hour` : `${seconds}-second`;
}
