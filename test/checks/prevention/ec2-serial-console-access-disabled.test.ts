import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-serial-console-access-disabled.js';
import { awsError, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';

const judge = (value: Record<string, unknown>) => evaluate(check, { 'ec2.serialConsoleAccess': ok(value) });

describe('ec2-serial-console-access-disabled', () => {
  it('passes when access is off, naming the manager', () => {
    const findings = judge({ SerialConsoleAccessEnabled: false, ManagedBy: 'account' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toBe('EC2 serial console access is off in us-east-1 (ManagedBy account).');
  });

  it('fails when access is on, even when a declarative policy set it', () => {
    const [finding] = judge({ SerialConsoleAccessEnabled: true, ManagedBy: 'declarative-policy' });
    expect(finding!.status).toBe('FAIL');
    expect(finding!.message).toContain('declarative policy');
  });

  it('near miss: an answer without the flag is ERROR, not an assumed off', () => {
    const [finding] = judge({ ManagedBy: 'account' });
    expect(finding!.status).toBe('ERROR');
    expect(finding!.message).toContain('without SerialConsoleAccessEnabled');
  });

  it('reports ERROR when the status cannot be read', () => {
    const findings = evaluate(check, { 'ec2.serialConsoleAccess': failed(awsError('UnauthorizedOperation', 'ec2:GetSerialConsoleAccessStatus')) });
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012/us-east-1']]);
  });
});
