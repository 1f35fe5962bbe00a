import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/securityhub-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { CIS_V12, cspmOff, cspmOn, data, failedRead, FSBP, state, v2Off, v2On } from '../../fixtures/securityhub.js';

describe('securityhub-enabled', () => {
  it('passes a region where Security Hub CSPM answers, listing its standards', () => {
    const findings = evaluate(check, data(state({ cspm: cspmOn(), standards: { ok: true, value: [FSBP, CIS_V12] } })));
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:securityhub:us-east-1:123456789012:hub/default');
    expect(findings[0]!.message).toBe(
      'Security Hub CSPM is enabled in us-east-1 (DescribeHub answers, subscribed 2024-02-06T14:03:11.212Z). Enabled standards: aws-foundational-security-best-practices/v/1.0.0, cis-aws-foundations-benchmark/v/1.2.0 (INCOMPLETE).',
    );
  });

  it('passes a region where only the newer Security Hub answers, and says which one', () => {
    const findings = evaluate(check, data(state({ v2: v2On })));
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain('The newer Security Hub is enabled in us-east-1 (DescribeSecurityHubV2 answers');
  });

  it('passes, without failing on it, when the standards cannot be listed', () => {
    const findings = evaluate(check, data(state({ cspm: cspmOn(), standards: failedRead(awsError('AccessDeniedException', 'securityhub:GetEnabledStandards')) })));
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('Its enabled standards could not be listed');
  });

  it('passes with no standard enabled: CIS 4.16 asks only for the service', () => {
    const findings = evaluate(check, data(state({ cspm: cspmOn(), standards: { ok: true, value: [] } })));
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('No standard is enabled.');
  });

  it('fails a region where both answer "off", naming the scanned regions where Security Hub is on', () => {
    const findings = evaluate(check, data(state({}), state({ cspm: cspmOn('eu-west-1') })));
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toBe(
      'Security Hub is not enabled in us-east-1: not subscribed to Security Hub CSPM (Account 123456789012 is not subscribed to AWS Security Hub); no Security Hub (DescribeSecurityHubV2: ResourceNotFoundException). Scanned regions where Security Hub is enabled: eu-west-1.',
    );
  });

  it('near miss: DescribeHub refused (access denied) is ERROR, never "off"', () => {
    const findings = evaluate(check, data(state({ cspm: failedRead(awsError('AccessDeniedException', 'securityhub:DescribeHub')), v2: v2Off })));
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012/us-east-1']]);
    expect(findings[0]!.error?.action).toBe('securityhub:DescribeHub');
  });

  it('near miss: CSPM off and DescribeSecurityHubV2 refused is ERROR', () => {
    const findings = evaluate(check, data(state({ cspm: cspmOff, v2: failedRead(awsError('AccessDeniedException', 'securityhub:DescribeSecurityHubV2')) })));
    expect(findings[0]!.status).toBe('ERROR');
    expect(findings[0]!.message).toContain('Security Hub CSPM is off');
  });

  it('passes when DescribeHub is refused but the newer Security Hub answers', () => {
    const findings = evaluate(check, data(state({ cspm: failedRead(awsError('AccessDeniedException', 'securityhub:DescribeHub')), v2: v2On })));
    expect(findings[0]!.status).toBe('PASS');
  });

  it('gives one result per scanned region through the runner', async () => {
    const east = state({ cspm: cspmOn() });
    const findings = await run(check, data(east), { regions: ['us-east-1', 'eu-west-1'] });
    expect(findings.map((f) => [f.status, f.region])).toEqual([
      ['PASS', 'eu-west-1'],
      ['PASS', 'us-east-1'],
    ]);
  });
});
