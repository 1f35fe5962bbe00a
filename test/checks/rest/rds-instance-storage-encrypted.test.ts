import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/rds-instance-storage-encrypted.js';
import { evaluate, verdicts } from '../../helpers/check-harness.js';

const db = (id: string, extra: Record<string, unknown>) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  Engine: 'postgres',
  ...extra,
});

describe('rds-instance-storage-encrypted', () => {
  it('passes an instance with StorageEncrypted true', () => {
    const findings = evaluate(check, { 'rds.instances': [db('orders', { StorageEncrypted: true, KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/abc' })] });
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
    expect(findings[0]!.region).toBe('us-east-1');
  });

  it('fails an instance with StorageEncrypted false', () => {
    const findings = evaluate(check, { 'rds.instances': [db('legacy', { StorageEncrypted: false })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy']]);
    expect(findings[0]!.message).toBe('DB instance legacy does not encrypt its storage at rest.');
  });

  it('near miss: a KMS key id without StorageEncrypted is not encryption', () => {
    const findings = evaluate(check, { 'rds.instances': [db('half', { KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/abc' })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'half']]);
  });

  it('reports nothing when there is no instance (the runner says "nothing in scope")', () => {
    expect(evaluate(check, { 'rds.instances': [] })).toEqual([]);
  });
});

describe('rds-instance-storage-encrypted through the runner', () => {
  it('reports ERROR naming the denied action when the instances cannot be listed', async () => {
    const { run, awsError } = await import('../../helpers/check-harness.js');
    const findings = await run(check, { 'rds.instances': awsError('AccessDenied', 'rds:DescribeDBInstances') });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.status).toBe('ERROR');
    expect(findings[0]!.error?.action).toBe('rds:DescribeDBInstances');
    expect(findings[0]!.message).toContain('access denied to rds:DescribeDBInstances');
  });
});

describe('rds-instance-storage-encrypted with an AWS owned key', () => {
  it('near miss: StorageEncrypted false with StorageEncryptionType sse-rds fails and says the data is encrypted with an AWS owned key', () => {
    const findings = evaluate(check, { 'rds.instances': [db('owned', { StorageEncrypted: false, StorageEncryptionType: 'sse-rds' })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'owned']]);
    expect(findings[0]!.message).toBe(
      'DB instance owned is encrypted only with an AWS owned key (StorageEncryptionType sse-rds, StorageEncrypted false), not with a KMS key of the account.',
    );
  });
});
