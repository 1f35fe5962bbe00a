import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/s3-bucket-versioned-has-lifecycle.js';
import { awsError, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';
import type { Fetched } from '../../../src/data/dataset.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'us-east-1' });
const judge = (name: string, versioning: Fetched<object>, lifecycle: Fetched<object[]>) =>
  evaluate(
    check,
    { 's3.bucketVersioning': [{ bucket: bucket(name), result: versioning }], 's3.bucketLifecycleRules': [{ bucket: bucket(name), result: lifecycle }] },
    { region: 'global' },
  );
const NONCURRENT = { ID: 'expire-noncurrent', Status: 'Enabled', Filter: {}, NoncurrentVersionExpiration: { NoncurrentDays: 90 } };

describe('s3-bucket-versioned-has-lifecycle', () => {
  it('passes a versioned bucket with an enabled lifecycle rule', () => {
    const findings = judge('acme-backups', ok({ Status: 'Enabled' }), ok([NONCURRENT]));
    expect(verdicts(findings)).toEqual([['PASS', 'acme-backups']]);
    expect(findings[0]!.message).toBe('Versioned bucket acme-backups has 1 enabled lifecycle rule (expire-noncurrent).');
  });

  it('fails a versioned bucket without lifecycle rules', () => {
    const findings = judge('acme-backups', ok({ Status: 'Enabled' }), ok([]));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-backups']]);
    expect(findings[0]!.message).toBe('Versioned bucket acme-backups has no lifecycle rules, so noncurrent versions accumulate without limit.');
  });

  it('does not evaluate buckets without versioning, even when their lifecycle cannot be read', () => {
    expect(judge('acme-scratch', ok({}), ok([]))).toEqual([]);
    expect(judge('acme-scratch', ok({}), failed(awsError('AccessDenied', 's3:GetBucketLifecycleConfiguration')))).toEqual([]);
  });

  it('near miss: Suspended versioning is not evaluated, as S3.10 says', () => {
    expect(judge('acme-paused', ok({ Status: 'Suspended' }), ok([]))).toEqual([]);
  });

  it('reports ERROR when versioning cannot be read', () => {
    expect(verdicts(judge('acme-locked', failed(awsError('AccessDenied', 's3:GetBucketVersioning')), ok([])))).toEqual([['ERROR', 'acme-locked']]);
  });

  it('reports ERROR when the lifecycle of a versioned bucket cannot be read', () => {
    const findings = judge('acme-backups', ok({ Status: 'Enabled' }), failed(awsError('AccessDenied', 's3:GetBucketLifecycleConfiguration')));
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-backups']]);
    expect(findings[0]!.error?.action).toBe('s3:GetBucketLifecycleConfiguration');
  });

  it('reports ERROR for a bucket whose region could not be read', () => {
    const lost = { ...bucket('acme-lost'), locationError: awsError('AccessDenied', 's3:GetBucketLocation') };
    const findings = evaluate(
      check,
      { 's3.bucketVersioning': [{ bucket: lost, result: ok({}) }], 's3.bucketLifecycleRules': [{ bucket: lost, result: ok([]) }] },
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-lost']]);
  });
});
