import type { Subnet } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/lambda-function-vpc-multi-az.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { lambdaFunction } from '../../fixtures/lambda.js';

const subnet = (SubnetId: string, AvailabilityZone: string): Subnet => ({ SubnetId, AvailabilityZone, AvailabilityZoneId: `use1-az${AvailabilityZone.slice(-1)}`, VpcId: 'vpc-0a1b2c3d', CidrBlock: '10.0.0.0/24', State: 'available' });
const SUBNETS = ok([subnet('subnet-a1', 'us-east-1a'), subnet('subnet-a2', 'us-east-1a'), subnet('subnet-b1', 'us-east-1b')]);
const inVpc = (name: string, SubnetIds: string[]) => lambdaFunction(name, { VpcConfig: { VpcId: 'vpc-0a1b2c3d', SubnetIds, SecurityGroupIds: ['sg-0123'] } });

describe('lambda-function-vpc-multi-az', () => {
  it('passes subnets in two zones and fails subnets in one', () => {
    const findings = evaluate(check, { 'lambda.functions': [inVpc('multi', ['subnet-a1', 'subnet-b1']), inVpc('single', ['subnet-a1'])], 'lambda.vpcSubnets': SUBNETS });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'multi'],
      ['FAIL', 'single'],
    ]);
    expect(findings[0]!.message).toBe('Lambda function multi (VPC vpc-0a1b2c3d) has subnets in 2 Availability Zones (us-east-1a, us-east-1b).');
    expect(findings[1]!.message).toBe('Lambda function single (VPC vpc-0a1b2c3d) has subnets in only one Availability Zone (us-east-1a); at least 2 are required.');
  });

  it('near miss: two subnets in the same zone are one zone', () => {
    expect(evaluate(check, { 'lambda.functions': [inVpc('twins', ['subnet-a1', 'subnet-a2'])], 'lambda.vpcSubnets': SUBNETS })[0]!.status).toBe('FAIL');
  });

  it('does not evaluate functions outside a VPC (an empty VpcConfig included)', () => {
    const outside = lambdaFunction('outside', { VpcConfig: { VpcId: '', SubnetIds: [], SecurityGroupIds: [] } });
    expect(evaluate(check, { 'lambda.functions': [lambdaFunction('plain'), outside], 'lambda.vpcSubnets': ok([]) })).toEqual([]);
  });

  it('is an ERROR when the subnets cannot be read or a subnet is missing from the listing', async () => {
    const denied = evaluate(check, { 'lambda.functions': [inVpc('multi', ['subnet-a1', 'subnet-b1'])], 'lambda.vpcSubnets': failed(awsError('UnauthorizedOperation', 'ec2:DescribeSubnets')) });
    expect(verdicts(denied)).toEqual([['ERROR', 'multi']]);
    expect(denied[0]!.error?.action).toBe('ec2:DescribeSubnets');
    const missing = evaluate(check, { 'lambda.functions': [inVpc('ghost', ['subnet-a1', 'subnet-zz'])], 'lambda.vpcSubnets': SUBNETS });
    expect(missing[0]!.status).toBe('ERROR');
    expect((await run(check, { 'lambda.functions': awsError('AccessDeniedException', 'lambda:ListFunctions'), 'lambda.vpcSubnets': SUBNETS })).map((f) => f.status)).toEqual(['ERROR']);
  });
});
