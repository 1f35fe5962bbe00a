import { describe, expect, it } from 'vitest';
import check, { CONTROL } from '../../../src/checks/detection/cloudwatch-organizations-changes-monitored.js';
import { awsError, evaluate, ok, run, verdicts } from '../../helpers/check-harness.js';
import { monitoringData, pendingEmail, TOPIC_ARN } from '../../fixtures/cloudwatch.js';

const global = { region: 'global' };
const judge = (pattern: string) => evaluate(check, monitoringData(pattern), global);

describe('cloudwatch-organizations-changes-monitored', () => {
  it('passes the published CIS v5 pattern with an alarm and a confirmed subscriber', () => {
    const findings = judge(CONTROL.pattern);
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.message).toContain("AWS Organizations changes are monitored");
  });

  it("passes a reordering with other whitespace and quoting", () => {
    const findings = judge("{ (\n  $.eventName = \"UpdateOrganizationalUnit\" ||\n  $.eventName = \"UpdatePolicy\" ||\n  $.eventName = \"RemoveAccountFromOrganization\" ||\n  $.eventName = \"MoveAccount\" ||\n  $.eventName = \"LeaveOrganization\" ||\n  $.eventName = \"InviteAccountToOrganization\" ||\n  $.eventName = \"EnablePolicyType\" ||\n  $.eventName = \"DisablePolicyType\" ||\n  $.eventName = \"DetachPolicy\" ||\n  $.eventName = \"DeletePolicy\" ||\n  $.eventName = \"DeleteOrganizationalUnit\" ||\n  $.eventName = \"DeleteOrganization\" ||\n  $.eventName = \"DeclineHandshake\" ||\n  $.eventName = \"CreatePolicy\" ||\n  $.eventName = \"CreateOrganizationalUnit\" ||\n  $.eventName = \"CreateAccount\" ||\n  $.eventName = \"AttachPolicy\" ||\n  $.eventName = \"AcceptHandshake\"\n) && ($.eventSource = \"organizations.amazonaws.com\") }");
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it("passes without the eventSource condition (broader)", () => {
    const findings = judge("{ ($.eventName=AcceptHandshake)||($.eventName=AttachPolicy)||($.eventName=CreateAccount)||($.eventName=CreateOrganizationalUnit)||($.eventName=CreatePolicy)||($.eventName=DeclineHandshake)||($.eventName=DeleteOrganization)||($.eventName=DeleteOrganizationalUnit)||($.eventName=DeletePolicy)||($.eventName=DetachPolicy)||($.eventName=DisablePolicyType)||($.eventName=EnablePolicyType)||($.eventName=InviteAccountToOrganization)||($.eventName=LeaveOrganization)||($.eventName=MoveAccount)||($.eventName=RemoveAccountFromOrganization)||($.eventName=UpdatePolicy)||($.eventName=UpdateOrganizationalUnit) }");
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it("near miss: LeaveOrganization is missing", () => {
    const findings = judge("{ ($.eventSource = organizations.amazonaws.com) && (($.eventName=AcceptHandshake)||($.eventName=AttachPolicy)||($.eventName=CreateAccount)||($.eventName=CreateOrganizationalUnit)||($.eventName=CreatePolicy)||($.eventName=DeclineHandshake)||($.eventName=DeleteOrganization)||($.eventName=DeleteOrganizationalUnit)||($.eventName=DeletePolicy)||($.eventName=DetachPolicy)||($.eventName=DisablePolicyType)||($.eventName=EnablePolicyType)||($.eventName=InviteAccountToOrganization)||($.eventName=MoveAccount)||($.eventName=RemoveAccountFromOrganization)||($.eventName=UpdatePolicy)||($.eventName=UpdateOrganizationalUnit)) }");
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toContain("does not match $.eventName LeaveOrganization with $.eventSource = organizations.amazonaws.com");
    expect(findings[0]!.message).toContain('If a SIEM alerts on these events instead, suppress this finding with that reason.');
  });

  it("near miss: an added AND-ed region condition narrows the filter", () => {
    const findings = judge("{ ($.eventSource = organizations.amazonaws.com) && ($.awsRegion = us-east-1) && (($.eventName=AcceptHandshake)||($.eventName=AttachPolicy)||($.eventName=CreateAccount)||($.eventName=CreateOrganizationalUnit)||($.eventName=CreatePolicy)||($.eventName=DeclineHandshake)||($.eventName=DeleteOrganization)||($.eventName=DeleteOrganizationalUnit)||($.eventName=DeletePolicy)||($.eventName=DetachPolicy)||($.eventName=DisablePolicyType)||($.eventName=EnablePolicyType)||($.eventName=InviteAccountToOrganization)||($.eventName=LeaveOrganization)||($.eventName=MoveAccount)||($.eventName=RemoveAccountFromOrganization)||($.eventName=UpdatePolicy)||($.eventName=UpdateOrganizationalUnit)) }");
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
