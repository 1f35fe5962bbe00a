import { defineCheck } from '../define.js';
import { clusterLabel, clusterRef } from '../lib/redshift.js';

export default defineCheck({
  id: 'redshift-cluster-version-upgrade-allowed',
  title: 'Redshift clusters accept engine version upgrades in their maintenance window',
  pillar: 'prevention',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AWS::Redshift::Cluster',
  description:
    'Each provisioned Redshift cluster has AllowVersionUpgrade true (Redshift.6\'s title speaks of major versions; the attribute governs engine upgrades applied in the maintenance window). Paused clusters are evaluated; clusters being created or deleted are not.',
  risk: 'A cluster that refuses engine upgrades stays on a version without the latest security fixes until someone upgrades it by hand.',
  remediation: {
    text: 'Allow version upgrades so Redshift applies new engine versions during the maintenance window.',
    console: 'Amazon Redshift > Clusters > select the cluster > Maintenance > Edit > Allow version upgrade.',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --allow-version-upgrade',
  },
  references: {
    securityHub: { ids: ['Redshift.6'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-6',
    ],
  },
  reads: ['redshift.clusters'],
  evaluate({ 'redshift.clusters': clusters }, ctx) {
    return clusters.map((cluster) => {
      const resource = clusterRef(cluster, ctx);
      const subject = clusterLabel(cluster);
      const version = cluster.ClusterVersion ? ` (version ${cluster.ClusterVersion}${cluster.MaintenanceTrackName ? `, ${cluster.MaintenanceTrackName} track` : ''})` : '';
      if (cluster.AllowVersionUpgrade === true) return ctx.pass(resource, `${subject}${version} accepts engine version upgrades in its maintenance window.`);
      if (cluster.AllowVersionUpgrade === false) return ctx.fail(resource, `${subject}${version} does not accept engine version upgrades (AllowVersionUpgrade is false).`);
      return ctx.undetermined(resource, `${subject} does not report AllowVersionUpgrade in the DescribeClusters answer.`);
    });
  },
});
