import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/lambda-function-env-cmk-encrypted.js';
import type { KmsKey } from '../../../src/data/datasets/kms.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { lambdaFunction, withEnvironment } from '../../fixtures/lambda.js';

const CMK = 'arn:aws:kms:us-east-1:123456789012:key/0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60';
const AWS_KEY = 'arn:aws:kms:us-east-1:123456789012:key/9d8c7b6a-5f4e-4d3c-a2b1-0f9e8d7c6b5a';
const key = (arn: string, KeyManager: 'CUSTOMER' | 'AWS'): KmsKey => ({ keyId: arn.split('/')[1]!, arn, metadata: ok({ KeyId: arn.split('/')[1], Arn: arn, KeyManager }) });
const KEYS = ok([key(CMK, 'CUSTOMER'), key(AWS_KEY, 'AWS')]);

describe('lambda-function-env-cmk-encrypted', () => {
  it('passes variables under a customer managed key and fails those under the default key', () => {
    const findings = evaluate(check, {
      'lambda.functions': [withEnvironment(lambdaFunction('billing', { KMSKeyArn: CMK }), { TABLE: 'billing' }), withEnvironment(lambdaFunction('orders'), { TABLE: 'orders' })],
      'lambda.environmentKeys': KEYS,
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'billing'],
      ['FAIL', 'orders'],
    ]);
    expect(findings[1]!.message).toBe('Lambda function orders has environment variables encrypted with the AWS managed key (aws/lambda), not a customer managed key.');
  });

  it('near miss: KMSKeyArn naming an AWS managed key fails', () => {
    const findings = evaluate(check, { 'lambda.functions': [withEnvironment(lambdaFunction('odd', { KMSKeyArn: AWS_KEY }), { TABLE: 'x' })], 'lambda.environmentKeys': KEYS });
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('which is an AWS managed key');
  });

  it('does not evaluate functions without environment variables; a key of another account is taken as named', () => {
    const foreign = 'arn:aws:kms:us-east-1:111122223333:key/1a2b3c4d-0000-4000-8000-000000000001';
    const findings = evaluate(check, {
      'lambda.functions': [lambdaFunction('bare'), withEnvironment(lambdaFunction('shared', { KMSKeyArn: foreign }), { A: '1' })],
      'lambda.environmentKeys': KEYS,
    });
    expect(verdicts(findings)).toEqual([['PASS', 'shared']]);
  });

  it('is an ERROR for a function naming a key when the keys cannot be listed', () => {
    const findings = evaluate(check, {
      'lambda.functions': [withEnvironment(lambdaFunction('billing', { KMSKeyArn: CMK }), { TABLE: 'billing' })],
      'lambda.environmentKeys': failed(awsError('AccessDeniedException', 'kms:ListKeys')),
    });
    expect(findings[0]!.status).toBe('ERROR');
    expect(findings[0]!.error?.action).toBe('kms:ListKeys');
  });

  it('is an ERROR when the named key is listed but DescribeKey was refused', () => {
    const hidden: KmsKey = { keyId: CMK.split('/')[1]!, arn: CMK, metadata: failed(awsError('AccessDeniedException', 'kms:DescribeKey')) };
    const findings = evaluate(check, { 'lambda.functions': [withEnvironment(lambdaFunction('billing', { KMSKeyArn: CMK }), { TABLE: 'billing' })], 'lambda.environmentKeys': ok([hidden]) });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'kms:DescribeKey']]);
  });

  it('is one ERROR for the region when ListFunctions is refused', async () => {
    const findings = await run(check, { 'lambda.functions': awsError('AccessDeniedException', 'lambda:ListFunctions'), 'lambda.environmentKeys': KEYS });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
