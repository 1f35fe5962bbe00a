import { defineCheck } from '../define.js';
import { clusterLabel, clusterRef } from '../lib/redshift.js';

export default defineCheck({
  id: 'redshift-cluster-multi-az',
  title: 'Redshift clusters are deployed across multiple Availability Zones',
  pillar: 'rest',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AWS::Redshift::Cluster',
  description:
    'Each provisioned Redshift cluster has MultiAZ "Enabled" (a string in DescribeClusters). Only RA3 node types support Multi-AZ: clusters of other node types fail with that reason. Paused clusters are evaluated; clusters being created or deleted are not.',
  risk: 'A single-AZ cluster is unavailable for as long as its Availability Zone is impaired, and recovering it elsewhere means restoring from a snapshot.',
  remediation: {
    text: 'Enable Multi-AZ on an RA3 cluster; other node types must first be resized to RA3.',
    console: 'Amazon Redshift > Clusters > select the cluster > Actions > Activate Multi-AZ.',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --multi-az',
  },
  references: {
    securityHub: { ids: ['Redshift.18'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-multi-az.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-18',
    ],
  },
  reads: ['redshift.clusters'],
  evaluate({ 'redshift.clusters': clusters }, ctx) {
    return clusters.map((cluster) => {
      const resource = clusterRef(cluster, ctx);
      const subject = clusterLabel(cluster);
      const multiAz = cluster.MultiAZ;
      if ((multiAz ?? '').trim().toLowerCase() === 'enabled') return ctx.pass(resource, `${subject} is deployed across multiple Availability Zones (MultiAZ Enabled).`);
      const node = cluster.NodeType ?? '';
      const stated = multiAz ? `MultiAZ is ${multiAz}` : 'it reports no MultiAZ setting';
      if (node && !/^ra3\./i.test(node)) {
        return ctx.fail(resource, `${subject} is not Multi-AZ (${stated}): its node type ${node} does not support Multi-AZ, only RA3 node types do; resize it to RA3 first.`);
      }
      return ctx.fail(resource, `${subject} is not Multi-AZ (${stated}).`);
    });
  },
});
