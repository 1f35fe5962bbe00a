import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/lambda-function-not-public.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { lambdaFunction, perFunction, policyText } from '../../fixtures/lambda.js';

const fn = lambdaFunction('orders-handler');
const ARN = fn.FunctionArn!;
const judge = (text: string | undefined) => evaluate(check, { 'lambda.policies': perFunction([[fn, ok(text)]]) });

describe('lambda-function-not-public', () => {
  it('passes a function without a resource policy', () => {
    const findings = judge(undefined);
    expect(verdicts(findings)).toEqual([['PASS', 'orders-handler']]);
    expect(findings[0]!.message).toBe('Lambda function orders-handler has no resource-based policy, so it grants nothing to anyone.');
  });

  it('passes the policies AWS writes for API Gateway, S3 with its account, and another account', () => {
    const findings = judge(
      policyText(
        { Sid: 'apigw', Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: ARN, Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/*/GET/orders' } } },
        { Sid: 's3', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: ARN, Condition: { StringEquals: { 'AWS:SourceAccount': '123456789012' }, ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads-bucket' } } },
        { Sid: 'partner', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'lambda:InvokeFunction', Resource: ARN },
      ),
    );
    expect(findings[0]!.status).toBe('PASS');
  });

  it('fails an Allow to everyone without conditions', () => {
    const findings = judge(policyText({ Sid: 'open', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: ARN }));
    expect(verdicts(findings)).toEqual([['FAIL', 'orders-handler']]);
    expect(findings[0]!.message).toBe("Lambda function orders-handler has a public resource-based policy: statement 'open' allows lambda:InvokeFunction to everyone without a condition pinning the caller.");
  });

  it('fails the permission that makes a NONE function URL public', () => {
    const findings = judge(
      policyText({ Sid: 'FunctionURLAllowPublicAccess', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunctionUrl', Resource: ARN, Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } } }),
    );
    expect(findings[0]!.status).toBe('FAIL');
  });

  it('near miss: S3 with only aws:SourceArn fails (a bucket ARN names no account)', () => {
    const findings = judge(
      policyText({ Sid: 's3', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: ARN, Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads-bucket' } } }),
    );
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain("statement 's3' allows lambda:InvokeFunction to the S3 service without aws:SourceAccount");
  });

  it('near miss: a wildcard in a pinning value pins nothing (Lambda.1)', () => {
    const wildcardArn = judge(
      policyText({ Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: ARN, Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:sns:us-east-1:123456789012:*' } } }),
    );
    expect(wildcardArn[0]!.status).toBe('FAIL');
    const pinned = judge(
      policyText({ Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: ARN, Condition: { ArnEquals: { 'AWS:SourceArn': 'arn:aws:sns:us-east-1:123456789012:orders' } } }),
    );
    expect(pinned[0]!.status).toBe('PASS');
  });

  it('near miss: aws:PrincipalOrgID pins, a policy variable does not', () => {
    expect(judge(policyText({ Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: ARN, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } }))[0]!.status).toBe('PASS');
    expect(judge(policyText({ Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: ARN, Condition: { StringEquals: { 'aws:PrincipalAccount': '${aws:username}' } } }))[0]!.status).toBe('FAIL');
  });

  it('is an ERROR when GetPolicy is refused or the policy cannot be parsed', async () => {
    const denied = evaluate(check, { 'lambda.policies': perFunction([[fn, failed(awsError('AccessDeniedException', 'lambda:GetPolicy'))]]) });
    expect(verdicts(denied)).toEqual([['ERROR', 'orders-handler']]);
    expect(denied[0]!.error?.action).toBe('lambda:GetPolicy');
    expect(judge('{"Statement": 3}')[0]!.status).toBe('ERROR');
    const region = await run(check, { 'lambda.policies': awsError('AccessDeniedException', 'lambda:ListFunctions') });
    expect(region.map((f) => f.status)).toEqual(['ERROR']);
  });
});
