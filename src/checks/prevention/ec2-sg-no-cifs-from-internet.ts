import { ALL_FAMILIES, judgeInternetPorts } from '../lib/security-groups.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'ec2-sg-no-cifs-from-internet',
  title: 'Security groups allow no ingress from 0.0.0.0/0 or ::/0 to CIFS ports TCP 445 and 139',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AWS::EC2::SecurityGroup',
  description:
    'No ingress rule of a security group allows 0.0.0.0/0 or ::/0 to reach TCP port 445 (SMB/CIFS) or 139 (NetBIOS session), directly, through a port range or through all traffic.',
  risk: 'File-sharing ports reachable from the internet expose shares and the SMB service itself, the vector of wormable exploits such as EternalBlue and of credential relay attacks.',
  remediation: {
    text: 'Remove the internet-wide rules reaching TCP 445 and 139; reach file shares over a VPN or Direct Connect, from narrow CIDRs only.',
    console: 'VPC > Security groups > select the group > Inbound rules > Edit inbound rules > delete or narrow the 0.0.0.0/0 and ::/0 rules for ports 445 and 139.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=tcp,FromPort=445,ToPort=445,IpRanges=[{CidrIp=0.0.0.0/0}]',
  },
  references: {
    cis: { v5: '5.1.2' },
    docs: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html'],
  },
  reads: ['ec2.securityGroups', 'ec2.networkInterfaces'],
  evaluate({ 'ec2.securityGroups': groups, 'ec2.networkInterfaces': interfaces }, ctx) {
    return judgeInternetPorts(groups, interfaces, ctx, { ports: [445, 139], transports: ['tcp'], families: ALL_FAMILIES, what: 'TCP port 445 or 139' });
  },
});
