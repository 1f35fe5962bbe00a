import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/rds-instance-auto-minor-version-upgrade.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const db = (id: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  Engine: 'postgres',
  EngineVersion: '16.3',
  ...extra,
});

describe('rds-instance-auto-minor-version-upgrade', () => {
  it('passes an instance with automatic minor upgrades', () => {
    const findings = evaluate(check, { 'rds.instances': [db('orders', { AutoMinorVersionUpgrade: true })] });
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
    expect(findings[0]!.message).toBe('DB instance orders (postgres 16.3) applies minor engine upgrades automatically.');
  });

  it('fails an instance without automatic minor upgrades', () => {
    const findings = evaluate(check, { 'rds.instances': [db('pinned', { AutoMinorVersionUpgrade: false })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'pinned']]);
  });

  it('near miss: Aurora members are evaluated, since each instance carries its own setting', () => {
    const findings = evaluate(check, { 'rds.instances': [db('aurora-1', { Engine: 'aurora-postgresql', DBClusterIdentifier: 'payments', AutoMinorVersionUpgrade: false })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'aurora-1']]);
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    const findings = await run(check, { 'rds.instances': awsError('AccessDenied', 'rds:DescribeDBInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

describe('rds-instance-auto-minor-version-upgrade on partial answers', () => {
  it('reports ERROR, not FAIL, for an instance whose answer leaves out AutoMinorVersionUpgrade (on by default)', () => {
    const findings = evaluate(check, { 'rds.instances': [db('quiet')] });
    expect(verdicts(findings)).toEqual([['ERROR', 'quiet']]);
    expect(findings[0]!.message).toBe(
      'DB instance quiet (postgres 16.3) reports no AutoMinorVersionUpgrade setting, so whether minor engine upgrades are applied automatically is unknown.',
    );
  });
});
