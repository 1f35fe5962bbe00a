import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/redshift-serverless-namespace-cmk-encrypted.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { namespace } from '../../fixtures/redshift.js';
import { kmsKey } from '../../fixtures/kms.js';

const key = (id: string, manager: 'CUSTOMER' | 'AWS') => ok(kmsKey(id, { KeyManager: manager }).metadata.value);
const resolved = (ns: ReturnType<typeof namespace>, metadata: ReturnType<typeof ok> | ReturnType<typeof failed>) => ({ namespace: ns, keyId: ns.kmsKeyId!, metadata });

describe('redshift-serverless-namespace-cmk-encrypted', () => {
  it('passes a namespace on a customer managed key', () => {
    const ns = namespace('lake');
    const findings = evaluate(check, { 'redshiftServerless.namespaces': [ns], 'redshiftServerless.namespaceKeys': [resolved(ns, key('k1', 'CUSTOMER'))] });
    expect(verdicts(findings)).toEqual([['PASS', 'lake']]);
    expect(findings[0]!.message).toBe('Redshift Serverless namespace lake is encrypted with customer managed KMS key arn:aws:kms:us-east-1:123456789012:key/k1.');
  });

  it('fails the AWS owned key', () => {
    const findings = evaluate(check, { 'redshiftServerless.namespaces': [namespace('default', { kmsKeyId: 'AWS_OWNED_KMS_KEY' })], 'redshiftServerless.namespaceKeys': [] });
    expect(verdicts(findings)).toEqual([['FAIL', 'default']]);
    expect(findings[0]!.message).toBe('Redshift Serverless namespace default is encrypted with the AWS owned key (AWS_OWNED_KMS_KEY), not a customer managed key.');
  });

  it('near miss: a key named by ARN that turns out to be AWS managed FAILs', () => {
    const ns = namespace('managed', { kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k2' });
    const findings = evaluate(check, { 'redshiftServerless.namespaces': [ns], 'redshiftServerless.namespaceKeys': [resolved(ns, key('k2', 'AWS'))] });
    expect(verdicts(findings)).toEqual([['FAIL', 'managed']]);
    expect(findings[0]!.message).toContain('AWS managed KMS key');
  });

  it('reports ERROR when the key cannot be described, is missing, or the namespaces cannot be listed', async () => {
    const refused = namespace('refused', { kmsKeyId: 'arn:aws:kms:us-east-1:999999999999:key/x' });
    const findings = evaluate(check, {
      'redshiftServerless.namespaces': [refused, namespace('nokey', { kmsKeyId: undefined }), namespace('unresolved', { kmsKeyId: 'alias/lake' })],
      'redshiftServerless.namespaceKeys': [resolved(refused, failed(awsError('AccessDeniedException', 'kms:DescribeKey')))],
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'refused'], ['ERROR', 'nokey'], ['ERROR', 'unresolved']]);
    expect(findings[0]!.message).toContain('Redshift Serverless namespace refused (KMS key arn:aws:kms:us-east-1:999999999999:key/x): access denied to kms:DescribeKey');
    const listing = await run(check, { 'redshiftServerless.namespaces': awsError('AccessDeniedException', 'redshift-serverless:ListNamespaces'), 'redshiftServerless.namespaceKeys': [] });
    expect(listing.map((f) => f.status)).toEqual(['ERROR']);
  });
});
