import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ssm-instance-association-compliant.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { compliance } from '../../fixtures/ssm.js';

describe('ssm-instance-association-compliant', () => {
  it('passes a COMPLIANT instance', () => {
    const findings = evaluate(check, { 'ssm.associationCompliance': [compliance('i-0aaa', 'Association', 'COMPLIANT')] });
    expect(verdicts(findings)).toEqual([['PASS', 'i-0aaa']]);
    expect(findings[0]!.message).toBe('Managed instance i-0aaa is compliant with its State Manager associations.');
  });

  it('fails a NON_COMPLIANT instance', () => {
    const failedOne = compliance('i-0bbb', 'Association', 'NON_COMPLIANT', { NonCompliantSummary: { NonCompliantCount: 1, SeveritySummary: { UnspecifiedCount: 1 } } });
    const findings = evaluate(check, { 'ssm.associationCompliance': [failedOne] });
    expect(verdicts(findings)).toEqual([['FAIL', 'i-0bbb']]);
    expect(findings[0]!.message).toBe('Managed instance i-0bbb is not compliant with its State Manager associations: 1 non-compliant association (1 unspecified).');
  });

  it('near miss: instances without association data give no result', () => {
    expect(evaluate(check, { 'ssm.associationCompliance': [] })).toEqual([]);
  });

  it('reports ERROR for the region when the summaries cannot be listed', async () => {
    const findings = await run(check, { 'ssm.associationCompliance': awsError('AccessDeniedException', 'ssm:ListResourceComplianceSummaries') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.status).toBe('ERROR');
  });
});
