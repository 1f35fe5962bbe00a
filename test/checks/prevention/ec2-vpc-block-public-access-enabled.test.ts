import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-vpc-block-public-access-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { knownFact, unknownFact } from '../../../src/data/organization.js';
import { memberWithDeclarativeEc2 } from '../../fixtures/organizations.js';

const inOrganization = memberWithDeclarativeEc2;

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
    expect(findings[0]!.message).toBe('VPC Block Public Access in us-east-1 is block-ingress (ManagedBy account, exclusions allowed).');
    expect(findings[0]!.region).toBe('us-east-1');
  });

  it('fails when the mode is off (the default)', () => {
    const findings = evaluate(check, { 'ec2.vpcBlockPublicAccess': options('off', 'default-state') });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toBe('VPC Block Public Access in us-east-1 does not block internet gateway traffic (mode off) (ManagedBy account, exclusions allowed).');
  });

  it('names a declarative policy that sets the mode; exclusions do not change the verdict', () => {
    const [finding] = evaluate(check, { 'ec2.vpcBlockPublicAccess': { ...options('block-bidirectional'), ManagedBy: 'declarative-policy', ExclusionsAllowed: 'not-allowed' } });
    expect(finding!.status).toBe('PASS');
    expect(finding!.message).toBe(
      'VPC Block Public Access in us-east-1 is block-bidirectional (ManagedBy declarative-policy, enforced by a declarative policy, exclusions not-allowed).',
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

  it('passes when the EC2 API reports the mode as enforced by a declarative policy, and says so', () => {
    const findings = evaluate(check, { 'ec2.vpcBlockPublicAccess': { ...options('block-bidirectional'), ManagedBy: 'declarative-policy' } });
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('ManagedBy declarative-policy, enforced by a declarative policy');
  });

  it("passes when the organization's effective declarative policy enforces block_ingress though the account reads off", () => {
    const organization = inOrganization(knownFact({ vpc_block_public_access: { internet_gateway_block: { mode: { '@@assign': 'block_ingress' }, exclusions_allowed: { '@@assign': 'enabled' } } } }));
    const findings = evaluate(check, { 'ec2.vpcBlockPublicAccess': options('off'), 'organizations.context': organization });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain("enforced by the organization's EC2 declarative policy (vpc_block_public_access.internet_gateway_block.mode block_ingress); the account's own setting reads off");
  });

  it("near miss: a declarative policy that sets mode off, or one that could not be read, leaves the FAIL", () => {
    const off = inOrganization(knownFact({ vpc_block_public_access: { internet_gateway_block: { mode: 'off' } } }));
    expect(evaluate(check, { 'ec2.vpcBlockPublicAccess': options('off'), 'organizations.context': off })[0]!.status).toBe('FAIL');
    const unread = inOrganization(unknownFact('organizations:DescribeEffectivePolicy failed: AccessDeniedException'));
    const findings = evaluate(check, { 'ec2.vpcBlockPublicAccess': options('off'), 'organizations.context': unread });
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain("the organization's declarative policy could not be read (organizations:DescribeEffectivePolicy failed: AccessDeniedException)");
  });
});
