import { ALL_FAMILIES, judgeInternetPorts } from '../lib/security-groups.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'ec2-sg-no-ssh-from-internet',
  title: 'Security groups allow no ingress from 0.0.0.0/0 or ::/0 to TCP port 22',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AWS::EC2::SecurityGroup',
  description: 'No ingress rule of a security group allows 0.0.0.0/0 or ::/0 to reach TCP port 22 (SSH), directly, through a port range or through all traffic.',
  risk: 'SSH open to the whole internet is brute-forced and probed for vulnerable daemons around the clock; one weak key or password gives an attacker a shell.',
  remediation: {
    text: 'Remove the internet-wide rules reaching TCP 22; use Systems Manager Session Manager, EC2 Instance Connect endpoints, a bastion or a narrow CIDR.',
    console: 'VPC > Security groups > select the group > Inbound rules > Edit inbound rules > delete or narrow the 0.0.0.0/0 and ::/0 rules for port 22.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=0.0.0.0/0}]',
  },
  references: {
    securityHub: { ids: ['EC2.13'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13',
    ],
  },
  reads: ['ec2.securityGroups', 'ec2.networkInterfaces'],
  evaluate({ 'ec2.securityGroups': groups, 'ec2.networkInterfaces': interfaces }, ctx) {
    return judgeInternetPorts(groups, interfaces, ctx, { ports: [22], transports: ['tcp'], families: ALL_FAMILIES, what: 'TCP port 22' });
  },
});
