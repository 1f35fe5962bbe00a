import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/lambda-function-xray-tracing.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { lambdaFunction } from '../../fixtures/lambda.js';

describe('lambda-function-xray-tracing', () => {
  it('passes Active and fails PassThrough', () => {
    const findings = evaluate(check, { 'lambda.functions': [lambdaFunction('traced', { TracingConfig: { Mode: 'Active' } }), lambdaFunction('plain')] });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'traced'],
      ['FAIL', 'plain'],
    ]);
    expect(findings[1]!.message).toBe('Lambda function plain has X-Ray tracing mode PassThrough, not Active.');
  });

  it('near miss: a function that reports no tracing mode is not actively traced', () => {
    const findings = evaluate(check, { 'lambda.functions': [lambdaFunction('bare', { TracingConfig: undefined })] });
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('PassThrough (not reported)');
  });

  it('is one ERROR for the region when ListFunctions is refused', async () => {
    const findings = await run(check, { 'lambda.functions': awsError('AccessDeniedException', 'lambda:ListFunctions') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
