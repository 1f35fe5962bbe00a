import { defineCheck } from '../define.js';
import { judgeInstancePorts, outside, portRanges } from '../lib/exposure.js';

const EXPECTED = { tcp: portRanges([80, 443]), icmp: 'all', icmpv6: 'all' } as const;

export default defineCheck({
  id: 'ec2-instance-only-expected-ports-internet-reachable',
  title: 'EC2 instances are reachable from the internet only on TCP 80 and 443 (and ICMP)',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AWS::EC2::Instance',
  description:
    'Per pending, running, stopping or stopped instance: nothing but TCP 80, TCP 443, ICMP and ICMPv6 is reachable from the internet by the path model (public address, route to an attached internet gateway, VPC Block Public Access, network ACL inbound and reply, security groups). Any other TCP port, any UDP port and any other protocol fails. An instance with nothing reachable passes. Reachability through a load balancer is named in the message but does not fail this check. An input that cannot be read makes the instance ERROR.',
  risk: 'Every service the internet reaches beyond the web ports is attack surface that is rarely patched or monitored as closely: debug endpoints, management consoles, file shares and custom daemons.',
  remediation: {
    text: 'Put web traffic behind a load balancer, and close every other internet path to the instance (security group rules, network ACL entries, routes).',
    console: 'EC2 > Instances > select the instance > Security > Security groups > Edit inbound rules.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions <permission>',
  },
  references: {
    docs: ['https://docs.aws.amazon.com/vpc/latest/userguide/infrastructure-security.html', 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html'],
  },
  reads: ['exposure.instances'],
  evaluate({ 'exposure.instances': instances }, ctx) {
    return judgeInstancePorts(instances, ctx, { what: 'ports other than TCP 80 and 443', offending: (reach) => outside(reach, EXPECTED), shown: (reach) => [...reach] });
  },
});
