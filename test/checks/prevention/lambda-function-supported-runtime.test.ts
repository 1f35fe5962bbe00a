import { describe, expect, it } from 'vitest';
import check, { runtimeEntry } from '../../../src/checks/prevention/lambda-function-supported-runtime.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { lambdaFunction } from '../../fixtures/lambda.js';

const at = (iso: string) => ({ now: new Date(iso) });

describe('lambda-function-supported-runtime', () => {
  it('passes a runtime before its deprecation date and fails one after it, with both dates', () => {
    const findings = evaluate(check, { 'lambda.functions': [lambdaFunction('api', { Runtime: 'python3.12' }), lambdaFunction('legacy', { Runtime: 'nodejs16.x' })] }, at('2026-11-01T12:00:00Z'));
    expect(verdicts(findings)).toEqual([
      ['PASS', 'api'],
      ['FAIL', 'legacy'],
    ]);
    expect(findings[0]!.message).toBe('Lambda function api uses runtime python3.12 (Python 3.12), supported until its deprecation on 2028-10-31; updates of the function will be blocked from 2029-01-10.');
    expect(findings[1]!.message).toBe('Lambda function legacy uses runtime nodejs16.x (Node.js 16), deprecated since 2024-06-12; updates of the function will be blocked from 2027-03-03.');
  });

  it('near miss: the deprecation day itself fails, the day before passes (the scan clock decides)', () => {
    const fn = lambdaFunction('edge', { Runtime: 'python3.10' });
    expect(evaluate(check, { 'lambda.functions': [fn] }, at('2026-10-30T23:59:59Z'))[0]!.status).toBe('PASS');
    expect(evaluate(check, { 'lambda.functions': [fn] }, at('2026-10-31T00:00:00Z'))[0]!.status).toBe('FAIL');
  });

  it('near miss: provided.al2023 passes here although Security Hub fails it; the runtime is named', () => {
    const findings = evaluate(check, { 'lambda.functions': [lambdaFunction('rust-fn', { Runtime: 'provided.al2023' })] });
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('provided.al2023');
  });

  it('does not evaluate container-image functions', () => {
    const image = lambdaFunction('container', { PackageType: 'Image', Runtime: undefined, Handler: undefined });
    expect(evaluate(check, { 'lambda.functions': [image] })).toEqual([]);
  });

  it('is an ERROR for a runtime the table does not know, and for a .zip function without runtime', () => {
    const findings = evaluate(check, { 'lambda.functions': [lambdaFunction('future', { Runtime: 'python3.99' as 'python3.12' }), lambdaFunction('odd', { Runtime: undefined })] });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'future'],
      ['ERROR', 'odd'],
    ]);
    expect(findings[0]!.message).toContain('unknown runtime: update aws-posture');
  });

  it('knows every runtime of the catalogue table, with its dates', () => {
    expect(runtimeEntry('go1.x')).toEqual({ runtime: 'go1.x', name: 'Go 1.x', deprecated: '2024-01-08', blockFunctionUpdate: '2027-03-03' });
    expect(runtimeEntry('dotnet9')?.blockFunctionUpdate).toBeNull();
    expect(runtimeEntry('java25')?.deprecated).toBe('2029-06-30');
  });

  it('is one ERROR for the region when ListFunctions is refused', async () => {
    const findings = await run(check, { 'lambda.functions': awsError('AccessDeniedException', 'lambda:ListFunctions') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
