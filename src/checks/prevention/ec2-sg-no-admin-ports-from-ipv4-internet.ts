import { ADMIN_PORTS, judgeInternetPorts } from '../lib/security-groups.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'ec2-sg-no-admin-ports-from-ipv4-internet',
  title: 'Security groups allow no ingress from 0.0.0.0/0 to admin ports 22 and 3389',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AWS::EC2::SecurityGroup',
  description:
    'No ingress rule of a security group allows 0.0.0.0/0 to reach port 22 (SSH) or 3389 (RDP) over TCP, UDP or all traffic. Port ranges that include 22 or 3389 count.',
  risk: 'Remote administration ports open to every IPv4 address are scanned continuously; a weak credential or an unpatched SSH or RDP service then gives an attacker a shell on the instance.',
  remediation: {
    text: 'Remove the 0.0.0.0/0 rules reaching 22 or 3389; reach instances through Systems Manager Session Manager, a bastion, a VPN or a narrow corporate CIDR instead.',
    console: 'VPC > Security groups > select the group > Inbound rules > Edit inbound rules > delete or narrow the 0.0.0.0/0 rules.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=0.0.0.0/0}]',
  },
  references: {
    cis: { v5: '5.3', v3: '5.2' },
    securityHub: { ids: ['EC2.53'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-53',
    ],
  },
  reads: ['ec2.securityGroups', 'ec2.networkInterfaces'],
  evaluate({ 'ec2.securityGroups': groups, 'ec2.networkInterfaces': interfaces }, ctx) {
    return judgeInternetPorts(groups, interfaces, ctx, {
      ports: ADMIN_PORTS,
      transports: ['tcp', 'udp'],
      families: ['ipv4'],
      what: 'port 22 or 3389 over TCP, UDP or all traffic',
    });
  },
});
