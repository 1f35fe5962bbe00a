import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/rds-instance-copy-tags-to-snapshots.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const db = (id: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  Engine: 'postgres',
  ...extra,
});

describe('rds-instance-copy-tags-to-snapshots', () => {
  it('passes an instance copying tags to snapshots', () => {
    const findings = evaluate(check, { 'rds.instances': [db('orders', { CopyTagsToSnapshot: true })] });
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
  });

  it('fails an instance not copying tags', () => {
    const findings = evaluate(check, { 'rds.instances': [db('reports', { CopyTagsToSnapshot: false })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'reports']]);
    expect(findings[0]!.message).toBe('DB instance reports does not copy its tags to snapshots.');
  });

  it('near miss: an Aurora member reports CopyTagsToSnapshot false but the cluster owns the setting', () => {
    const findings = evaluate(check, { 'rds.instances': [db('aurora-1', { Engine: 'aurora-postgresql', DBClusterIdentifier: 'payments', CopyTagsToSnapshot: false })] });
    expect(findings).toEqual([]);
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    const findings = await run(check, { 'rds.instances': awsError('AccessDenied', 'rds:DescribeDBInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
