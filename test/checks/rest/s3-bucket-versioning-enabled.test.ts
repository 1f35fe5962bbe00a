import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/s3-bucket-versioning-enabled.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import type { Fetched } from '../../../src/data/dataset.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'us-east-1' });
const judge = (name: string, result: Fetched<object>) => evaluate(check, { 's3.bucketVersioning': [{ bucket: bucket(name), result }] }, { region: 'global' });

describe('s3-bucket-versioning-enabled', () => {
  it('passes Status Enabled', () => {
    const findings = judge('acme-backups', ok({ Status: 'Enabled' }));
    expect(verdicts(findings)).toEqual([['PASS', 'acme-backups']]);
    expect(findings[0]!.region).toBe('us-east-1');
  });

  it('fails a bucket that never had versioning (no Status)', () => {
    const findings = judge('acme-scratch', ok({}));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-scratch']]);
    expect(findings[0]!.message).toBe('Bucket acme-scratch has never had versioning enabled.');
  });

  it('near miss: Suspended versioning keeps old versions but not new ones', () => {
    const findings = judge('acme-old', ok({ Status: 'Suspended' }));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-old']]);
    expect(findings[0]!.message).toContain('suspended');
  });

  it('reports ERROR when versioning cannot be read', () => {
    expect(verdicts(judge('acme-locked', failed(awsError('AccessDenied', 's3:GetBucketVersioning'))))).toEqual([['ERROR', 'acme-locked']]);
  });

  it('reports ERROR when the buckets cannot be listed', async () => {
    const findings = await run(check, { 's3.bucketVersioning': awsError('AccessDenied', 's3:ListBuckets') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
