import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-vpc-ec2-endpoint-configured.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const vpc = (VpcId: string) => ({ VpcId, OwnerId: '123456789012', State: 'available', CidrBlock: '10.0.0.0/16', IsDefault: false });
const endpoint = (id: string, VpcId: string, ServiceName: string, State = 'available') => ({
  VpcEndpointId: id,
  VpcEndpointType: 'Interface',
  VpcId,
  ServiceName,
  State,
  PrivateDnsEnabled: true,
  OwnerId: '123456789012',
});

describe('ec2-vpc-ec2-endpoint-configured', () => {
  it('passes a VPC with an available EC2 interface endpoint', () => {
    const findings = evaluate(check, { 'ec2.vpcs': [vpc('vpc-0prod')], 'ec2.vpcEndpoints': [endpoint('vpce-0ec2', 'vpc-0prod', 'com.amazonaws.us-east-1.ec2')] });
    expect(verdicts(findings)).toEqual([['PASS', 'vpc-0prod']]);
    expect(findings[0]!.message).toBe('VPC vpc-0prod has EC2 endpoint vpce-0ec2 (com.amazonaws.us-east-1.ec2).');
  });

  it('fails a VPC without an EC2 endpoint', () => {
    const findings = evaluate(check, { 'ec2.vpcs': [vpc('vpc-0dev')], 'ec2.vpcEndpoints': [endpoint('vpce-0s3', 'vpc-0dev', 'com.amazonaws.us-east-1.s3')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'vpc-0dev']]);
    expect(findings[0]!.message).toBe('VPC vpc-0dev has no VPC endpoint for com.amazonaws.us-east-1.ec2.');
  });

  it('near miss: an ec2messages endpoint or an EC2 endpoint in another VPC does not count', () => {
    const findings = evaluate(check, {
      'ec2.vpcs': [vpc('vpc-0qa')],
      'ec2.vpcEndpoints': [endpoint('vpce-0msg', 'vpc-0qa', 'com.amazonaws.us-east-1.ec2messages'), endpoint('vpce-0oth', 'vpc-0prod', 'com.amazonaws.us-east-1.ec2')],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'vpc-0qa']]);
  });

  it('near miss: an EC2 endpoint pending acceptance is not available', () => {
    const findings = evaluate(check, { 'ec2.vpcs': [vpc('vpc-0new')], 'ec2.vpcEndpoints': [endpoint('vpce-0pend', 'vpc-0new', 'com.amazonaws.us-east-1.ec2', 'pending')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'vpc-0new']]);
    expect(findings[0]!.message).toContain('vpce-0pend is pending');
  });

  it('reports ERROR when the endpoints cannot be listed', async () => {
    const findings = await run(check, { 'ec2.vpcs': [vpc('vpc-0prod')], 'ec2.vpcEndpoints': awsError('UnauthorizedOperation', 'ec2:DescribeVpcEndpoints') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
