import { DEFAULT_AUTHORIZED_TCP_PORTS, describeProtocol, groupLabel, groupUsage, securityGroupRef, unauthorizedInternetIngress, usageSentence } from '../lib/security-groups.js';
import { ownedByAccount } from '../lib/vpc-resources.js';
import { defineCheck } from '../define.js';

const AUTHORIZED = DEFAULT_AUTHORIZED_TCP_PORTS;
const authorizedText = `TCP ${AUTHORIZED.join(' and ')}`;

export default defineCheck({
  id: 'ec2-sg-internet-ingress-only-authorized-ports',
  title: 'Security groups let 0.0.0.0/0 and ::/0 reach only authorized TCP ports (80, 443)',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AWS::EC2::SecurityGroup',
  description: `Ingress rules with source 0.0.0.0/0 or ::/0 open only the authorized TCP ports (${AUTHORIZED.join(', ')}). Any other TCP port, any UDP port or all traffic from the internet fails; ICMP and other non-port protocols are not judged. Every group is evaluated; the message says when it is unused.`,
  risk: 'Every port reachable from the whole internet beyond the intended web ports widens the attack surface: management, database and internal service ports are found by scanners and attacked directly.',
  remediation: {
    text: 'Limit internet-wide ingress to the ports the workload serves publicly (usually 80 and 443 on a load balancer); restrict every other rule to known CIDRs or security group references.',
    console: 'VPC > Security groups > select the group > Inbound rules > Edit inbound rules > delete or narrow the 0.0.0.0/0 and ::/0 rules on other ports.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=<protocol>,FromPort=<from>,ToPort=<to>,IpRanges=[{CidrIp=0.0.0.0/0}]',
  },
  references: {
    securityHub: { ids: ['EC2.18'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18',
      'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    ],
  },
  reads: ['ec2.securityGroups', 'ec2.networkInterfaces'],
  evaluate({ 'ec2.securityGroups': groups, 'ec2.networkInterfaces': interfaces }, ctx) {
    const usage = groupUsage(interfaces);
    return ownedByAccount(groups, ctx.account.id).map((group) => {
      const resource = securityGroupRef(group, ctx);
      const found = unauthorizedInternetIngress(group, AUTHORIZED);
      if (!found.length) return ctx.pass(resource, `${groupLabel(group)} lets 0.0.0.0/0 and ::/0 reach no port other than ${authorizedText}.`);
      const rules = found.map((e) => `${describeProtocol(e.permission)} from ${e.sources.join(' and ')}`).join('; ');
      return ctx.fail(resource, `${groupLabel(group)} lets the internet reach ports other than ${authorizedText}: ${rules}. ${usageSentence(group, usage)}`);
    });
  },
});
