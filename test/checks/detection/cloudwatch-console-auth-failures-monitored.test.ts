import { describe, expect, it } from 'vitest';
import check, { CONTROL } from '../../../src/checks/detection/cloudwatch-console-auth-failures-monitored.js';
import { awsError, evaluate, ok, run, verdicts } from '../../helpers/check-harness.js';
import { monitoringData, pendingEmail, TOPIC_ARN } from '../../fixtures/cloudwatch.js';

const global = { region: 'global' };
const judge = (pattern: string) => evaluate(check, monitoringData(pattern), global);

describe('cloudwatch-console-auth-failures-monitored', () => {
  it('passes the published CIS v5 pattern with an alarm and a confirmed subscriber', () => {
    const findings = judge(CONTROL.pattern);
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.message).toContain("Console authentication failures are monitored");
  });

  it("passes the pattern Security Hub CloudWatch.6 checks", () => {
    const findings = judge("{($.eventName=ConsoleLogin) && ($.errorMessage=\"Failed authentication\")}");
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it("passes a reordering with other whitespace and quoting", () => {
    const findings = judge("{\n\t$.errorMessage = \"Failed authentication\"\n\t&& $.eventName = \"ConsoleLogin\"\n}");
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it("near miss: failures read from responseElements instead of errorMessage", () => {
    const findings = judge("{ ($.eventName = ConsoleLogin) && ($.responseElements.ConsoleLogin = \"Failure\") }");
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain("narrows the match with the AND-ed condition $.responseElements.ConsoleLogin = Failure");
    expect(findings[0]!.message).toContain('If a SIEM alerts on these events instead, suppress this finding with that reason.');
  });

  it("near miss: \"Failed authentication\" in another case", () => {
    const findings = judge("{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"failed authentication\") }");
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain("does not match");
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
