import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/rds-cluster-storage-encrypted.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const cluster = (id: string, extra: Record<string, unknown> = {}) => ({
  DBClusterIdentifier: id,
  DBClusterArn: `arn:aws:rds:us-east-1:123456789012:cluster:${id}`,
  Engine: 'aurora-postgresql',
  ...extra,
});

describe('rds-cluster-storage-encrypted', () => {
  it('passes a cluster with StorageEncrypted true', () => {
    const findings = evaluate(check, {
      'rds.clusters': [cluster('payments', { StorageEncrypted: true, StorageEncryptionType: 'sse-kms', KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd' })],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'payments']]);
    expect(findings[0]!.message).toBe('Aurora PostgreSQL DB cluster payments encrypts its storage with arn:aws:kms:us-east-1:123456789012:key/1234abcd.');
  });

  it('fails an unencrypted Multi-AZ DB cluster', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('analytics', { Engine: 'mysql', StorageEncrypted: false, StorageEncryptionType: 'none' })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'analytics']]);
    expect(findings[0]!.message).toBe('Multi-AZ DB cluster (MySQL) analytics does not encrypt its storage at rest.');
  });

  it('near miss: an AWS owned key (sse-rds) reports StorageEncrypted false and FAILs, saying why', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('newcomer', { StorageEncrypted: false, StorageEncryptionType: 'sse-rds' })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'newcomer']]);
    expect(findings[0]!.message).toContain('encrypted only with an AWS owned key (StorageEncryptionType sse-rds');
  });

  it('reports ERROR when the clusters cannot be listed', async () => {
    const findings = await run(check, { 'rds.clusters': awsError('AccessDenied', 'rds:DescribeDBClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
