import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/s3-bucket-kms-encryption.js';
import { awsError, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';
import type { Fetched } from '../../../src/data/dataset.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'eu-west-1' });
const rule = (SSEAlgorithm: string) => ({ Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm } }] });
const judge = (name: string, result: Fetched<object | null>) => evaluate(check, { 's3.bucketEncryption': [{ bucket: bucket(name), result }] }, { region: 'global' });

describe('s3-bucket-kms-encryption', () => {
  it('passes aws:kms, with the AWS managed key when no key is named', () => {
    const findings = judge('acme-data', ok(rule('aws:kms')));
    expect(verdicts(findings)).toEqual([['PASS', 'acme-data']]);
    expect(findings[0]!.message).toBe('Bucket acme-data encrypts new objects by default with SSE-KMS (aws:kms) using the AWS managed key aws/s3.');
  });

  it('passes aws:kms:dsse', () => {
    expect(verdicts(judge('acme-vault', ok(rule('aws:kms:dsse'))))).toEqual([['PASS', 'acme-vault']]);
  });

  it('near miss: SSE-S3 (AES256) is encryption but not with a KMS key', () => {
    const findings = judge('acme-assets', ok(rule('AES256')));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-assets']]);
    expect(findings[0]!.message).toBe('Bucket acme-assets encrypts by default with SSE-S3 (AES256), not with a KMS key.');
  });

  it('fails a bucket without default encryption', () => {
    expect(verdicts(judge('acme-emulated', ok(null)))).toEqual([['FAIL', 'acme-emulated']]);
  });

  it('reports ERROR when the encryption cannot be read', () => {
    expect(verdicts(judge('acme-locked', failed(awsError('AccessDenied', 's3:GetBucketEncryption'))))).toEqual([['ERROR', 'acme-locked']]);
  });

  it('reports ERROR, not FAIL, for a rule naming an algorithm it does not know', () => {
    expect(verdicts(judge('acme-future', ok(rule('aws:quantum'))))).toEqual([['ERROR', 'acme-future']]);
  });

  it('reads aws:kms case-insensitively', () => {
    expect(verdicts(judge('acme-emulated', ok(rule('AWS:KMS'))))).toEqual([['PASS', 'acme-emulated']]);
  });
});
