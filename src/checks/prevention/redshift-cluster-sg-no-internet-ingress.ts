import { defineCheck } from '../define.js';
import { clusterLabel, clusterPort, clusterRef, describeOpenGroups, portExposure } from '../lib/redshift.js';

export default defineCheck({
  id: 'redshift-cluster-sg-no-internet-ingress',
  title: 'Redshift cluster security groups do not open the cluster port to the internet',
  pillar: 'prevention',
  service: 'redshift',
  severity: 'high',
  resourceType: 'AWS::Redshift::Cluster',
  description:
    'For each provisioned Redshift cluster, no ingress rule of its active VPC security groups allows 0.0.0.0/0 or ::/0 to the cluster port (Endpoint.Port, default 5439) over TCP or all traffic, read with the shared security-group reading of CHECKS.md. A public cluster with an open port is the worst case, and the message says both. Paused clusters are evaluated; clusters being created or deleted are not.',
  risk: 'A security group rule open to the internet on the cluster port lets anyone attempt to connect and guess database credentials; with public accessibility on, the cluster is reachable from anywhere.',
  remediation: {
    text: 'Replace the 0.0.0.0/0 and ::/0 rules on the cluster port with the CIDR ranges or security groups of the clients that need it.',
    console: 'VPC > Security groups > select the cluster\'s group > Inbound rules > Edit inbound rules.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg> --protocol tcp --port 5439 --cidr 0.0.0.0/0',
  },
  references: {
    securityHub: { ids: ['Redshift.15'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-15',
    ],
  },
  reads: ['redshift.clusters', 'redshift.securityGroupsRead'],
  evaluate({ 'redshift.clusters': clusters, 'redshift.securityGroupsRead': groups }, ctx) {
    return clusters.map((cluster) => {
      const resource = clusterRef(cluster, ctx);
      const subject = clusterLabel(cluster);
      const memberships = cluster.VpcSecurityGroups ?? [];
      // Memberships in another state (adding, removing) are not the cluster's rules yet, or any more.
      const active = memberships.filter((g) => g.VpcSecurityGroupId && (g.Status === undefined || g.Status.toLowerCase() === 'active')).map((g) => g.VpcSecurityGroupId!);
      const { port, stated } = clusterPort(cluster);
      const portText = `port ${port}${stated ? '' : ' (the default; the answer gives no endpoint port)'}`;
      if (active.length === 0) return ctx.pass(resource, `${subject} has no active VPC security group, so no rule admits the internet to ${portText}.`);
      const read = portExposure(active, port, groups);
      if (!read.ok) return ctx.error(resource, read.error, `${subject} (its security groups)`);
      const open = describeOpenGroups(read.groups);
      const isPublic = cluster.PubliclyAccessible === true;
      if (open) {
        return ctx.fail(
          resource,
          `${subject} has security groups open to the internet on ${portText}: ${open}.${isPublic ? ' The cluster is also publicly accessible, so it is reachable from anywhere: the worst case.' : ' It is not publicly accessible, which limits who can reach the port.'}`,
        );
      }
      if (read.missing.length) {
        return ctx.undetermined(resource, `${subject} uses security groups ${read.missing.join(', ')} that DescribeSecurityGroups did not return, so whether they admit the internet on ${portText} is unknown.`);
      }
      return ctx.pass(resource, `${subject} has no security group rule open to the internet on ${portText} (${active.join(', ')}).`);
    });
  },
});
