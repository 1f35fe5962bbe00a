import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/cloudwatch-alarm-action-configured.js';
import type { CompositeAlarm, MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { metricAlarm } from '../../fixtures/cloudwatch.js';

const judge = (metricAlarms: MetricAlarm[], compositeAlarms: CompositeAlarm[] = []) => evaluate(check, { 'cloudwatch.alarms': { metricAlarms, compositeAlarms } });
const composite = (name: string, rule: string, actions: string[]): CompositeAlarm => ({
  AlarmName: name,
  AlarmArn: `arn:aws:cloudwatch:us-east-1:123456789012:alarm:${name}`,
  AlarmRule: rule,
  ActionsEnabled: true,
  AlarmActions: actions,
  StateValue: 'OK',
});
const silent = (name: string) => metricAlarm({ AlarmName: name, AlarmArn: `arn:aws:cloudwatch:us-east-1:123456789012:alarm:${name}`, AlarmActions: [] });

describe('cloudwatch-alarm-action-configured', () => {
  it('passes an alarm with an SNS action and fails one without any', () => {
    const findings = judge([metricAlarm(), silent('disk-full')]);
    expect(verdicts(findings)).toEqual([
      ['PASS', 'cis-alarm'],
      ['FAIL', 'disk-full'],
    ]);
    expect(findings[1]!.message).toBe('Metric alarm disk-full has no action for the ALARM state and belongs to no composite alarm that has one.');
  });

  it('passes a target-tracking alarm whose action is a scaling policy', () => {
    const tracking = metricAlarm({
      AlarmName: 'TargetTracking-table/orders-AlarmHigh-7f1c',
      AlarmActions: ['arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:1a2b:resource/dynamodb/table/orders:policyName/orders-read'],
    });
    expect(verdicts(judge([tracking]))).toEqual([['PASS', 'TargetTracking-table/orders-AlarmHigh-7f1c']]);
  });

  it('passes an alarm without actions that a composite alarm with actions refers to, even through another composite', () => {
    const findings = judge(
      [silent('cpu-high'), silent('latency-high')],
      [composite('service-degraded', 'ALARM("cpu-high") AND ALARM(latency-high)', []), composite('page-oncall', 'ALARM(arn:aws:cloudwatch:us-east-1:123456789012:alarm:service-degraded)', ['arn:aws:sns:us-east-1:123456789012:oncall'])],
    );
    expect(verdicts(findings)).toEqual([
      ['PASS', 'cpu-high'],
      ['PASS', 'latency-high'],
    ]);
    expect(findings[0]!.message).toContain('belongs to composite alarm page-oncall');
  });

  it('near miss: only OK and INSUFFICIENT_DATA actions', () => {
    const findings = judge([metricAlarm({ AlarmName: 'recovered', AlarmActions: [], OKActions: ['arn:aws:sns:us-east-1:123456789012:ops'] })]);
    expect(verdicts(findings)).toEqual([['FAIL', 'recovered']]);
    expect(findings[0]!.message).toContain('(only OK or INSUFFICIENT_DATA actions)');
  });

  it('near miss: a composite alarm that refers to the alarm but has no actions itself', () => {
    expect(verdicts(judge([silent('cpu-high')], [composite('quiet', 'ALARM("cpu-high")', [])]))).toEqual([['FAIL', 'cpu-high']]);
  });

  it('near miss: a composite alarm naming another alarm whose name contains this one', () => {
    expect(verdicts(judge([silent('cpu')], [composite('page', 'ALARM("cpu-high")', ['arn:aws:sns:us-east-1:123456789012:oncall'])]))).toEqual([['FAIL', 'cpu']]);
  });

  it('reports ERROR for the region when the alarms cannot be listed', async () => {
    const findings = await run(check, { 'cloudwatch.alarms': awsError('AccessDenied', 'cloudwatch:DescribeAlarms') });
    expect(findings.map((f) => [f.status, f.resourceId])).toEqual([['ERROR', '123456789012/us-east-1']]);
  });
});
