import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/s3-bucket-lifecycle-configured.js';
import { awsError, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';
import type { Fetched } from '../../../src/data/dataset.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'us-east-1' });
const judge = (name: string, result: Fetched<object[]>) => evaluate(check, { 's3.bucketLifecycleRules': [{ bucket: bucket(name), result }] }, { region: 'global' });

describe('s3-bucket-lifecycle-configured', () => {
  it('passes a bucket with an enabled rule', () => {
    const findings = judge('acme-logs-prod', ok([{ ID: 'expire-logs', Status: 'Enabled', Filter: {}, Expiration: { Days: 365 } }]));
    expect(verdicts(findings)).toEqual([['PASS', 'acme-logs-prod']]);
    expect(findings[0]!.message).toBe('Bucket acme-logs-prod has 1 enabled lifecycle rule (expire-logs).');
  });

  it('fails a bucket without lifecycle configuration (NoSuchLifecycleConfiguration)', () => {
    const findings = judge('acme-assets', ok([]));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-assets']]);
    expect(findings[0]!.message).toBe('Bucket acme-assets has no lifecycle rules.');
  });

  it('near miss: rules that are all Disabled fail', () => {
    const findings = judge('acme-old', ok([{ ID: 'archive', Status: 'Disabled' }, { ID: 'expire', Status: 'Disabled' }]));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-old']]);
    expect(findings[0]!.message).toBe('Bucket acme-old has 2 lifecycle rules, none enabled (archive, expire).');
  });

  it('reports ERROR when the lifecycle cannot be read', () => {
    expect(verdicts(judge('acme-locked', failed(awsError('AccessDenied', 's3:GetBucketLifecycleConfiguration'))))).toEqual([['ERROR', 'acme-locked']]);
  });
});
