import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/s3-account-public-access-block-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const ALL_ON = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const judge = (config: object | null) => evaluate(check, { 's3.accountPublicAccessBlock': config }, { region: 'global' });

describe('s3-account-public-access-block-enabled', () => {
  it('passes when all four settings are true', () => {
    const findings = judge(ALL_ON);
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.region).toBe('global');
    expect(findings[0]!.resourceArn).toBe('arn:aws:s3::123456789012:account-public-access-block');
  });

  it('fails when nothing is configured (NoSuchPublicAccessBlockConfiguration)', () => {
    const findings = judge(null);
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toBe('Account 123456789012 has no S3 Block Public Access configuration, so all four settings are off.');
  });

  it('near miss: three of four settings on (RestrictPublicBuckets off) fails and names it', () => {
    const findings = judge({ ...ALL_ON, RestrictPublicBuckets: false });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toBe('Account 123456789012 leaves S3 Block Public Access setting RestrictPublicBuckets off.');
  });

  it('near miss: a setting that is absent counts as off', () => {
    const { IgnorePublicAcls: _omitted, ...partial } = ALL_ON;
    const findings = judge(partial);
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain('IgnorePublicAcls');
  });

  it('reports ERROR when the account setting cannot be read', async () => {
    const findings = await run(check, { 's3.accountPublicAccessBlock': awsError('AccessDenied', 's3control:GetPublicAccessBlock') });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.status).toBe('ERROR');
    expect(findings[0]!.message).toContain('s3control:GetPublicAccessBlock');
  });
});
