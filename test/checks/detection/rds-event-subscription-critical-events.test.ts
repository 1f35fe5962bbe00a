import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/rds-event-subscription-critical-events.js';
import { awsError, evaluate, run } from '../../helpers/check-harness.js';

const sub = (id: string, sourceType: string | undefined, categories: string[], extra: Record<string, unknown> = {}) => ({
  CustomerAwsId: '123456789012',
  CustSubscriptionId: id,
  SnsTopicArn: 'arn:aws:sns:us-east-1:123456789012:rds-alerts',
  Status: 'active',
  SubscriptionCreationTime: 'Tue Mar 03 10:00:00 UTC 2026',
  ...(sourceType ? { SourceType: sourceType } : {}),
  EventCategoriesList: categories,
  Enabled: true,
  EventSubscriptionArn: `arn:aws:rds:us-east-1:123456789012:es:${id}`,
  ...extra,
});
const byType = (findings: ReturnType<typeof evaluate>) => Object.fromEntries(findings.map((f) => [f.resourceId.split('/')[1], f.status]));

describe('rds-event-subscription-critical-events', () => {
  it('gives one result per source type, passing those covered', () => {
    const findings = evaluate(check, {
      'rds.eventSubscriptions': [
        sub('rds-instance-critical', 'db-instance', ['failure', 'maintenance', 'configuration change', 'low storage']),
        sub('rds-cluster-critical', 'db-cluster', ['failure', 'maintenance']),
      ],
    });
    expect(findings).toHaveLength(4);
    expect(byType(findings)).toEqual({ 'db-cluster': 'PASS', 'db-instance': 'PASS', 'db-parameter-group': 'FAIL', 'db-security-group': 'FAIL' });
    expect(Object.fromEntries(findings.map((f) => [f.resourceId.split('/')[1], f.controls]))).toEqual({
      'db-cluster': ['RDS.19'],
      'db-instance': ['RDS.20'],
      'db-parameter-group': ['RDS.21'],
      'db-security-group': ['RDS.22'],
    });
    const instance = findings.find((f) => f.resourceId === 'event-subscriptions/db-instance')!;
    expect(instance.message).toBe(
      'Event subscription rds-instance-critical sends db-instance failure, maintenance, configuration change events of every db-instance to arn:aws:sns:us-east-1:123456789012:rds-alerts (RDS.20).',
    );
    expect(instance.resourceArn).toBe('arn:aws:rds:us-east-1:123456789012:es:*/db-instance');
    const parameterGroup = findings.find((f) => f.resourceId === 'event-subscriptions/db-parameter-group')!;
    expect(parameterGroup.message).toBe(
      'No enabled, active event subscription in us-east-1 sends db-parameter-group configuration change events (RDS.21): there is no subscription for this source type.',
    );
  });

  it('fails every source type when there is no subscription', () => {
    const findings = evaluate(check, { 'rds.eventSubscriptions': [] });
    expect(findings.map((f) => f.status)).toEqual(['FAIL', 'FAIL', 'FAIL', 'FAIL']);
  });

  it('passes an empty category list (all categories) and a subscription without a source type (all sources)', () => {
    const findings = evaluate(check, { 'rds.eventSubscriptions': [sub('everything', undefined, [])] });
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'PASS', 'PASS', 'PASS']);
  });

  it('near miss: a db-instance subscription without configuration change FAILs and says what it lacks', () => {
    const findings = evaluate(check, { 'rds.eventSubscriptions': [sub('rds-instance-partial', 'db-instance', ['failure', 'maintenance'])] });
    const instance = findings.find((f) => f.resourceId === 'event-subscriptions/db-instance')!;
    expect(instance.status).toBe('FAIL');
    expect(instance.message).toContain(': rds-instance-partial lacks configuration change.');
    expect(instance.controls).toEqual(['RDS.20']);
  });

  it('near miss: a disabled or no-permission subscription does not count', () => {
    const findings = evaluate(check, {
      'rds.eventSubscriptions': [
        sub('rds-cluster-off', 'db-cluster', ['failure', 'maintenance'], { Enabled: false }),
        sub('rds-instance-broken', 'db-instance', [], { Status: 'no-permission' }),
      ],
    });
    expect(byType(findings)['db-cluster']).toBe('FAIL');
    expect(byType(findings)['db-instance']).toBe('FAIL');
    expect(findings.find((f) => f.resourceId === 'event-subscriptions/db-cluster')!.message).toContain('rds-cluster-off is disabled');
    expect(findings.find((f) => f.resourceId === 'event-subscriptions/db-instance')!.message).toContain('rds-instance-broken is in status no-permission');
  });

  it('near miss: categories split across two subscriptions do not make one covering subscription', () => {
    const findings = evaluate(check, {
      'rds.eventSubscriptions': [sub('cluster-failures', 'db-cluster', ['failure']), sub('cluster-maintenance', 'db-cluster', ['maintenance'])],
    });
    expect(byType(findings)['db-cluster']).toBe('FAIL');
  });

  it('near miss: a subscription limited to named instances (SourceIdsList) does not cover the region, and the message says so', () => {
    const findings = evaluate(check, { 'rds.eventSubscriptions': [sub('orders-only', 'db-instance', [], { SourceIdsList: ['orders-pg'] })] });
    expect(byType(findings)['db-instance']).toBe('FAIL');
    expect(findings.find((f) => f.resourceId.endsWith('db-instance'))!.message).toContain('orders-only is limited to orders-pg');
  });

  it('reports ERROR when the subscriptions cannot be listed', async () => {
    const findings = await run(check, { 'rds.eventSubscriptions': awsError('AccessDenied', 'rds:DescribeEventSubscriptions') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
