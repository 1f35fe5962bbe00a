import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/rds-cluster-aurora-mysql-audit-enabled.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';

const cluster = (id: string, group: string, engine = 'aurora-mysql') => ({
  DBClusterIdentifier: id,
  DBClusterArn: `arn:aws:rds:us-east-1:123456789012:cluster:${id}`,
  Engine: engine,
  DBClusterParameterGroup: group,
});
const groupWith = (name: string, value?: string, events: string | null = 'CONNECT,QUERY_DCL') => ({
  name,
  result: ok([
    { ParameterName: 'server_audit_events', ...(events === null ? {} : { ParameterValue: events }), DataType: 'list' },
    { ParameterName: 'server_audit_logging', ...(value === undefined ? {} : { ParameterValue: value }), AllowedValues: '0,1', ApplyType: 'dynamic' },
  ]),
});

describe('rds-cluster-aurora-mysql-audit-enabled', () => {
  it('passes server_audit_logging 1', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('shop', 'shop-aurora-mysql80')], 'rds.clusterParameterGroups': [groupWith('shop-aurora-mysql80', '1')] });
    expect(verdicts(findings)).toEqual([['PASS', 'shop']]);
    expect(findings[0]!.message).toBe('Aurora MySQL DB cluster shop audits CONNECT,QUERY_DCL with server_audit_logging 1 in cluster parameter group shop-aurora-mysql80.');
  });

  it('fails server_audit_logging 0', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('blog', 'blog-aurora')], 'rds.clusterParameterGroups': [groupWith('blog-aurora', '0')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'blog']]);
  });

  it('near miss: the default cluster parameter group gives no value, so the engine default (off) applies', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('legacy', 'default.aurora-mysql8.0')], 'rds.clusterParameterGroups': [groupWith('default.aurora-mysql8.0')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy']]);
    expect(findings[0]!.message).toContain('so the engine default (off) applies');
  });

  it('near miss: auditing on with an empty server_audit_events FAILs (RDS.45)', () => {
    for (const events of [null, '', ' ']) {
      const findings = evaluate(check, { 'rds.clusters': [cluster('shop', 'shop-aurora')], 'rds.clusterParameterGroups': [groupWith('shop-aurora', '1', events)] });
      expect(verdicts(findings)).toEqual([['FAIL', 'shop']]);
      expect(findings[0]!.message).toContain('server_audit_events is empty');
    }
  });

  it('near miss: a parameter group not in sync on a member FAILs, naming the member', () => {
    const member = (id: string, status: string) => ({ DBInstanceIdentifier: id, IsClusterWriter: id.endsWith('1'), DBClusterParameterGroupStatus: status, PromotionTier: 1 });
    const synced = { ...cluster('shop', 'shop-aurora'), DBClusterMembers: [member('shop-1', 'in-sync'), member('shop-2', 'in-sync')] };
    const pending = { ...cluster('shop', 'shop-aurora'), DBClusterMembers: [member('shop-1', 'in-sync'), member('shop-2', 'pending-reboot')] };
    expect(verdicts(evaluate(check, { 'rds.clusters': [synced], 'rds.clusterParameterGroups': [groupWith('shop-aurora', '1')] }))).toEqual([['PASS', 'shop']]);
    const [finding] = evaluate(check, { 'rds.clusters': [pending], 'rds.clusterParameterGroups': [groupWith('shop-aurora', '1')] });
    expect(finding!.status).toBe('FAIL');
    expect(finding!.message).toContain('not in sync on shop-2 (pending-reboot)');
  });

  it('near miss: Aurora PostgreSQL clusters are not evaluated', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('payments', 'default.aurora-postgresql16', 'aurora-postgresql')], 'rds.clusterParameterGroups': [] });
    expect(findings).toEqual([]);
  });

  it('reports ERROR when the cluster parameter group cannot be read', () => {
    const findings = evaluate(check, {
      'rds.clusters': [cluster('shop', 'shop-aurora-mysql80')],
      'rds.clusterParameterGroups': [{ name: 'shop-aurora-mysql80', result: failed(awsError('AccessDenied', 'rds:DescribeDBClusterParameters')) }],
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'shop']]);
    expect(findings[0]!.message).toContain('Could not evaluate Aurora MySQL DB cluster shop (parameter group shop-aurora-mysql80)');
  });

  it('reports ERROR when the clusters cannot be listed', async () => {
    const findings = await run(check, { 'rds.clusters': awsError('AccessDenied', 'rds:DescribeDBClusters'), 'rds.clusterParameterGroups': [] });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

describe('rds-cluster-aurora-mysql-audit-enabled on unexpected data', () => {
  it('reports ERROR for the one cluster whose group was not read, and still judges the others (no throw)', () => {
    const findings = evaluate(check, {
      'rds.clusters': [cluster('shop', 'audit-on'), cluster('orphan', 'never-read')],
      'rds.clusterParameterGroups': [groupWith('audit-on', '1')],
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'shop'],
      ['ERROR', 'orphan'],
    ]);
    expect(findings[1]!.message).toBe(
      'DB cluster parameter group never-read of Aurora MySQL DB cluster orphan was not read, so whether server_audit_logging is on is unknown.',
    );
  });

  it('near miss: an empty parameter listing (an endpoint that does not model parameters) is ERROR, not "engine default off"', () => {
    const findings = evaluate(check, { 'rds.clusters': [cluster('shop', 'empty')], 'rds.clusterParameterGroups': [{ name: 'empty', result: ok([]) }] });
    expect(verdicts(findings)).toEqual([['ERROR', 'shop']]);
    expect(findings[0]!.message).toContain('lists no parameters at all');
  });
});
