import { describe, expect, it } from 'vitest';
import { ec2Arn, ownedByAccount, vpcLabel, vpcRef } from '../../../src/checks/lib/vpc-resources.js';
import { ACCOUNT } from '../../helpers/check-harness.js';

const where = { account: ACCOUNT, region: 'eu-west-1' };

describe('vpc-resources', () => {
  it('builds EC2 ARNs in the scanned partition and region, owner defaulting to the account', () => {
    expect(ec2Arn(where, 'network-acl', 'acl-1')).toBe('arn:aws:ec2:eu-west-1:123456789012:network-acl/acl-1');
    expect(ec2Arn({ ...where, account: { ...ACCOUNT, partition: 'aws-cn' } }, 'vpc', 'vpc-1', '999988887777')).toBe('arn:aws-cn:ec2:eu-west-1:999988887777:vpc/vpc-1');
  });

  it('keeps the account\'s own resources and those without an owner, not shared ones', () => {
    const kept = ownedByAccount([{ OwnerId: '123456789012', id: 1 }, { OwnerId: '999988887777', id: 2 }, { id: 3 }], ACCOUNT.id);
    expect(kept.map((r) => r.id)).toEqual([1, 3]);
  });

  it('names a VPC and says when it is the default one', () => {
    expect(vpcRef({ VpcId: 'vpc-1', OwnerId: ACCOUNT.id }, where)).toEqual({ id: 'vpc-1', arn: 'arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-1' });
    expect(vpcLabel({ VpcId: 'vpc-1', IsDefault: true })).toBe('VPC vpc-1 (default)');
  });
});
