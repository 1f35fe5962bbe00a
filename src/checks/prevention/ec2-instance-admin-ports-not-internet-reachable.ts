import { defineCheck } from '../define.js';
import { clipTcp, judgeInstancePorts, portRanges } from '../lib/exposure.js';

/** SSH, Telnet, RDP, VNC and WinRM (HTTP and HTTPS). */
export const ADMIN_PORTS = portRanges([22, 23, 3389, 5900, 5985, 5986]);

export default defineCheck({
  id: 'ec2-instance-admin-ports-not-internet-reachable',
  title: 'No EC2 instance has an admin port reachable from the internet',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'critical',
  resourceType: 'AWS::EC2::Instance',
  description:
    'Per pending, running, stopping or stopped instance, over the interfaces of all its network cards: no admin port (TCP 22, 23, 3389, 5900, 5985, 5986) is reachable from the internet by the path model: a public IPv4 address or an IPv6 address; a route in the subnet\'s route table (its own or the main one, longest prefix first) to an internet gateway attached to the VPC, not a blackhole; VPC Block Public Access not blocking it; the subnet\'s network ACL admitting the port inbound and the reply outbound (TCP to ports 1024-65535), entries matched in rule order per protocol; and a security group rule admitting an internet source (CIDRs and customer-managed prefix lists; group references admit none). Reachability through a load balancer is named in the message but does not fail this check. An input that cannot be read makes the instance ERROR.',
  risk: 'An admin service the internet reaches is brute-forced and scanned for known vulnerabilities within minutes of coming up; one weak password or unpatched daemon hands over the instance and its instance profile credentials.',
  remediation: {
    text: 'Close the path at any hop: remove the security group rule or narrow its sources, deny the port in the network ACL, or move the instance to a subnet without a route to the internet gateway; reach the instance through Systems Manager Session Manager or a VPN instead.',
    console: 'EC2 > Instances > select the instance > Security > Security groups > Edit inbound rules (or VPC > Network ACLs / Route tables for the subnet).',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port 22 --cidr 0.0.0.0/0',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/infrastructure-security.html',
      'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
      'https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa.html',
    ],
  },
  reads: ['exposure.instances'],
  evaluate({ 'exposure.instances': instances }, ctx) {
    return judgeInstancePorts(instances, ctx, { what: 'admin ports', offending: (reach) => clipTcp(reach, ADMIN_PORTS) });
  },
});
