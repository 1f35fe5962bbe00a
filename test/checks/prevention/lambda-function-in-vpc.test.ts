import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/lambda-function-in-vpc.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { lambdaFunction } from '../../fixtures/lambda.js';

const attached = lambdaFunction('orders', { VpcConfig: { VpcId: 'vpc-0a1b2c3d', SubnetIds: ['subnet-a1'], SecurityGroupIds: ['sg-1'] } });

describe('lambda-function-in-vpc', () => {
  it('passes a function in a VPC and fails one outside', () => {
    const findings = evaluate(check, { 'lambda.functions': [attached, lambdaFunction('public-api')], 'lambda.edgeAssociations': ok({}) });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'orders'],
      ['FAIL', 'public-api'],
    ]);
    expect(findings[0]!.message).toBe('Lambda function orders is attached to VPC vpc-0a1b2c3d.');
    expect(findings[1]!.message).toBe('Lambda function public-api is not attached to a VPC.');
  });

  it('near miss: an empty VpcConfig (as Lambda answers for a detached function) is no VPC', () => {
    const detached = lambdaFunction('detached', { VpcConfig: { VpcId: '', SubnetIds: [], SecurityGroupIds: [] } });
    expect(evaluate(check, { 'lambda.functions': [detached], 'lambda.edgeAssociations': ok({}) })[0]!.status).toBe('FAIL');
  });

  it('says when a function outside a VPC is a Lambda@Edge function, which cannot be in one', () => {
    const edge = lambdaFunction('headers-edge');
    const findings = evaluate(check, { 'lambda.functions': [edge], 'lambda.edgeAssociations': ok({ [edge.FunctionArn!]: ['E2QWRUHEXAMPLE'] }) });
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toBe('Lambda function headers-edge is not attached to a VPC. It is a Lambda@Edge function of CloudFront distribution E2QWRUHEXAMPLE, and Lambda@Edge functions cannot be attached to a VPC.');
    const unread = evaluate(check, { 'lambda.functions': [edge], 'lambda.edgeAssociations': failed(awsError('AccessDenied', 'cloudfront:ListDistributions')) });
    expect(unread[0]!.message).toBe('Lambda function headers-edge is not attached to a VPC.');
  });

  it('is one ERROR for the region when ListFunctions is refused', async () => {
    const findings = await run(check, { 'lambda.functions': awsError('AccessDeniedException', 'lambda:ListFunctions'), 'lambda.edgeAssociations': ok({}) });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
