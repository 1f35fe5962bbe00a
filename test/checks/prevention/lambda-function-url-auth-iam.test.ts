import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/lambda-function-url-auth-iam.js';
import type { Fetched } from '../../../src/data/dataset.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { functionUrl, lambdaFunction, perFunction, policyText } from '../../fixtures/lambda.js';

const fn = lambdaFunction('webhook');
const ARN = fn.FunctionArn!;
const urlStatement = { Sid: 'FunctionURLAllowPublicAccess', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunctionUrl', Resource: ARN, Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } } };
const invokeStatement = { Sid: 'FunctionURLAllowInvokeAction', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: ARN, Condition: { Bool: { 'lambda:InvokedViaFunctionUrl': 'true' } } };

function judgeNone(policy: Fetched<string | undefined>, alias?: string) {
  const url = functionUrl(fn, 'NONE', {}, alias);
  return evaluate(check, { 'lambda.functionUrls': perFunction([[fn, ok([url])]]), 'lambda.openUrlPolicies': [{ fn, url, policy }] });
}

describe('lambda-function-url-auth-iam', () => {
  it('passes a URL with AWS_IAM', () => {
    const url = functionUrl(fn, 'AWS_IAM');
    const findings = evaluate(check, { 'lambda.functionUrls': perFunction([[fn, ok([url])]]), 'lambda.openUrlPolicies': [] });
    expect(verdicts(findings)).toEqual([['PASS', 'webhook']]);
    expect(findings[0]!.message).toBe(`Function URL ${url.FunctionUrl} of Lambda function webhook requires IAM authentication (AuthType AWS_IAM).`);
  });

  it('fails a NONE URL that both permissions make publicly invocable', () => {
    const findings = judgeNone(ok(policyText(urlStatement, invokeStatement)));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain(
      "has AuthType NONE, so it needs no authentication: publicly invocable: the resource policy allows lambda:InvokeFunctionUrl (statement 'FunctionURLAllowPublicAccess') and lambda:InvokeFunction (statement 'FunctionURLAllowInvokeAction') to everyone without a condition pinning the caller.",
    );
  });

  it('fails a NONE URL with only the older permission, noting what URLs created since October 2025 also need', () => {
    const findings = judgeNone(ok(policyText(urlStatement)));
    expect(findings[0]!.message).toContain('URLs created since October 2025 also need lambda:InvokeFunction, which it does not grant to everyone');
  });

  it('near miss: a NONE URL without any public permission still fails, as not invocable yet', () => {
    const none = judgeNone(ok(undefined));
    expect(none[0]!.status).toBe('FAIL');
    expect(none[0]!.message).toContain('not invocable yet, no public permission');
    const other = judgeNone(ok(policyText({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'lambda:InvokeFunctionUrl', Resource: ARN })));
    expect(other[0]!.message).toContain('not invocable yet, no public permission in the resource policy');
  });

  it('names a URL on an alias by the alias', () => {
    const findings = judgeNone(ok(undefined), 'live');
    expect(verdicts(findings)).toEqual([['FAIL', 'webhook:live']]);
    expect(findings[0]!.resourceArn).toBe(`${ARN}:live`);
    expect(findings[0]!.message).toContain('of Lambda function webhook (alias live)');
  });

  it('still fails NONE when the policy read is refused, saying the exposure is unknown', () => {
    const findings = judgeNone(failed(awsError('AccessDeniedException', 'lambda:GetPolicy')));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('whether anyone can invoke it now is unknown (lambda:GetPolicy failed: AccessDeniedException)');
  });

  it('gives nothing for a function without URL, and is an ERROR when its URLs cannot be listed', async () => {
    expect(evaluate(check, { 'lambda.functionUrls': perFunction([[fn, ok([])]]), 'lambda.openUrlPolicies': [] })).toEqual([]);
    const denied = evaluate(check, { 'lambda.functionUrls': perFunction([[fn, failed(awsError('AccessDeniedException', 'lambda:ListFunctionUrlConfigs'))]]), 'lambda.openUrlPolicies': [] });
    expect(verdicts(denied)).toEqual([['ERROR', 'webhook']]);
    const region = await run(check, { 'lambda.functionUrls': awsError('AccessDeniedException', 'lambda:ListFunctions'), 'lambda.openUrlPolicies': [] });
    expect(region.map((f) => f.status)).toEqual(['ERROR']);
  });
});
