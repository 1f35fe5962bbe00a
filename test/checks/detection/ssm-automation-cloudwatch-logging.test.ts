import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/ssm-automation-cloudwatch-logging.js';
import { awsError, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';
import { setting } from '../../fixtures/ssm.js';

const DEST = '/ssm/automation/customer-script-log-destination';
const GROUP = '/ssm/automation/customer-script-log-group-name';

describe('ssm-automation-cloudwatch-logging', () => {
  it('passes when the destination is CloudWatch, naming the log group', () => {
    const findings = evaluate(check, { 'ssm.automationLogging': { destination: ok(setting(DEST, 'CloudWatch')), logGroup: ok(setting(GROUP, '/aws/ssm/automation/executeScript', 'Default')) } });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toBe(`SSM Automation sends customer script output to CloudWatch Logs in us-east-1, to log group /aws/ssm/automation/executeScript (${GROUP}).`);
  });

  it('passes, saying so, when the log group setting cannot be read', () => {
    const findings = evaluate(check, { 'ssm.automationLogging': { destination: ok(setting(DEST, 'CloudWatch')), logGroup: failed(awsError('AccessDeniedException', 'ssm:GetServiceSetting')) } });
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('its log group could not be read');
  });

  it('near miss: the AWS default None fails', () => {
    const findings = evaluate(check, { 'ssm.automationLogging': { destination: ok(setting(DEST, 'None', 'Default')) } });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toBe(`SSM Automation does not send customer script output to CloudWatch Logs in us-east-1: ${DEST} is None, the AWS default.`);
  });

  it('reports ERROR when the destination cannot be read', () => {
    const findings = evaluate(check, { 'ssm.automationLogging': { destination: failed(awsError('AccessDeniedException', 'ssm:GetServiceSetting')) } });
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012/us-east-1']]);
  });
});
