import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/rds-snapshot-encrypted.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const snapshot = (id: string, extra: Record<string, unknown> = {}) => ({
  DBSnapshotIdentifier: id,
  DBSnapshotArn: `arn:aws:rds:us-east-1:123456789012:snapshot:${id}`,
  DBInstanceIdentifier: 'orders',
  Engine: 'postgres',
  SnapshotType: 'manual',
  ...extra,
});
const clusterSnapshot = (id: string, extra: Record<string, unknown> = {}) => ({
  DBClusterSnapshotIdentifier: id,
  DBClusterSnapshotArn: `arn:aws:rds:us-east-1:123456789012:cluster-snapshot:${id}`,
  DBClusterIdentifier: 'payments',
  Engine: 'aurora-postgresql',
  SnapshotType: 'manual',
  ...extra,
});

describe('rds-snapshot-encrypted', () => {
  it('passes encrypted DB and cluster snapshots, manual and automated', () => {
    const findings = evaluate(check, {
      'rds.snapshots': [snapshot('rds:orders-2026-10-31-03-10', { SnapshotType: 'automated', Encrypted: true, KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd' })],
      'rds.clusterSnapshots': [clusterSnapshot('payments-before-migration', { StorageEncrypted: true })],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'rds:orders-2026-10-31-03-10'], ['PASS', 'payments-before-migration']]);
    expect(findings[0]!.message).toBe('Automated DB snapshot rds:orders-2026-10-31-03-10 is encrypted with arn:aws:kms:us-east-1:123456789012:key/1234abcd.');
  });

  it('fails an unencrypted manual DB snapshot', () => {
    const findings = evaluate(check, { 'rds.snapshots': [snapshot('orders-export', { Encrypted: false })], 'rds.clusterSnapshots': [] });
    expect(verdicts(findings)).toEqual([['FAIL', 'orders-export']]);
    expect(findings[0]!.message).toBe('Manual DB snapshot orders-export is not encrypted.');
  });

  it('near miss: a cluster snapshot is read from StorageEncrypted, not Encrypted', () => {
    const findings = evaluate(check, { 'rds.snapshots': [], 'rds.clusterSnapshots': [clusterSnapshot('payments-old', { Encrypted: true, StorageEncrypted: false })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'payments-old']]);
    expect(findings[0]!.message).toBe('Manual DB cluster snapshot payments-old is not encrypted.');
  });

  it('reports ERROR when the cluster snapshots cannot be listed', async () => {
    const findings = await run(check, { 'rds.snapshots': [], 'rds.clusterSnapshots': awsError('AccessDenied', 'rds:DescribeDBClusterSnapshots') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('rds:DescribeDBClusterSnapshots');
  });
});

describe('rds-snapshot-encrypted on partial answers', () => {
  it('reports ERROR, not FAIL, for snapshots whose answer leaves out the encryption flag', () => {
    const findings = evaluate(check, { 'rds.snapshots': [snapshot('bare')], 'rds.clusterSnapshots': [clusterSnapshot('bare-cluster')] });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'bare'],
      ['ERROR', 'bare-cluster'],
    ]);
    expect(findings[0]!.message).toBe('Manual DB snapshot bare reports no encryption flag, so whether it is encrypted is unknown.');
  });
});
