import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/s3-bucket-default-encryption-enabled.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import type { Fetched } from '../../../src/data/dataset.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'us-east-1' });
const rule = (SSEAlgorithm: string, KMSMasterKeyID?: string) => ({ Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm, ...(KMSMasterKeyID ? { KMSMasterKeyID } : {}) }, BucketKeyEnabled: true }] });
const judge = (name: string, result: Fetched<object | null>) => evaluate(check, { 's3.bucketEncryption': [{ bucket: bucket(name), result }] }, { region: 'global' });

describe('s3-bucket-default-encryption-enabled', () => {
  it('passes SSE-S3 (AES256)', () => {
    const findings = judge('acme-assets', ok(rule('AES256')));
    expect(verdicts(findings)).toEqual([['PASS', 'acme-assets']]);
    expect(findings[0]!.message).toBe('Bucket acme-assets encrypts new objects by default with SSE-S3 (AES256).');
  });

  it('passes SSE-KMS and DSSE-KMS, naming the key', () => {
    expect(judge('acme-data', ok(rule('aws:kms', 'arn:aws:kms:us-east-1:123456789012:key/1234abcd')))[0]!.message).toBe(
      'Bucket acme-data encrypts new objects by default with SSE-KMS (aws:kms) using key arn:aws:kms:us-east-1:123456789012:key/1234abcd.',
    );
    expect(verdicts(judge('acme-vault', ok(rule('aws:kms:dsse'))))).toEqual([['PASS', 'acme-vault']]);
  });

  it('fails a bucket without default encryption (ServerSideEncryptionConfigurationNotFoundError)', () => {
    const findings = judge('acme-emulated', ok(null));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-emulated']]);
    expect(findings[0]!.message).toBe('Bucket acme-emulated has no default encryption rule, so objects uploaded without encryption headers are stored unencrypted.');
  });

  it('near miss: a rule without ApplyServerSideEncryptionByDefault (only BucketKeyEnabled) is no default encryption', () => {
    expect(verdicts(judge('acme-odd', ok({ Rules: [{ BucketKeyEnabled: true }] })))).toEqual([['FAIL', 'acme-odd']]);
  });

  it('reports ERROR when the encryption cannot be read', () => {
    const findings = judge('acme-locked', failed(awsError('AccessDenied', 's3:GetBucketEncryption')));
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-locked']]);
    expect(findings[0]!.error?.action).toBe('s3:GetBucketEncryption');
  });

  it('reports ERROR when the buckets cannot be listed', async () => {
    const findings = await run(check, { 's3.bucketEncryption': awsError('AccessDenied', 's3:ListBuckets') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });

  it('reads the algorithm case-insensitively, as some emulators spell it', () => {
    expect(judge('acme-emulated', ok(rule('aes256')))[0]!.message).toBe('Bucket acme-emulated encrypts new objects by default with SSE-S3 (AES256).');
  });

  it('reports ERROR, not FAIL, for a rule naming an algorithm it does not know', () => {
    const findings = judge('acme-future', ok(rule('aws:quantum')));
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-future']]);
    expect(findings[0]!.message).toBe('Could not evaluate bucket acme-future: its default encryption names the unrecognised algorithm aws:quantum.');
  });
});
