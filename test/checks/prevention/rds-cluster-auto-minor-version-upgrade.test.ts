import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/rds-cluster-auto-minor-version-upgrade.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const cluster = (id: string, extra: Record<string, unknown> = {}) => ({
  DBClusterIdentifier: id,
  DBClusterArn: `arn:aws:rds:us-east-1:123456789012:cluster:${id}`,
  Engine: 'postgres',
  ...extra,
});

describe('rds-cluster-auto-minor-version-upgrade', () => {
  it('passes a cluster with automatic minor upgrades', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('maz-pg', { AutoMinorVersionUpgrade: true })] });
    expect(verdicts(findings)).toEqual([['PASS', 'maz-pg']]);
  });

  it('fails a cluster with automatic minor upgrades off', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('maz-my', { Engine: 'mysql', AutoMinorVersionUpgrade: false })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'maz-my']]);
    expect(findings[0]!.message).toBe('Multi-AZ DB cluster (MySQL) maz-my does not apply minor engine upgrades automatically.');
  });

  it('near miss: Aurora clusters are not evaluated (RDS.35 does not apply to them; their instances carry the setting)', () => {
    const findings = evaluate(check, {
      'rds.clusters': [cluster('payments', { Engine: 'aurora-postgresql', AutoMinorVersionUpgrade: false }), cluster('shop', { Engine: 'aurora-mysql' })],
    });
    expect(findings).toEqual([]);
  });

  it('near miss: a cluster that does not report the setting is ERROR, neither a pass nor a fail (the API default is on)', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('payments')] });
    expect(verdicts(findings)).toEqual([['ERROR', 'payments']]);
    expect(findings[0]!.message).toContain('reports no AutoMinorVersionUpgrade setting, so whether minor engine upgrades are applied automatically is unknown');
  });

  it('reports ERROR when the clusters cannot be listed', async () => {
    const findings = await run(check, { 'rds.clusters': awsError('AccessDenied', 'rds:DescribeDBClusters') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
