import { defineCheck } from '../define.js';
import { clusterLabel, clusterRef } from '../lib/dynamodb.js';

export default defineCheck({
  id: 'dynamodb-dax-cluster-transit-encrypted',
  title: 'DAX clusters encrypt their endpoint connections with TLS',
  pillar: 'transit',
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'AWS::DAX::Cluster',
  description:
    'Each DynamoDB Accelerator (DAX) cluster has ClusterEndpointEncryptionType TLS. NONE fails; the setting is fixed at creation, so the fix is a new cluster. An answer without the field fails, since NONE is the default.',
  risk: 'Without TLS on the cluster endpoint, cached items and the requests that read them cross the network in clear text between the application and the cluster.',
  remediation: {
    text: 'Create a new DAX cluster with encryption in transit (TLS), point the application at its endpoint with a TLS-capable DAX client, and delete the old cluster.',
    console: 'DynamoDB > DAX > Clusters > Create cluster > Encryption: enable "Encryption in transit".',
    cli: 'aws dax create-cluster --cluster-name <name> --node-type <type> --replication-factor 3 --iam-role-arn <role-arn> --cluster-endpoint-encryption-type TLS --sse-specification Enabled=true',
  },
  references: {
    securityHub: { ids: ['DynamoDB.7'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-7',
    ],
  },
  reads: ['dax.clusters'],
  evaluate({ 'dax.clusters': clusters }, ctx) {
    return clusters.map((cluster) => {
      const resource = clusterRef(cluster, ctx);
      const label = clusterLabel(cluster);
      const type = cluster.ClusterEndpointEncryptionType;
      if (type === 'TLS') return ctx.pass(resource, `${label} encrypts connections to its endpoint with TLS.`);
      if (type === 'NONE' || type === undefined)
        return ctx.fail(resource, `${label} does not encrypt connections to its endpoint (ClusterEndpointEncryptionType ${type ?? 'not reported, NONE by default'}); the setting is fixed at creation, so a new cluster is needed.`);
      return ctx.undetermined(resource, `${label} reports ClusterEndpointEncryptionType ${type}, which this check does not know.`);
    });
  },
});
