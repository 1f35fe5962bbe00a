import { defineCheck } from '../define.js';
import { clusterLabel, clusterRef } from '../lib/dynamodb.js';

export default defineCheck({
  id: 'dynamodb-dax-cluster-encrypted',
  title: 'DAX clusters are encrypted at rest',
  pillar: 'rest',
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'AWS::DAX::Cluster',
  description:
    'Each DynamoDB Accelerator (DAX) cluster has SSEDescription.Status ENABLED. Encryption at rest is chosen at creation; DISABLED, a transitional status or no SSEDescription fails.',
  risk: 'An unencrypted DAX cluster keeps cached table items, and the logs and snapshots of its nodes, in clear text on the node storage.',
  remediation: {
    text: 'Create a new DAX cluster with server-side encryption enabled, move the application to it and delete the old cluster.',
    console: 'DynamoDB > DAX > Clusters > Create cluster > Encryption: enable "Encryption at rest".',
    cli: 'aws dax create-cluster --cluster-name <name> --node-type <type> --replication-factor 3 --iam-role-arn <role-arn> --sse-specification Enabled=true --cluster-endpoint-encryption-type TLS',
  },
  references: {
    securityHub: { ids: ['DynamoDB.3'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-3',
    ],
  },
  reads: ['dax.clusters'],
  evaluate({ 'dax.clusters': clusters }, ctx) {
    return clusters.map((cluster) => {
      const resource = clusterRef(cluster, ctx);
      const label = clusterLabel(cluster);
      const status = cluster.SSEDescription?.Status;
      if (status === 'ENABLED') return ctx.pass(resource, `${label} is encrypted at rest.`);
      if (status === undefined) return ctx.fail(resource, `${label} reports no server-side encryption (no SSEDescription), so it is not encrypted at rest; encryption is chosen at creation.`);
      return ctx.fail(resource, `${label} is not encrypted at rest (SSEDescription.Status ${status}); encryption is chosen at creation, so a new cluster is needed.`);
    });
  },
});
