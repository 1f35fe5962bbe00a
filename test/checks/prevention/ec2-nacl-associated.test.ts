import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-nacl-associated.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const acl = (id: string, IsDefault: boolean, subnets: string[], VpcId = 'vpc-0prod') => ({
  NetworkAclId: id,
  VpcId,
  IsDefault,
  OwnerId: '123456789012',
  Entries: [{ RuleNumber: 32767, RuleAction: 'deny', Protocol: '-1', Egress: false, CidrBlock: '0.0.0.0/0' }],
  Associations: subnets.map((SubnetId, i) => ({ NetworkAclAssociationId: `aclassoc-${i}`, NetworkAclId: id, SubnetId })),
});

describe('ec2-nacl-associated', () => {
  it('passes an ACL associated with subnets', () => {
    const findings = evaluate(check, { 'ec2.networkAcls': [acl('acl-0a', false, ['subnet-0a', 'subnet-0b'])] });
    expect(verdicts(findings)).toEqual([['PASS', 'acl-0a']]);
    expect(findings[0]!.message).toBe('Network ACL acl-0a in vpc-0prod is associated with 2 subnets (subnet-0a, subnet-0b).');
  });

  it('fails an ACL associated with no subnet', () => {
    const findings = evaluate(check, { 'ec2.networkAcls': [acl('acl-0old', false, [])] });
    expect(verdicts(findings)).toEqual([['FAIL', 'acl-0old']]);
    expect(findings[0]!.message).toBe('Network ACL acl-0old in vpc-0prod is associated with no subnet.');
  });

  it('near miss: the default ACL of a VPC without subnets fails too', () => {
    const findings = evaluate(check, { 'ec2.networkAcls': [acl('acl-0def', true, [], 'vpc-0empty')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'acl-0def']]);
  });

  it('reports ERROR when the network ACLs cannot be listed', async () => {
    const findings = await run(check, { 'ec2.networkAcls': awsError('UnauthorizedOperation', 'ec2:DescribeNetworkAcls') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
