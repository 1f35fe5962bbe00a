import { defineCheck } from '../define.js';
import { clusterLabel, clusterRef } from '../lib/redshift.js';

export default defineCheck({
  id: 'redshift-cluster-encrypted',
  title: 'Redshift clusters are encrypted at rest',
  pillar: 'rest',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AWS::Redshift::Cluster',
  description:
    'Each provisioned Redshift cluster has Encrypted true (DescribeClusters), with any KMS key. Newer clusters may be encrypted by default: the value is read, never assumed, and an answer without it is an ERROR. Paused clusters are evaluated; clusters being created or deleted are not.',
  risk: 'An unencrypted cluster keeps its data blocks, system metadata and snapshots in clear text on storage, readable by anyone who obtains the underlying media or a copy of a snapshot.',
  remediation: {
    text: 'Encrypt the cluster with a KMS key; Redshift migrates the data in place (the cluster is read-only meanwhile).',
    console: 'Amazon Redshift > Clusters > select the cluster > Properties > Database configurations > Edit encryption.',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --encrypted --kms-key-id <key-arn>',
  },
  references: {
    securityHub: { ids: ['Redshift.10'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-10',
    ],
  },
  reads: ['redshift.clusters'],
  evaluate({ 'redshift.clusters': clusters }, ctx) {
    return clusters.map((cluster) => {
      const resource = clusterRef(cluster, ctx);
      const subject = clusterLabel(cluster);
      if (cluster.Encrypted === true) return ctx.pass(resource, `${subject} is encrypted at rest${cluster.KmsKeyId ? ` with KMS key ${cluster.KmsKeyId}` : ''}.`);
      if (cluster.Encrypted === false) return ctx.fail(resource, `${subject} is not encrypted at rest.`);
      return ctx.undetermined(resource, `${subject} does not report whether it is encrypted (no Encrypted in the DescribeClusters answer).`);
    });
  },
});
