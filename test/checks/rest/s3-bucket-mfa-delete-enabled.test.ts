import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/s3-bucket-mfa-delete-enabled.js';
import { awsError, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';
import type { Fetched } from '../../../src/data/dataset.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'us-east-1' });
const judge = (name: string, result: Fetched<object>) => evaluate(check, { 's3.bucketVersioning': [{ bucket: bucket(name), result }] }, { region: 'global' });

describe('s3-bucket-mfa-delete-enabled', () => {
  it('passes versioning and MFA delete both Enabled', () => {
    expect(verdicts(judge('acme-audit', ok({ Status: 'Enabled', MFADelete: 'Enabled' })))).toEqual([['PASS', 'acme-audit']]);
  });

  it('fails versioning without MFA delete', () => {
    const findings = judge('acme-backups', ok({ Status: 'Enabled', MFADelete: 'Disabled' }));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-backups']]);
    expect(findings[0]!.message).toBe('Bucket acme-backups has versioning enabled but MFA delete disabled.');
  });

  it('near miss: MFA delete Enabled with versioning Suspended fails', () => {
    const findings = judge('acme-paused', ok({ Status: 'Suspended', MFADelete: 'Enabled' }));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-paused']]);
    expect(findings[0]!.message).toBe('Bucket acme-paused has versioning suspended (MFA delete is set but protects no new versions), so MFA delete does not apply.');
  });

  it('fails a bucket with no versioning at all', () => {
    expect(judge('acme-scratch', ok({}))[0]!.message).toBe('Bucket acme-scratch has versioning never enabled, so MFA delete does not apply.');
  });

  it('reports ERROR when versioning cannot be read', () => {
    expect(verdicts(judge('acme-locked', failed(awsError('AccessDenied', 's3:GetBucketVersioning'))))).toEqual([['ERROR', 'acme-locked']]);
  });
});
