import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/cloudwatch-alarm-actions-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { metricAlarm } from '../../fixtures/cloudwatch.js';

const composite = { AlarmName: 'service-degraded', AlarmRule: 'ALARM("cpu-high")', AlarmActions: ['arn:aws:sns:us-east-1:123456789012:oncall'] };

describe('cloudwatch-alarm-actions-enabled', () => {
  it('passes metric and composite alarms with actions enabled, and fails those with actions disabled', () => {
    const findings = evaluate(check, {
      'cloudwatch.alarms': {
        metricAlarms: [metricAlarm(), metricAlarm({ AlarmName: 'maintenance-muted', AlarmArn: undefined, ActionsEnabled: false })],
        compositeAlarms: [{ ...composite, ActionsEnabled: false }],
      },
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'cis-alarm'],
      ['FAIL', 'maintenance-muted'],
      ['FAIL', 'service-degraded'],
    ]);
    expect(findings[1]!.resourceArn).toBe('arn:aws:cloudwatch:us-east-1:123456789012:alarm:maintenance-muted');
    expect(findings[2]!.message).toBe('Composite alarm service-degraded has its actions disabled: it changes state but runs none of its actions.');
  });

  it('near miss: an alarm without actions but with actions enabled passes (its actions are another check)', () => {
    expect(verdicts(evaluate(check, { 'cloudwatch.alarms': { metricAlarms: [metricAlarm({ AlarmActions: [] })], compositeAlarms: [] } }))).toEqual([['PASS', 'cis-alarm']]);
  });

  it('reports ERROR when the answer does not say, and for the region when the listing fails', async () => {
    const unknown = evaluate(check, { 'cloudwatch.alarms': { metricAlarms: [metricAlarm({ ActionsEnabled: undefined })], compositeAlarms: [] } });
    expect(verdicts(unknown)).toEqual([['ERROR', 'cis-alarm']]);
    const findings = await run(check, { 'cloudwatch.alarms': awsError('AccessDenied', 'cloudwatch:DescribeAlarms') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
