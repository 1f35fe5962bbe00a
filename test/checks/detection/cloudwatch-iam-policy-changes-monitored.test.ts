import { describe, expect, it } from 'vitest';
import check, { CONTROL } from '../../../src/checks/detection/cloudwatch-iam-policy-changes-monitored.js';
import { awsError, evaluate, ok, run, verdicts } from '../../helpers/check-harness.js';
import { monitoringData, pendingEmail, TOPIC_ARN } from '../../fixtures/cloudwatch.js';

const global = { region: 'global' };
const judge = (pattern: string) => evaluate(check, monitoringData(pattern), global);

describe('cloudwatch-iam-policy-changes-monitored', () => {
  it('passes the published CIS v5 pattern with an alarm and a confirmed subscriber', () => {
    const findings = judge(CONTROL.pattern);
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.message).toContain("IAM policy changes are monitored");
  });

  it("passes the pattern Security Hub CloudWatch.4 checks", () => {
    const findings = judge("{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}");
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it("passes a reordering with other whitespace and quoting", () => {
    const findings = judge("{\n  $.eventName = \"DetachGroupPolicy\" ||\n  $.eventName = \"AttachGroupPolicy\" ||\n  $.eventName = \"DetachUserPolicy\" ||\n  $.eventName = \"AttachUserPolicy\" ||\n  $.eventName = \"DetachRolePolicy\" ||\n  $.eventName = \"AttachRolePolicy\" ||\n  $.eventName = \"DeletePolicyVersion\" ||\n  $.eventName = \"CreatePolicyVersion\" ||\n  $.eventName = \"DeletePolicy\" ||\n  $.eventName = \"CreatePolicy\" ||\n  $.eventName = \"PutUserPolicy\" ||\n  $.eventName = \"PutRolePolicy\" ||\n  $.eventName = \"PutGroupPolicy\" ||\n  $.eventName = \"DeleteUserPolicy\" ||\n  $.eventName = \"DeleteRolePolicy\" ||\n  $.eventName = \"DeleteGroupPolicy\"\n}");
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it("passes with extra event names (they only widen the filter)", () => {
    const findings = judge("{ ($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)||($.eventName=PutRolePermissionsBoundary)||($.eventName=DeleteRolePermissionsBoundary) }");
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it("near miss: $.eventName = CreatePolicy alone", () => {
    const findings = judge("{ $.eventName = CreatePolicy }");
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain("does not match $.eventName DeleteGroupPolicy, DeleteRolePolicy");
    expect(findings[0]!.message).toContain('If a SIEM alerts on these events instead, suppress this finding with that reason.');
  });

  it("near miss: the list AND-ed with eventSource iam.amazonaws.com is narrowed by it", () => {
    const findings = judge("{ ($.eventSource = iam.amazonaws.com) && (($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)) }");
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain("narrows the match with the AND-ed condition $.eventSource = iam.amazonaws.com");
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
