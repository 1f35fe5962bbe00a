import { describe, expect, it } from 'vitest';
import check, { CONTROL } from '../../../src/checks/detection/cloudwatch-cmk-disable-or-deletion-monitored.js';
import { awsError, evaluate, ok, run, verdicts } from '../../helpers/check-harness.js';
import { monitoringData, pendingEmail, TOPIC_ARN } from '../../fixtures/cloudwatch.js';

const global = { region: 'global' };
const judge = (pattern: string) => evaluate(check, monitoringData(pattern), global);

describe('cloudwatch-cmk-disable-or-deletion-monitored', () => {
  it('passes the published CIS v5 pattern with an alarm and a confirmed subscriber', () => {
    const findings = judge(CONTROL.pattern);
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.message).toContain("Disablings and scheduled deletions of customer managed keys are monitored");
  });

  it("passes the pattern Security Hub CloudWatch.7 checks", () => {
    const findings = judge("{($.eventSource=kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion))}");
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it("passes the condition distributed over each name, in another order", () => {
    const findings = judge("{ ($.eventName = ScheduleKeyDeletion && $.eventSource = \"kms.amazonaws.com\") || ($.eventSource = \"kms.amazonaws.com\" && $.eventName = DisableKey) }");
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it("passes without the eventSource condition (broader)", () => {
    const findings = judge("{ ($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion) }");
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it("near miss: DisableKey only", () => {
    const findings = judge("{ ($.eventSource = kms.amazonaws.com) && ($.eventName = DisableKey) }");
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain("does not match $.eventName ScheduleKeyDeletion with $.eventSource = kms.amazonaws.com");
    expect(findings[0]!.message).toContain('If a SIEM alerts on these events instead, suppress this finding with that reason.');
  });

  it('near miss: the alarm\'s topic has only a pending email subscription', () => {
    const findings = evaluate(check, monitoringData(CONTROL.pattern, { topics: [{ topicArn: TOPIC_ARN, result: ok([pendingEmail]) }] }), global);
    expect(findings.map((f) => f.status)).toEqual(['FAIL']);
    expect(findings[0]!.message).toContain('no confirmed subscription (1 pending confirmation)');
  });

  it('reports ERROR for the account when the trails cannot be listed', async () => {
    const findings = await run(check, { ...monitoringData(CONTROL.pattern), 'cloudtrail.trails': awsError('AccessDeniedException', 'cloudtrail:DescribeTrails') });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'ERROR', region: 'global', resourceId: '123456789012' });
  });
});
