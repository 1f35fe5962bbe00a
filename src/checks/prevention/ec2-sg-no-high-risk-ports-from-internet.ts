import { ALL_FAMILIES, HIGH_RISK_TCP_PORTS, judgeInternetPorts } from '../lib/security-groups.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'ec2-sg-no-high-risk-ports-from-internet',
  title: 'Security groups allow no ingress from 0.0.0.0/0 or ::/0 to high-risk TCP ports',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'critical',
  resourceType: 'AWS::EC2::SecurityGroup',
  description: `No ingress rule of a security group allows 0.0.0.0/0 or ::/0 to reach any of the TCP ports Security Hub EC2.19 lists as high risk (${HIGH_RISK_TCP_PORTS.join(', ')}), directly, through a port range or through all traffic.`,
  risk: 'These ports carry file transfer, remote shells, mail, Windows RPC and SMB, databases and search or dashboard services; exposed to the internet they are found within minutes and exploited or brute-forced.',
  remediation: {
    text: 'Remove the internet-wide rules reaching these ports; put the services behind a load balancer, a VPN or private connectivity, or restrict the source to known CIDRs.',
    console: 'VPC > Security groups > select the group > Inbound rules > Edit inbound rules > delete or narrow the 0.0.0.0/0 and ::/0 rules.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=tcp,FromPort=<port>,ToPort=<port>,IpRanges=[{CidrIp=0.0.0.0/0}]',
  },
  references: {
    securityHub: { ids: ['EC2.19'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19',
      'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    ],
  },
  reads: ['ec2.securityGroups', 'ec2.networkInterfaces'],
  evaluate({ 'ec2.securityGroups': groups, 'ec2.networkInterfaces': interfaces }, ctx) {
    return judgeInternetPorts(groups, interfaces, ctx, {
      ports: HIGH_RISK_TCP_PORTS,
      transports: ['tcp'],
      families: ALL_FAMILIES,
      what: 'high-risk TCP ports',
    });
  },
});
