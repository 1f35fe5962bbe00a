import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/redshift-serverless-namespace-logs-exported.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { namespace } from '../../fixtures/redshift.js';

describe('redshift-serverless-namespace-logs-exported', () => {
  it('passes connectionlog and userlog exported, with or without useractivitylog', () => {
    const findings = evaluate(check, { 'redshiftServerless.namespaces': [namespace('lake'), namespace('min', { logExports: ['userlog', 'connectionlog'] })] });
    expect(verdicts(findings)).toEqual([['PASS', 'lake'], ['PASS', 'min']]);
    expect(findings[0]!.message).toBe('Redshift Serverless namespace lake exports connectionlog, userlog, useractivitylog to CloudWatch Logs.');
  });

  it('fails a namespace exporting nothing', () => {
    const findings = evaluate(check, { 'redshiftServerless.namespaces': [namespace('quiet', { logExports: [] }), namespace('absent', { logExports: undefined })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'quiet'], ['FAIL', 'absent']]);
    expect(findings[0]!.message).toBe('Redshift Serverless namespace quiet does not export connectionlog and userlog to CloudWatch Logs (it exports no logs).');
  });

  it('near miss: useractivitylog and connectionlog without userlog FAIL', () => {
    const findings = evaluate(check, { 'redshiftServerless.namespaces': [namespace('partial', { logExports: ['connectionlog', 'useractivitylog'] })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'partial']]);
    expect(findings[0]!.message).toContain('does not export userlog');
  });

  it('reports ERROR when the namespaces cannot be listed', async () => {
    const findings = await run(check, { 'redshiftServerless.namespaces': awsError('AccessDeniedException', 'redshift-serverless:ListNamespaces') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
