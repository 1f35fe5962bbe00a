import { describe, expect, it } from 'vitest';
import check, { CONTROL } from '../../../src/checks/detection/cloudwatch-unauthorized-api-calls-monitored.js';
import { awsError, evaluate, ok, run, verdicts } from '../../helpers/check-harness.js';
import { monitoringData, pendingEmail, TOPIC_ARN } from '../../fixtures/cloudwatch.js';

const global = { region: 'global' };
const judge = (pattern: string) => evaluate(check, monitoringData(pattern), global);

describe('cloudwatch-unauthorized-api-calls-monitored', () => {
  it('passes the published CIS v5 pattern with an alarm and a confirmed subscriber', () => {
    const findings = judge(CONTROL.pattern);
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.message).toContain("Unauthorized API calls are monitored");
  });

  it("passes the CIS v1.2 pattern Security Hub CloudWatch.2 checks (no exclusions: broader)", () => {
    const findings = judge("{($.errorCode=\"*UnauthorizedOperation\") || ($.errorCode=\"AccessDenied*\")}");
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it("passes a reordering with other whitespace and quoting", () => {
    const findings = judge("{\n  ($.eventName!=HeadBucket) && ($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") && ($.errorCode=\"AccessDenied*\") ||\n  ($.errorCode = *UnauthorizedOperation)\n}");
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it("passes the exclusions applied to both error codes with parentheses", () => {
    const findings = judge("{ (($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\")) && ($.sourceIPAddress != \"delivery.logs.amazonaws.com\") && ($.eventName != \"HeadBucket\") }");
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it("near miss: \"AccessDenied\" without the trailing * misses AccessDeniedException", () => {
    const findings = judge("{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied\") }");
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain("does not match ($.errorCode = \"AccessDenied*\")");
    expect(findings[0]!.message).toContain('If a SIEM alerts on these events instead, suppress this finding with that reason.');
  });

  it("near miss: only UnauthorizedOperation errors", () => {
    const findings = judge("{ $.errorCode = \"*UnauthorizedOperation\" }");
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain("does not match ($.errorCode = \"AccessDenied*\")");
    expect(findings[0]!.message).toContain('If a SIEM alerts on these events instead, suppress this finding with that reason.');
  });

  it("near miss: an added AND-ed condition on the region narrows the filter", () => {
    const findings = judge("{ (($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\")) && ($.awsRegion = \"us-east-1\") }");
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain("narrows the match with the AND-ed condition $.awsRegion = us-east-1");
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
