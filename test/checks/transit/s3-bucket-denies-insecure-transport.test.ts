import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/s3-bucket-denies-insecure-transport.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';

const bucket = (name: string, region = 'eu-west-1') => ({ name, arn: `arn:aws:s3:::${name}`, region });
const policyOf = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const judge = (name: string, policy: string | null) => evaluate(check, { 's3.bucketPolicies': [{ bucket: bucket(name), result: ok(policy) }] }, { region: 'global' });

const tlsDeny = (extra: object = {}) => ({
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: ['arn:aws:s3:::acme-logs-prod', 'arn:aws:s3:::acme-logs-prod/*'],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  ...extra,
});

describe('s3-bucket-denies-insecure-transport', () => {
  it('passes a deny of s3:* to "*" on the bucket and its objects when aws:SecureTransport is "false"', () => {
    const findings = judge('acme-logs-prod', policyOf(tlsDeny()));
    expect(verdicts(findings)).toEqual([['PASS', 'acme-logs-prod']]);
    expect(findings[0]!.region).toBe('eu-west-1');
    expect(findings[0]!.message).toBe("Bucket acme-logs-prod denies all S3 actions over plain HTTP to every principal (policy statement 'DenyInsecureTransport').");
  });

  it.each([
    ['boolean false, Action "*", Principal {"AWS": "*"}', tlsDeny({ Action: '*', Principal: { AWS: '*' }, Condition: { Bool: { 'aws:SecureTransport': false } } })],
    ['BoolIfExists and a lower-case key', tlsDeny({ Condition: { BoolIfExists: { 'aws:securetransport': 'false' } } })],
    ['Resource "*"', tlsDeny({ Resource: '*' })],
    ['Resource bucket* covering both', tlsDeny({ Resource: 'arn:aws:s3:::acme-logs-prod*' })],
    ['Action in upper case', tlsDeny({ Action: ['S3:*'] })],
  ])('passes with %s', (_name, statement) => {
    expect(verdicts(judge('acme-logs-prod', policyOf(statement)))).toEqual([['PASS', 'acme-logs-prod']]);
  });

  it('passes when two deny statements together cover the bucket and its objects', () => {
    const policy = policyOf(
      tlsDeny({ Sid: 'Bucket', Resource: 'arn:aws:s3:::acme-logs-prod' }),
      tlsDeny({ Sid: 'Objects', Resource: 'arn:aws:s3:::acme-logs-prod/*' }),
    );
    const findings = judge('acme-logs-prod', policy);
    expect(verdicts(findings)).toEqual([['PASS', 'acme-logs-prod']]);
    expect(findings[0]!.message).toContain("'Bucket' and 'Objects'");
  });

  it('fails a bucket without a policy', () => {
    const findings = judge('acme-scratch', null);
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-scratch']]);
    expect(findings[0]!.message).toBe('Bucket acme-scratch has no bucket policy, so nothing denies requests made over plain HTTP.');
  });

  it('fails a policy with unrelated statements only', () => {
    const policy = policyOf({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-logs-prod/*' });
    const findings = judge('acme-logs-prod', policy);
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-logs-prod']]);
    expect(findings[0]!.message).toBe('Bucket acme-logs-prod has no policy statement denying all S3 actions to every principal when aws:SecureTransport is false.');
  });

  it.each([
    ['a deny of only s3:GetObject', tlsDeny({ Action: 's3:GetObject' }), "denies only s3:GetObject"],
    ['a deny of only s3:PutObject (Prowler passes this)', tlsDeny({ Action: ['s3:PutObject'] }), 'denies only s3:PutObject'],
    ['Action nots3:*', tlsDeny({ Action: 'nots3:*' }), 'denies only nots3:*'],
    ['a deny written with NotAction', tlsDeny({ Action: undefined, NotAction: 's3:GetObject' }), 'uses NotAction'],
    ['a deny aimed at one principal', tlsDeny({ Principal: { AWS: 'arn:aws:iam::123456789012:role/app' } }), 'named principals only'],
    ['a deny written with NotPrincipal', tlsDeny({ Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::123456789012:role/admin' } }), 'NotPrincipal'],
    ['an extra aws:SourceVpce condition', tlsDeny({ Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringNotEquals: { 'aws:SourceVpce': 'vpce-0a1b2c' } } }), 'also requires aws:sourcevpce'],
    ['aws:SecureTransport "true" in a deny', tlsDeny({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } }), 'does not match aws:SecureTransport false'],
  ])('near miss: %s fails', (_name, statement, reason) => {
    const findings = judge('acme-logs-prod', policyOf(statement));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-logs-prod']]);
    expect(findings[0]!.message).toContain(reason);
  });

  it('near miss: Resource bucket/* alone leaves the bucket itself open to HTTP', () => {
    const findings = judge('acme-logs-prod', policyOf(tlsDeny({ Resource: 'arn:aws:s3:::acme-logs-prod/*' })));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-logs-prod']]);
    expect(findings[0]!.message).toContain('does not cover the bucket itself');
  });

  it('near miss: the bucket alone leaves the objects open to HTTP', () => {
    const findings = judge('acme-logs-prod', policyOf(tlsDeny({ Resource: 'arn:aws:s3:::acme-logs-prod' })));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-logs-prod']]);
    expect(findings[0]!.message).toContain('does not cover its objects');
  });

  it('near miss: another bucket with a common prefix (food/* for foo) covers nothing', () => {
    const findings = judge('foo', policyOf(tlsDeny({ Resource: ['arn:aws:s3:::food', 'arn:aws:s3:::food/*'] })));
    expect(verdicts(findings)).toEqual([['FAIL', 'foo']]);
    expect(findings[0]!.message).toContain('does not cover the bucket or its objects');
  });

  it('near miss: a single-character key glob (bucket/?) does not cover every object', () => {
    const findings = judge('acme-logs-prod', policyOf(tlsDeny({ Resource: ['arn:aws:s3:::acme-logs-prod', 'arn:aws:s3:::acme-logs-prod/?'] })));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-logs-prod']]);
  });

  it('near miss: an Allow conditioned on aws:SecureTransport "true" denies nothing', () => {
    const allowTls = { Sid: 'AllowTls', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-logs-prod/*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } };
    const findings = judge('acme-logs-prod', policyOf(allowTls));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-logs-prod']]);
    expect(findings[0]!.message).toContain("statement 'AllowTls' allows requests over TLS, which denies nothing");
  });

  it('near miss: a deny of TLS below 1.2 only still allows plain HTTP', () => {
    const tlsVersion = tlsDeny({ Sid: 'DenyOldTls', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } });
    const findings = judge('acme-logs-prod', policyOf(tlsVersion));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-logs-prod']]);
    expect(findings[0]!.message).toContain("statement 'DenyOldTls' denies only old TLS versions");
  });

  it('reports ERROR for a bucket whose policy cannot be read', () => {
    const findings = evaluate(check, { 's3.bucketPolicies': [{ bucket: bucket('acme-locked'), result: failed(awsError('AccessDenied', 's3:GetBucketPolicy')) }] }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-locked']]);
    expect(findings[0]!.error?.action).toBe('s3:GetBucketPolicy');
    expect(findings[0]!.region).toBe('eu-west-1');
  });

  it('reports ERROR for a bucket whose region could not be read', () => {
    const located = { ...bucket('acme-lost', 'us-east-1'), locationError: awsError('AccessDenied', 's3:GetBucketLocation') };
    const findings = evaluate(check, { 's3.bucketPolicies': [{ bucket: located, result: ok(policyOf(tlsDeny())) }] }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-lost']]);
    expect(findings[0]!.error?.action).toBe('s3:GetBucketLocation');
  });

  it('reports ERROR for a policy that does not parse', () => {
    const findings = judge('acme-odd', '{"Statement": [');
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-odd']]);
    expect(findings[0]!.message).toContain('does not parse');
  });

  it('reports ERROR when the buckets cannot be listed', async () => {
    const findings = await run(check, { 's3.bucketPolicies': awsError('AccessDenied', 's3:ListBuckets') });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.status).toBe('ERROR');
    expect(findings[0]!.region).toBe('global');
  });
});
