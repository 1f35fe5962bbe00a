import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/s3-bucket-policy-cross-account-restricted.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import type { Fetched } from '../../../src/data/dataset.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'us-east-1' });
const policyOf = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const judge = (name: string, result: Fetched<string | null>) => evaluate(check, { 's3.bucketPolicies': [{ bucket: bucket(name), result }] }, { region: 'global' });
const grant = (extra: object) => ({ Sid: 'Partner', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 's3:PutObjectAcl', Resource: 'arn:aws:s3:::acme-shared/*', ...extra });

describe('s3-bucket-policy-cross-account-restricted', () => {
  it('passes a bucket without a policy', () => {
    expect(judge('acme-private', ok(null))[0]!.message).toBe('Bucket acme-private has no bucket policy, so it grants nothing to other accounts.');
  });

  it('passes another account granted only object reads and writes', () => {
    const findings = judge('acme-shared', ok(policyOf(grant({ Action: ['s3:GetObject', 's3:PutObject'] }))));
    expect(verdicts(findings)).toEqual([['PASS', 'acme-shared']]);
    expect(findings[0]!.message).toBe("Bucket acme-shared's policy grants none of the sensitive actions to principals outside account 123456789012.");
  });

  it('fails another account granted s3:PutObjectAcl', () => {
    const findings = judge('acme-shared', ok(policyOf(grant({}))));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-shared']]);
    expect(findings[0]!.message).toBe(
      "Bucket acme-shared's policy lets principals outside account 123456789012 change its access or encryption: statement 'Partner' allows s3:PutObjectAcl to arn:aws:iam::444455556666:root.",
    );
  });

  it('fails everyone granted s3:* through {"AWS": "*"}', () => {
    const findings = judge('acme-open', ok(policyOf(grant({ Principal: { AWS: '*' }, Action: 's3:*' }))));
    expect(findings[0]!.message).toContain('allows s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutBucketPolicy, s3:PutEncryptionConfiguration, s3:PutObjectAcl to everyone');
  });

  it('near miss: s3:Put* to a bare account id counts through the wildcard', () => {
    expect(verdicts(judge('acme-shared', ok(policyOf(grant({ Principal: { AWS: '444455556666' }, Action: 's3:Put*' })))))).toEqual([['FAIL', 'acme-shared']]);
  });

  it('near miss: the owner account\'s own roles may hold the sensitive actions', () => {
    const own = grant({ Principal: { AWS: ['arn:aws:iam::123456789012:role/platform-admin', '123456789012'] }, Action: 's3:*' });
    expect(verdicts(judge('acme-shared', ok(policyOf(own))))).toEqual([['PASS', 'acme-shared']]);
  });

  it('near miss: everyone tied to the owner account by aws:PrincipalAccount is not outside', () => {
    const pinned = grant({ Principal: '*', Action: 's3:PutBucketPolicy', Condition: { StringEquals: { 'aws:PrincipalAccount': '123456789012' } } });
    expect(verdicts(judge('acme-shared', ok(policyOf(pinned))))).toEqual([['PASS', 'acme-shared']]);
  });

  it('near miss: a Deny of the sensitive actions to another account grants nothing', () => {
    expect(verdicts(judge('acme-shared', ok(policyOf(grant({ Effect: 'Deny', Action: 's3:*' })))))).toEqual([['PASS', 'acme-shared']]);
  });

  it('reports ERROR when the policy cannot be read', () => {
    expect(verdicts(judge('acme-locked', failed(awsError('AccessDenied', 's3:GetBucketPolicy'))))).toEqual([['ERROR', 'acme-locked']]);
  });

  it('reports ERROR when the buckets cannot be listed', async () => {
    const findings = await run(check, { 's3.bucketPolicies': awsError('AccessDenied', 's3:ListBuckets') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
