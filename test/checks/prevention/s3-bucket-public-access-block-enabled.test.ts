import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/s3-bucket-public-access-block-enabled.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';

const ALL_ON = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const ALL_OFF = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };
const bucket = (name: string, region = 'us-east-1') => ({ name, arn: `arn:aws:s3:::${name}`, region });
const judge = (bucketBlock: object | null, account: object | null) =>
  evaluate(check, { 's3.bucketPublicAccessBlocks': [{ bucket: bucket('acme-assets'), result: ok(bucketBlock) }], 's3.accountPublicAccessBlockRead': ok(account) }, { region: 'global' });

describe('s3-bucket-public-access-block-enabled', () => {
  it('passes a bucket with all four settings on at bucket level', () => {
    const findings = judge(ALL_ON, null);
    expect(verdicts(findings)).toEqual([['PASS', 'acme-assets']]);
    expect(findings[0]!.message).toBe('Bucket acme-assets blocks public access: all four settings are on at bucket level.');
  });

  it('passes a bucket without its own configuration when the account blocks everything', () => {
    const findings = judge(null, ALL_ON);
    expect(verdicts(findings)).toEqual([['PASS', 'acme-assets']]);
    expect(findings[0]!.message).toBe('Bucket acme-assets blocks public access: all four settings are on at account level.');
  });

  it('passes a bucket blocked at both levels, saying so once', () => {
    expect(judge(ALL_ON, ALL_ON)[0]!.message).toBe('Bucket acme-assets blocks public access: all four settings are on at bucket and account level.');
  });

  it('passes when bucket and account together cover all four settings, naming the level of each', () => {
    const findings = judge({ ...ALL_OFF, BlockPublicAcls: true, IgnorePublicAcls: true }, { ...ALL_OFF, BlockPublicPolicy: true, RestrictPublicBuckets: true, BlockPublicAcls: true });
    expect(verdicts(findings)).toEqual([['PASS', 'acme-assets']]);
    expect(findings[0]!.message).toBe(
      'Bucket acme-assets blocks public access: BlockPublicAcls at bucket and account level, IgnorePublicAcls at bucket level, BlockPublicPolicy at account level, RestrictPublicBuckets at account level.',
    );
  });

  it('fails a bucket with nothing configured at either level', () => {
    const findings = judge(null, null);
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-assets']]);
    expect(findings[0]!.message).toBe(
      'Bucket acme-assets has Block Public Access settings BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets off at both bucket and account level.',
    );
  });

  it('near miss: BlockPublicAcls without IgnorePublicAcls leaves existing public ACLs in force', () => {
    const findings = judge({ ...ALL_ON, IgnorePublicAcls: false }, { ...ALL_OFF });
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-assets']]);
    expect(findings[0]!.message).toBe('Bucket acme-assets has Block Public Access setting IgnorePublicAcls off at both bucket and account level.');
  });

  it('reports ERROR for a bucket whose configuration cannot be read', () => {
    const findings = evaluate(
      check,
      { 's3.bucketPublicAccessBlocks': [{ bucket: bucket('acme-assets'), result: failed(awsError('AccessDenied', 's3:GetPublicAccessBlock')) }], 's3.accountPublicAccessBlockRead': ok(ALL_ON) },
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-assets']]);
    expect(findings[0]!.message).toContain('Could not evaluate bucket acme-assets');
  });

  it('reports ERROR when the account setting cannot be read and the bucket leaves a setting off', () => {
    const findings = evaluate(
      check,
      {
        's3.bucketPublicAccessBlocks': [{ bucket: bucket('acme-assets'), result: ok({ ...ALL_ON, RestrictPublicBuckets: false }) }],
        's3.accountPublicAccessBlockRead': failed(awsError('AccessDenied', 's3control:GetPublicAccessBlock')),
      },
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-assets']]);
    expect(findings[0]!.message).toContain('Could not evaluate bucket acme-assets (its own Block Public Access leaves RestrictPublicBuckets off, so the account level decides)');
  });

  it('passes a bucket blocking everything itself even when the account setting cannot be read, instead of failing the whole check', () => {
    const findings = evaluate(
      check,
      { 's3.bucketPublicAccessBlocks': [{ bucket: bucket('acme-assets'), result: ok(ALL_ON) }], 's3.accountPublicAccessBlockRead': failed(awsError('AccessDenied', 's3control:GetPublicAccessBlock')) },
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([['PASS', 'acme-assets']]);
    expect(findings[0]!.message).toBe('Bucket acme-assets blocks public access: all four settings are on at bucket level.');
  });

  it('reports ERROR when the buckets cannot be listed', async () => {
    const findings = await run(check, { 's3.bucketPublicAccessBlocks': awsError('AccessDenied', 's3:ListBuckets'), 's3.accountPublicAccessBlockRead': ok(ALL_ON) });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 's3:ListBuckets']]);
  });
});
