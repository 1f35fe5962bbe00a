import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ssm-instance-patch-compliant.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { compliance } from '../../fixtures/ssm.js';

describe('ssm-instance-patch-compliant', () => {
  it('passes a COMPLIANT instance', () => {
    const findings = evaluate(check, { 'ssm.patchCompliance': [compliance('i-0aaa', 'Patch', 'COMPLIANT')] });
    expect(verdicts(findings)).toEqual([['PASS', 'i-0aaa']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ec2:us-east-1:123456789012:instance/i-0aaa');
    expect(findings[0]!.message).toBe('Managed instance i-0aaa is patch compliant.');
  });

  it('fails a NON_COMPLIANT instance with the counts by severity', () => {
    const findings = evaluate(check, { 'ssm.patchCompliance': [compliance('mi-0123456789abcdef0', 'Patch', 'NON_COMPLIANT')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'mi-0123456789abcdef0']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ssm:us-east-1:123456789012:managed-instance/mi-0123456789abcdef0');
    expect(findings[0]!.message).toBe('Managed instance mi-0123456789abcdef0 is not patch compliant: 3 non-compliant patches (1 critical, 2 high); overall severity CRITICAL.');
  });

  it('near miss: compliant, but the data is older than 30 days (reported, still PASS)', () => {
    const old = compliance('i-0bbb', 'Patch', 'COMPLIANT', { ExecutionSummary: { ExecutionTime: new Date('2026-08-15T00:00:00Z') } });
    const findings = evaluate(check, { 'ssm.patchCompliance': [old] });
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('The compliance data dates from 2026-08-15, more than 30 days ago.');
  });

  it('reports ERROR for an item without a status', () => {
    expect(evaluate(check, { 'ssm.patchCompliance': [{ ...compliance('i-0ccc', 'Patch', 'COMPLIANT'), Status: undefined }] })[0]!.status).toBe('ERROR');
  });

  it('reports ERROR for the region when the summaries cannot be listed', async () => {
    const findings = await run(check, { 'ssm.patchCompliance': awsError('AccessDeniedException', 'ssm:ListResourceComplianceSummaries') });
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012/us-east-1']]);
  });
});
