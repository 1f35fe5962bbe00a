import { defineCheck } from '../define.js';
import { clusterLabel, clusterRef } from '../lib/redshift.js';

export default defineCheck({
  id: 'redshift-cluster-enhanced-vpc-routing',
  title: 'Redshift clusters use enhanced VPC routing',
  pillar: 'prevention',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AWS::Redshift::Cluster',
  description:
    'Each provisioned Redshift cluster has EnhancedVpcRouting true, so COPY and UNLOAD traffic to S3 and other services stays in the VPC, under its endpoints, route tables, security groups and flow logs. Paused clusters are evaluated; clusters being created or deleted are not.',
  risk: 'Without enhanced VPC routing, COPY and UNLOAD traffic goes through the internet path of the Redshift service, outside the controls and the flow logs of the VPC.',
  remediation: {
    text: 'Enable enhanced VPC routing, and give the VPC a route to S3 (gateway endpoint or NAT) so COPY and UNLOAD keep working.',
    console: 'Amazon Redshift > Clusters > select the cluster > Properties > Network and security settings > Edit > Enhanced VPC routing.',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --enhanced-vpc-routing',
  },
  references: {
    securityHub: { ids: ['Redshift.7'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-7',
    ],
  },
  reads: ['redshift.clusters'],
  evaluate({ 'redshift.clusters': clusters }, ctx) {
    return clusters.map((cluster) => {
      const resource = clusterRef(cluster, ctx);
      const subject = clusterLabel(cluster);
      if (cluster.EnhancedVpcRouting === true) return ctx.pass(resource, `${subject} uses enhanced VPC routing.`);
      if (cluster.EnhancedVpcRouting === false) return ctx.fail(resource, `${subject} does not use enhanced VPC routing, so COPY and UNLOAD traffic leaves the VPC.`);
      return ctx.undetermined(resource, `${subject} does not report EnhancedVpcRouting in the DescribeClusters answer.`);
    });
  },
});
