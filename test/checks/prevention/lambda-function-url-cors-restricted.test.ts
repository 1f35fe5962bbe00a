import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/lambda-function-url-cors-restricted.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { functionUrl, lambdaFunction, perFunction } from '../../fixtures/lambda.js';

const fn = lambdaFunction('webhook');

describe('lambda-function-url-cors-restricted', () => {
  it('passes listed origins and fails "*"', () => {
    const findings = evaluate(check, {
      'lambda.functionUrls': perFunction([
        [
          fn,
          ok([
            functionUrl(fn, 'AWS_IAM', { Cors: { AllowOrigins: ['https://app.example.com'], AllowMethods: ['GET'] } }),
            functionUrl(fn, 'NONE', { Cors: { AllowOrigins: ['*'], AllowMethods: ['*'] } }, 'live'),
          ]),
        ],
      ]),
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'webhook'],
      ['FAIL', 'webhook:live'],
    ]);
    expect(findings[0]!.message).toContain('allows only these origins: https://app.example.com.');
    expect(findings[1]!.message).toContain('allows every origin ("*") in its CORS configuration.');
  });

  it('near miss: no CORS block passes (browsers refuse cross-origin reads); a wildcard subdomain is not "*"', () => {
    const findings = evaluate(check, {
      'lambda.functionUrls': perFunction([[fn, ok([functionUrl(fn, 'AWS_IAM'), functionUrl(fn, 'AWS_IAM', { Cors: { AllowOrigins: ['https://*.example.com'] } }, 'beta')])]]),
    });
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'PASS']);
    expect(findings[0]!.message).toContain('has no CORS configuration');
  });

  it('is an ERROR when the URLs cannot be listed', async () => {
    const findings = evaluate(check, { 'lambda.functionUrls': perFunction([[fn, failed(awsError('AccessDeniedException', 'lambda:ListFunctionUrlConfigs'))]]) });
    expect(verdicts(findings)).toEqual([['ERROR', 'webhook']]);
    expect((await run(check, { 'lambda.functionUrls': awsError('AccessDeniedException', 'lambda:ListFunctions') })).map((f) => f.status)).toEqual(['ERROR']);
  });
});
