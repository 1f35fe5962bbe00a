import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/ecr-repository-cmk-encrypted.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { repository } from '../../fixtures/ecr.js';

const CMK = 'arn:aws:kms:us-east-1:123456789012:key/0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60';
const AWS_KEY = 'arn:aws:kms:us-east-1:123456789012:key/9d8c7b6a-5f4e-4d3c-a2b1-0f9e8d7c6b5a';

describe('ecr-repository-cmk-encrypted', () => {
  it('passes a repository encrypted with a customer managed key, and fails AES256', () => {
    const cmk = repository('web', { encryptionConfiguration: { encryptionType: 'KMS', kmsKey: CMK } });
    const findings = evaluate(check, {
      'ecr.repositories': [cmk, repository('batch')],
      'ecr.repositoryKeys': [{ repository: cmk, keyId: CMK, key: ok({ KeyId: '0b7c6a1e', Arn: CMK, KeyManager: 'CUSTOMER' }) }],
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'web'],
      ['FAIL', 'batch'],
    ]);
    expect(findings[0]!.message).toBe(`Repository web is encrypted with KMS using customer managed key ${CMK}.`);
    expect(findings[1]!.message).toBe('Repository batch is encrypted with AES256 (Amazon S3 managed keys), not a customer managed KMS key.');
  });

  it('near miss: KMS without kmsKey is the AWS managed aws/ecr key, and a named AWS managed key fails too', () => {
    const named = repository('named', { encryptionConfiguration: { encryptionType: 'KMS_DSSE', kmsKey: AWS_KEY } });
    const findings = evaluate(check, {
      'ecr.repositories': [repository('default-kms', { encryptionConfiguration: { encryptionType: 'KMS' } }), named],
      'ecr.repositoryKeys': [{ repository: named, keyId: AWS_KEY, key: ok({ KeyId: '9d8c7b6a', Arn: AWS_KEY, KeyManager: 'AWS' }) }],
    });
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'default-kms'],
      ['FAIL', 'named'],
    ]);
    expect(findings[0]!.message).toContain('AWS managed key aws/ecr');
    expect(findings[1]!.message).toBe(`Repository named is encrypted with KMS_DSSE using AWS managed key ${AWS_KEY}, not a customer managed key.`);
  });

  it('reports ERROR when the key could not be described, and when DescribeKey left out KeyManager', () => {
    const hidden = repository('hidden', { encryptionConfiguration: { encryptionType: 'KMS', kmsKey: CMK } });
    const vague = repository('vague', { encryptionConfiguration: { encryptionType: 'KMS', kmsKey: CMK } });
    const findings = evaluate(check, {
      'ecr.repositories': [hidden, vague],
      'ecr.repositoryKeys': [
        { repository: hidden, keyId: CMK, key: failed(awsError('AccessDeniedException', 'kms:DescribeKey')) },
        { repository: vague, keyId: CMK, key: ok({ KeyId: '0b7c6a1e' }) },
      ],
    });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'hidden'],
      ['ERROR', 'vague'],
    ]);
    expect(findings[0]!.message).toContain('kms:DescribeKey');
  });

  it('fails a repository that reports no encryption configuration (ECR then uses AES256)', () => {
    const findings = evaluate(check, { 'ecr.repositories': [repository('bare', { encryptionConfiguration: undefined })], 'ecr.repositoryKeys': [] });
    expect(verdicts(findings)).toEqual([['FAIL', 'bare']]);
  });

  it('reports ERROR for the region when the repositories cannot be listed', async () => {
    const findings = await run(check, { 'ecr.repositories': awsError('AccessDeniedException', 'ecr:DescribeRepositories'), 'ecr.repositoryKeys': [] });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
