import { networkAclLabel, networkAclRef } from '../lib/network-acls.js';
import { ownedByAccount } from '../lib/vpc-resources.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'ec2-nacl-associated',
  title: 'Every network ACL is associated with at least one subnet',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AWS::EC2::NetworkAcl',
  description:
    "Each network ACL, default ACLs included, is associated with at least one subnet. A VPC's default ACL is associated with its subnets, so it fails only in a VPC without subnets.",
  risk: 'Unused network ACLs clutter the VPC and invite mistakes: a subnet later associated with a forgotten, unreviewed ACL gets rules nobody meant for it.',
  remediation: {
    text: 'Delete network ACLs that no subnet uses, or associate them with the subnets they were written for.',
    console: 'VPC > Network ACLs > select the ACL > Actions > Delete network ACL (or Edit subnet associations).',
    cli: 'aws ec2 delete-network-acl --network-acl-id <acl-id>',
  },
  references: {
    securityHub: { ids: ['EC2.16'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-16',
    ],
  },
  reads: ['ec2.networkAcls'],
  evaluate({ 'ec2.networkAcls': acls }, ctx) {
    return ownedByAccount(acls, ctx.account.id).map((acl) => {
      const resource = networkAclRef(acl, ctx);
      const label = networkAclLabel(acl);
      const subnets = [...new Set((acl.Associations ?? []).map((a) => a.SubnetId).filter((s): s is string => !!s))];
      if (subnets.length) return ctx.pass(resource, `${label} is associated with ${subnets.length} subnet${subnets.length === 1 ? '' : 's'} (${subnets.join(', ')}).`);
      return ctx.fail(resource, `${label} is associated with no subnet.`);
    });
  },
});
