import { defineCheck } from '../define.js';
import { clusterLabel, clusterRef } from '../lib/redshift.js';

/** Redshift.3's default minimum; the control allows 7 to 35 days. */
const MIN_RETENTION_DAYS = 7;

export default defineCheck({
  id: 'redshift-cluster-automated-snapshots',
  title: 'Redshift clusters keep automated snapshots for at least 7 days',
  pillar: 'rest',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AWS::Redshift::Cluster',
  description: `Each provisioned Redshift cluster has AutomatedSnapshotRetentionPeriod of at least ${MIN_RETENTION_DAYS} days (the default minimum of Redshift.3, which allows 7 to 35); 0 means automated snapshots are off. Paused clusters are evaluated; clusters being created or deleted are not.`,
  risk: 'Without automated snapshots kept long enough, a dropped table, a bad load or a deleted cluster cannot be restored to a point before the mistake.',
  remediation: {
    text: `Set the automated snapshot retention period to ${MIN_RETENTION_DAYS} days or more (up to 35).`,
    console: 'Amazon Redshift > Clusters > select the cluster > Maintenance > Backup details > Edit > Automated snapshot retention period.',
    cli: `aws redshift modify-cluster --cluster-identifier <cluster> --automated-snapshot-retention-period ${MIN_RETENTION_DAYS}`,
  },
  references: {
    securityHub: { ids: ['Redshift.3'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-3',
    ],
  },
  reads: ['redshift.clusters'],
  evaluate({ 'redshift.clusters': clusters }, ctx) {
    return clusters.map((cluster) => {
      const resource = clusterRef(cluster, ctx);
      const subject = clusterLabel(cluster);
      const days = cluster.AutomatedSnapshotRetentionPeriod;
      if (typeof days !== 'number') return ctx.undetermined(resource, `${subject} reports no AutomatedSnapshotRetentionPeriod, so how long it keeps automated snapshots is unknown.`);
      if (days <= 0) return ctx.fail(resource, `${subject} has automated snapshots turned off (retention period 0).`);
      return days >= MIN_RETENTION_DAYS
        ? ctx.pass(resource, `${subject} keeps automated snapshots for ${days} days.`)
        : ctx.fail(resource, `${subject} keeps automated snapshots for ${days} day${days === 1 ? '' : 's'}, less than ${MIN_RETENTION_DAYS}.`);
    });
  },
});
