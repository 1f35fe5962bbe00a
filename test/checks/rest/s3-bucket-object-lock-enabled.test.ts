import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/s3-bucket-object-lock-enabled.js';
import { awsError, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';
import type { Fetched } from '../../../src/data/dataset.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'us-east-1' });
const judge = (name: string, result: Fetched<object | null>) => evaluate(check, { 's3.bucketObjectLock': [{ bucket: bucket(name), result }] }, { region: 'global' });

describe('s3-bucket-object-lock-enabled', () => {
  it('passes ObjectLockEnabled Enabled and reports the default retention', () => {
    const findings = judge('acme-audit', ok({ ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 365 } } }));
    expect(verdicts(findings)).toEqual([['PASS', 'acme-audit']]);
    expect(findings[0]!.message).toBe('Bucket acme-audit has Object Lock enabled, with default COMPLIANCE retention of 365 days.');
  });

  it('passes Object Lock without a default retention rule, and says so', () => {
    expect(judge('acme-legal', ok({ ObjectLockEnabled: 'Enabled' }))[0]!.message).toBe('Bucket acme-legal has Object Lock enabled, with no default retention.');
  });

  it('fails a bucket without Object Lock (ObjectLockConfigurationNotFoundError)', () => {
    const findings = judge('acme-assets', ok(null));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-assets']]);
    expect(findings[0]!.message).toBe('Bucket acme-assets does not have Object Lock enabled.');
  });

  it('near miss: a configuration with a retention rule but no ObjectLockEnabled fails', () => {
    expect(verdicts(judge('acme-half', ok({ Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 1 } } })))).toEqual([['FAIL', 'acme-half']]);
  });

  it('reports ERROR when the configuration cannot be read', () => {
    expect(verdicts(judge('acme-locked', failed(awsError('AccessDenied', 's3:GetObjectLockConfiguration'))))).toEqual([['ERROR', 'acme-locked']]);
  });
});
