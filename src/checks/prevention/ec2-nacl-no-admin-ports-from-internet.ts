import { describeOpening, internetOpenings, networkAclLabel, networkAclRef } from '../lib/network-acls.js';
import { ADMIN_PORTS } from '../lib/security-groups.js';
import { ownedByAccount } from '../lib/vpc-resources.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'ec2-nacl-no-admin-ports-from-internet',
  title: 'Network ACLs do not let 0.0.0.0/0 or ::/0 reach inbound ports 22 and 3389',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AWS::EC2::NetworkAcl',
  description:
    'For each network ACL, inbound entries are evaluated in rule-number order: for ports 22 and 3389 and for each of 0.0.0.0/0 and ::/0, the first entry for the whole internet that covers the port over TCP (or all traffic) must deny it, and no entry may allow it explicitly over UDP ahead of a deny. A UDP-only deny does not close the port to TCP. A default ACL (rule 100 allows everything) fails until a lower-numbered deny is added.',
  risk: 'A network ACL that admits SSH and RDP from anywhere leaves the subnet with only security groups between the internet and remote administration; one permissive group then exposes the instance.',
  remediation: {
    text: 'Add inbound deny entries for 0.0.0.0/0 (and ::/0) on ports 22 and 3389, numbered below the broad allow entry, or replace the broad allow with narrower ones.',
    console: 'VPC > Network ACLs > select the ACL > Inbound rules > Edit inbound rules > add deny rules for TCP 22 and 3389 with a lower rule number than the allow.',
    cli: 'aws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number 90 --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny',
  },
  references: {
    cis: { v5: '5.2', v3: '5.1' },
    securityHub: { ids: ['EC2.21'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21',
    ],
  },
  reads: ['ec2.networkAcls'],
  evaluate({ 'ec2.networkAcls': acls }, ctx) {
    return ownedByAccount(acls, ctx.account.id).map((acl) => {
      const resource = networkAclRef(acl, ctx);
      const label = networkAclLabel(acl);
      const openings = internetOpenings(acl, ADMIN_PORTS);
      if (!openings.length) return ctx.pass(resource, `${label} admits no inbound traffic from 0.0.0.0/0 or ::/0 to port 22 or 3389.`);
      return ctx.fail(resource, `${label} admits inbound traffic from the internet: ${openings.map(describeOpening).join('; ')}.`);
    });
  },
});
