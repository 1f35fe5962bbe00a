import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/redshift-serverless-workgroup-enhanced-vpc-routing.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { workgroup } from '../../fixtures/redshift.js';

describe('redshift-serverless-workgroup-enhanced-vpc-routing', () => {
  it('passes enhancedVpcRouting true', () => {
    const findings = evaluate(check, { 'redshiftServerless.workgroups': [workgroup('analytics')] });
    expect(verdicts(findings)).toEqual([['PASS', 'analytics']]);
  });

  it('fails enhancedVpcRouting false', () => {
    const findings = evaluate(check, { 'redshiftServerless.workgroups': [workgroup('adhoc', { enhancedVpcRouting: false })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'adhoc']]);
    expect(findings[0]!.message).toBe('Redshift Serverless workgroup adhoc does not use enhanced VPC routing, so COPY and UNLOAD traffic leaves the VPC.');
  });

  it('near miss: an answer without enhancedVpcRouting is ERROR, never PASS', () => {
    expect(verdicts(evaluate(check, { 'redshiftServerless.workgroups': [workgroup('bare', { enhancedVpcRouting: undefined })] }))).toEqual([['ERROR', 'bare']]);
  });

  it('reports ERROR when the workgroups cannot be listed', async () => {
    const findings = await run(check, { 'redshiftServerless.workgroups': awsError('AccessDeniedException', 'redshift-serverless:ListWorkgroups') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
