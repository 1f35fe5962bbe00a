import { defineCheck } from '../define.js';
import { clusterLabel, clusterPort, clusterRef, exposureSentence } from '../lib/redshift.js';

export default defineCheck({
  id: 'redshift-cluster-not-public',
  title: 'Redshift clusters are not publicly accessible',
  pillar: 'prevention',
  service: 'redshift',
  severity: 'critical',
  resourceType: 'AWS::Redshift::Cluster',
  description:
    'Each provisioned Redshift cluster has PubliclyAccessible false (DescribeClusters). The attribute alone decides, as Redshift.1 reads it; the message adds whether the cluster\'s VPC security groups open its port to the internet (0.0.0.0/0 or ::/0). Paused clusters are evaluated; clusters being created or deleted are not.',
  risk: 'A publicly accessible cluster has a public IP address and a DNS name that resolves to it from anywhere: only its security groups and database passwords stand between the internet and the data.',
  remediation: {
    text: 'Turn off public accessibility and reach the cluster from inside the VPC (VPN, Direct Connect, a bastion or a VPC endpoint).',
    console: 'Amazon Redshift > Clusters > select the cluster > Actions > Modify publicly accessible setting > Turn off.',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --no-publicly-accessible',
  },
  references: {
    securityHub: { ids: ['Redshift.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-1',
    ],
  },
  reads: ['redshift.clusters', 'redshift.securityGroupsRead'],
  evaluate({ 'redshift.clusters': clusters, 'redshift.securityGroupsRead': groups }, ctx) {
    return clusters.map((cluster) => {
      const resource = clusterRef(cluster, ctx);
      const subject = clusterLabel(cluster);
      const groupIds = (cluster.VpcSecurityGroups ?? []).flatMap((g) => (g.VpcSecurityGroupId ? [g.VpcSecurityGroupId] : []));
      const sgs = () => exposureSentence(groupIds, clusterPort(cluster).port, groups);
      if (cluster.PubliclyAccessible === false) return ctx.pass(resource, `${subject} is not publicly accessible. ${sgs()}`);
      if (cluster.PubliclyAccessible === true) return ctx.fail(resource, `${subject} is publicly accessible. ${sgs()}`);
      return ctx.undetermined(resource, `${subject} does not report whether it is publicly accessible (no PubliclyAccessible in the DescribeClusters answer).`);
    });
  },
});
