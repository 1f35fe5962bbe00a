import type { IpPermission } from '@aws-sdk/client-ec2';
import { describeProtocol, describeSources, groupUsage, ruleCount, securityGroupRef, usageSentence } from '../lib/security-groups.js';
import { ownedByAccount } from '../lib/vpc-resources.js';
import { defineCheck } from '../define.js';

const describe = (permissions: readonly IpPermission[], direction: 'from' | 'to') =>
  permissions.map((p) => `${describeProtocol(p)} ${direction} ${describeSources(p).join(', ') || 'no source'}`).join(', ');

const rules = (n: number, direction: string) => `${n} ${direction} rule${n === 1 ? '' : 's'}`;

export default defineCheck({
  id: 'ec2-sg-default-restricts-all-traffic',
  title: 'The default security group of every VPC has no inbound and no outbound rules',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AWS::EC2::SecurityGroup',
  description:
    "Each VPC's security group named default has empty inbound and outbound rule lists, so that a resource launched without an explicit group is isolated. Evaluated whether or not anything uses the group.",
  risk: 'Resources launched without a chosen security group land in the default group; its stock rules let every member talk to every other and reach anywhere outbound, which spreads a compromise and exfiltrates data.',
  remediation: {
    text: 'Move resources to purpose-built security groups, then delete every inbound and outbound rule of the default group (the group itself cannot be deleted).',
    console: 'VPC > Security groups > the group named "default" > Inbound rules and Outbound rules > Edit > delete every rule.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --security-group-rule-ids <sgr-id>; aws ec2 revoke-security-group-egress --group-id <sg-id> --security-group-rule-ids <sgr-id>',
  },
  references: {
    cis: { v5: '5.5', v3: '5.4' },
    securityHub: { ids: ['EC2.2'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-2',
    ],
  },
  reads: ['ec2.securityGroups', 'ec2.networkInterfaces'],
  evaluate({ 'ec2.securityGroups': groups, 'ec2.networkInterfaces': interfaces }, ctx) {
    const usage = groupUsage(interfaces);
    return ownedByAccount(groups, ctx.account.id)
      .filter((g) => g.GroupName === 'default' && g.VpcId)
      .map((group) => {
        const resource = securityGroupRef(group, ctx);
        const label = `Default security group ${resource.id} of ${group.VpcId}`;
        const inbound = group.IpPermissions ?? [];
        const outbound = group.IpPermissionsEgress ?? [];
        if (!inbound.length && !outbound.length) return ctx.pass(resource, `${label} has no inbound and no outbound rules.`);
        const parts = [
          ...(inbound.length ? [`${rules(ruleCount(inbound), 'inbound')} (${describe(inbound, 'from')})`] : []),
          ...(outbound.length ? [`${rules(ruleCount(outbound), 'outbound')} (${describe(outbound, 'to')})`] : []),
        ];
        return ctx.fail(resource, `${label} has ${parts.join(' and ')}. ${usageSentence(group, usage)}`);
      });
  },
});
