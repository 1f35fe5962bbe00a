import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/kms-key-policy-not-public.js';
import type { DescribedKey } from '../../../src/data/datasets/kms.js';
import type { Fetched } from '../../../src/data/dataset.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { kmsKey, undescribedKey } from '../../fixtures/kms.js';

const key = kmsKey('1234abcd-12ab-34cd-56ef-1234567890ab');
const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Id: 'key-policy', Statement: statements });
const data = (fetched: Fetched<string>, k: DescribedKey = key) => ({ 'kms.keys': [k], 'kms.customerKeyPolicies': [{ key: k, policy: fetched }] });

/** The policy KMS writes when a key is created without one. */
const DEFAULT_POLICY = policy({
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::123456789012:root' },
  Action: 'kms:*',
  Resource: '*',
});

describe('kms-key-policy-not-public', () => {
  it('passes the default key policy: the account root is the account, not everyone', () => {
    const findings = evaluate(check, data(ok(DEFAULT_POLICY)));
    expect(verdicts(findings)).toEqual([['PASS', key.keyId]]);
  });

  it('fails an unconditional Allow to "*"', () => {
    const open = policy({ Sid: 'OpenDecrypt', Effect: 'Allow', Principal: '*', Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' });
    const findings = evaluate(check, data(ok(open)));
    expect(verdicts(findings)).toEqual([['FAIL', key.keyId]]);
    expect(findings[0]!.message).toContain('statement "OpenDecrypt" allows kms:Decrypt, kms:DescribeKey');
  });

  it('fails {"AWS": "*"} and an Allow with NotPrincipal', () => {
    const awsStar = policy({ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::123456789012:root', '*'] }, Action: 'kms:*', Resource: '*' });
    expect(verdicts(evaluate(check, data(ok(awsStar))))).toEqual([['FAIL', key.keyId]]);
    const notPrincipal = policy({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:role/admin' }, Action: 'kms:Encrypt', Resource: '*' });
    expect(verdicts(evaluate(check, data(ok(notPrincipal))))).toEqual([['FAIL', key.keyId]]);
  });

  it('near miss: "*" pinned by kms:CallerAccount (the AWS managed key pattern) passes', () => {
    const pinned = policy({
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*'],
      Resource: '*',
      Condition: { StringEquals: { 'kms:CallerAccount': '123456789012', 'kms:ViaService': 'ebs.us-east-1.amazonaws.com' } },
    });
    expect(verdicts(evaluate(check, data(ok(pinned))))).toEqual([['PASS', key.keyId]]);
  });

  it('near miss: aws:PrincipalOrgID pins, kms:ViaService alone does not', () => {
    const org = policy({ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } });
    expect(verdicts(evaluate(check, data(ok(org))))).toEqual([['PASS', key.keyId]]);
    const viaOnly = policy({ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } });
    expect(verdicts(evaluate(check, data(ok(viaOnly))))).toEqual([['FAIL', key.keyId]]);
  });

  it('near miss: a negated account condition (StringNotEquals) lets every other account in', () => {
    const negated = policy({ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringNotEquals: { 'kms:CallerAccount': '111122223333' } } });
    expect(verdicts(evaluate(check, data(ok(negated))))).toEqual([['FAIL', key.keyId]]);
  });

  it('near miss: a Deny to "*" grants nothing', () => {
    const deny = policy(...(JSON.parse(DEFAULT_POLICY) as { Statement: object[] }).Statement, { Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
    expect(verdicts(evaluate(check, data(ok(deny))))).toEqual([['PASS', key.keyId]]);
  });

  it('reports ERROR when the key policy cannot be read, or cannot be parsed', () => {
    expect(verdicts(evaluate(check, data(failed(awsError('AccessDeniedException', 'kms:GetKeyPolicy')))))).toEqual([['ERROR', key.keyId]]);
    const garbled = evaluate(check, data(ok('{"Statement": "not a statement"}')));
    expect(verdicts(garbled)).toEqual([['ERROR', key.keyId]]);
    expect(garbled[0]!.message).toContain('could not be read');
  });

  it('reports ERROR for a key that cannot be described', () => {
    const findings = evaluate(check, { 'kms.keys': [undescribedKey('hidden', awsError('AccessDeniedException', 'kms:DescribeKey'))], 'kms.customerKeyPolicies': [] });
    expect(verdicts(findings)).toEqual([['ERROR', 'hidden']]);
  });

  it('reports ERROR when the keys cannot be listed', async () => {
    const findings = await run(check, { 'kms.keys': awsError('AccessDeniedException', 'kms:ListKeys'), 'kms.customerKeyPolicies': [] });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });

  it('reports ERROR, not a skip, for a key described without KeyManager (its policy was never read)', () => {
    const unowned = kmsKey('unowned', { KeyManager: undefined });
    const findings = evaluate(check, { 'kms.keys': [unowned], 'kms.customerKeyPolicies': [] });
    expect(verdicts(findings)).toEqual([['ERROR', 'unowned']]);
  });

  it('near miss: a wildcard account or organization id pins nothing, nor (as KMS.5 reads it) an ARN pattern with any wildcard', () => {
    const grant = (Condition: object) => policy({ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition });
    expect(verdicts(evaluate(check, data(ok(grant({ StringLike: { 'aws:PrincipalOrgID': 'o-*' } })))))).toEqual([['FAIL', key.keyId]]);
    expect(verdicts(evaluate(check, data(ok(grant({ StringLike: { 'kms:CallerAccount': ['1234*'] } })))))).toEqual([['FAIL', key.keyId]]);
    expect(verdicts(evaluate(check, data(ok(grant({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:alerts' } })))))).toEqual([['FAIL', key.keyId]]);
    expect(verdicts(evaluate(check, data(ok(grant({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:*' } })))))).toEqual([['FAIL', key.keyId]]);
    expect(verdicts(evaluate(check, data(ok(grant({ ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:alerts' } })))))).toEqual([['PASS', key.keyId]]);
  });

  it('near miss: aws:PrincipalAccount equal to ${aws:ResourceAccount} pins callers to the key\'s own account', () => {
    const own = policy({ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': '${aws:ResourceAccount}' } } });
    expect(verdicts(evaluate(check, data(ok(own))))).toEqual([['PASS', key.keyId]]);
  });
});
