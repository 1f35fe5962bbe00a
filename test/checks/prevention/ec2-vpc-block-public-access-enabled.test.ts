import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-vpc-block-public-access-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const options = (InternetGatewayBlockMode: string, State = 'update-complete') => ({
  AwsAccountId: '123456789012',
  AwsRegion: 'us-east-1',
  State,
  InternetGatewayBlockMode,
  ExclusionsAllowed: 'allowed',
  ManagedBy: 'account',
  LastUpdateTimestamp: new Date('2025-05-01T09:00:00Z'),
});

describe('ec2-vpc-block-public-access-enabled', () => {
  it('passes block-ingress', () => {
    const findings = evaluate(check, { 'ec2.vpcBlockPublicAccess': options('block-ingress') });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toBe('VPC Block Public Access in us-east-1 is block-ingress (ManagedBy account, ExclusionsAllowed allowed).');
    expect(findings[0]!.region).toBe('us-east-1');
  });

  it('fails when the mode is off (the default)', () => {
    const findings = evaluate(check, { 'ec2.vpcBlockPublicAccess': options('off', 'default-state') });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toBe('VPC Block Public Access in us-east-1 does not block internet gateway traffic (mode off) (ManagedBy account, ExclusionsAllowed allowed).');
  });

  it('names a declarative policy that sets the mode; exclusions do not change the verdict', () => {
    const [finding] = evaluate(check, { 'ec2.vpcBlockPublicAccess': { ...options('block-bidirectional'), ManagedBy: 'declarative-policy', ExclusionsAllowed: 'not-allowed' } });
    expect(finding!.status).toBe('PASS');
    expect(finding!.message).toBe(
      'VPC Block Public Access in us-east-1 is block-bidirectional (ManagedBy declarative-policy: set by a declarative policy of the organization, ExclusionsAllowed not-allowed).',
    );
  });

  it('near miss: no options reported is not a block', () => {
    expect(verdicts(evaluate(check, { 'ec2.vpcBlockPublicAccess': {} }))).toEqual([['FAIL', '123456789012/us-east-1']]);
  });

  it('reports ERROR when the options cannot be read', async () => {
    const findings = await run(check, { 'ec2.vpcBlockPublicAccess': awsError('UnauthorizedOperation', 'ec2:DescribeVpcBlockPublicAccessOptions') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('ec2:DescribeVpcBlockPublicAccessOptions');
  });
});
