import { defineCheck } from '../define.js';
import { clusterKind, clusterRef, isAuroraEngine } from '../../data/rds-engines.js';

/** The Security Hub control that judges a cluster of this engine. */
function controlOf(engine: string | undefined): string | undefined {
  if (isAuroraEngine(engine)) return 'RDS.16';
  if (engine === 'postgres') return 'RDS.47';
  if (engine === 'mysql') return 'RDS.48';
  return undefined;
}

export default defineCheck({
  id: 'rds-cluster-copy-tags-to-snapshots',
  title: 'RDS DB clusters copy their tags to snapshots',
  pillar: 'rest',
  service: 'rds',
  severity: 'low',
  resourceType: 'AWS::RDS::DBCluster',
  description:
    'Each DB cluster has CopyTagsToSnapshot true. Security Hub splits this by kind: RDS.16 for Aurora clusters, RDS.47 for PostgreSQL and RDS.48 for MySQL Multi-AZ DB clusters; each message names the control that applies.',
  risk: 'Snapshots without the source\'s tags escape tag-based access control (aws:ResourceTag conditions), cost allocation and retention automation, and their owner and data classification are lost.',
  remediation: {
    text: 'Enable "Copy tags to snapshots" on the cluster; existing snapshots keep their tags as they are.',
    console: 'RDS > Databases > select the cluster > Modify > Additional configuration > Copy tags to snapshots.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --copy-tags-to-snapshot --apply-immediately',
  },
  references: {
    securityHub: { ids: ['RDS.16', 'RDS.47', 'RDS.48'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_Tagging.html#USER_Tagging.CopyTags',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-16',
    ],
  },
  reads: ['rds.clusters'],
  evaluate({ 'rds.clusters': clusters }, ctx) {
    return clusters.map((cluster) => {
      const resource = clusterRef(cluster);
      const control = controlOf(cluster.Engine);
      const subject = `${clusterKind(cluster)} ${resource.id}${control ? ` (${control})` : ''}`;
      const finding = cluster.CopyTagsToSnapshot === true
        ? ctx.pass(resource, `${subject} copies its tags to snapshots.`)
        : ctx.fail(resource, `${subject} does not copy its tags to snapshots.`);
      // A cluster of another engine is reported but counts for none of the three controls.
      return { ...finding, controls: control ? [control] : [] };
    });
  },
});
