import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/rds-instance-enhanced-monitoring.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const db = (id: string, extra: Record<string, unknown> = {}) => ({
  DBInstanceIdentifier: id,
  DBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
  Engine: 'mysql',
  ...extra,
});

describe('rds-instance-enhanced-monitoring', () => {
  it('passes an instance with Enhanced Monitoring', () => {
    const findings = evaluate(check, { 'rds.instances': [db('orders', { MonitoringInterval: 60, MonitoringRoleArn: 'arn:aws:iam::123456789012:role/rds-monitoring-role' })] });
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
    expect(findings[0]!.message).toBe('DB instance orders has Enhanced Monitoring enabled every 60 seconds.');
  });

  it('fails MonitoringInterval 0', () => {
    const findings = evaluate(check, { 'rds.instances': [db('reports', { MonitoringInterval: 0 })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'reports']]);
  });

  it('near miss: a monitoring role without an interval is not monitoring', () => {
    const findings = evaluate(check, { 'rds.instances': [db('half', { MonitoringRoleArn: 'arn:aws:iam::123456789012:role/rds-monitoring-role' })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'half']]);
  });

  it('reports ERROR when the instances cannot be listed', async () => {
    const findings = await run(check, { 'rds.instances': awsError('AccessDenied', 'rds:DescribeDBInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
