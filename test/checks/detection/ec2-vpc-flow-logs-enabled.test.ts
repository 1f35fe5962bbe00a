import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/ec2-vpc-flow-logs-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const vpc = (VpcId: string, extra: Record<string, unknown> = {}) => ({ VpcId, OwnerId: '123456789012', State: 'available', CidrBlock: '10.0.0.0/16', IsDefault: false, ...extra });
const flowLog = (FlowLogId: string, ResourceId: string, TrafficType: string, FlowLogStatus = 'ACTIVE') => ({
  FlowLogId,
  ResourceId,
  TrafficType,
  FlowLogStatus,
  DeliverLogsStatus: 'SUCCESS',
  LogDestinationType: 's3',
  LogDestination: 'arn:aws:s3:::acme-flow-logs',
  CreationTime: new Date('2025-03-01T10:00:00Z'),
});

describe('ec2-vpc-flow-logs-enabled', () => {
  it('passes a VPC with an active REJECT flow log', () => {
    const findings = evaluate(check, { 'ec2.vpcs': [vpc('vpc-0prod')], 'ec2.flowLogs': [flowLog('fl-01', 'vpc-0prod', 'REJECT')] });
    expect(verdicts(findings)).toEqual([['PASS', 'vpc-0prod']]);
    expect(findings[0]!.message).toBe('VPC vpc-0prod has flow log fl-01 (REJECT, ACTIVE, to s3).');
    expect(findings[0]!.resourceArn).toBe('arn:aws:ec2:us-east-1:123456789012:vpc/vpc-0prod');
  });

  it('fails a default VPC with no flow log', () => {
    const findings = evaluate(check, { 'ec2.vpcs': [vpc('vpc-0def', { IsDefault: true })], 'ec2.flowLogs': [] });
    expect(verdicts(findings)).toEqual([['FAIL', 'vpc-0def']]);
    expect(findings[0]!.message).toBe('VPC vpc-0def (default) has no flow log on the VPC.');
  });

  it('near miss: a flow log capturing ACCEPT only does not count', () => {
    const findings = evaluate(check, { 'ec2.vpcs': [vpc('vpc-0acc')], 'ec2.flowLogs': [flowLog('fl-02', 'vpc-0acc', 'ACCEPT')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'vpc-0acc']]);
    expect(findings[0]!.message).toContain('fl-02 (ACCEPT, ACTIVE, to s3)');
  });

  it('near miss: subnet- and interface-level flow logs do not count', () => {
    const findings = evaluate(check, {
      'ec2.vpcs': [vpc('vpc-0sub')],
      'ec2.flowLogs': [flowLog('fl-03', 'subnet-0a1', 'ALL'), flowLog('fl-04', 'eni-0b2', 'ALL')],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'vpc-0sub']]);
  });

  it('near miss: an ALL flow log that is not ACTIVE does not count', () => {
    const findings = evaluate(check, { 'ec2.vpcs': [vpc('vpc-0off')], 'ec2.flowLogs': [flowLog('fl-05', 'vpc-0off', 'ALL', 'DELETING')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'vpc-0off']]);
  });

  it('leaves out VPCs shared from another account', () => {
    expect(evaluate(check, { 'ec2.vpcs': [vpc('vpc-0shr', { OwnerId: '999988887777' })], 'ec2.flowLogs': [] })).toEqual([]);
  });

  it('reports ERROR when the flow logs cannot be listed', async () => {
    const findings = await run(check, { 'ec2.vpcs': [vpc('vpc-0prod')], 'ec2.flowLogs': awsError('UnauthorizedOperation', 'ec2:DescribeFlowLogs') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('ec2:DescribeFlowLogs');
  });
});

describe('ec2-vpc-flow-logs-enabled on partial answers', () => {
  it('reports ERROR, not FAIL, when the only flow log on the VPC leaves out its status', () => {
    const { FlowLogStatus: _, ...noStatus } = flowLog('fl-0zzz', 'vpc-0zzz', 'ALL');
    const findings = evaluate(check, { 'ec2.vpcs': [vpc('vpc-0zzz')], 'ec2.flowLogs': [noStatus] });
    expect(verdicts(findings)).toEqual([['ERROR', 'vpc-0zzz']]);
    expect(findings[0]!.message).toBe(
      'VPC vpc-0zzz has no flow log shown to be active and capturing ALL or REJECT traffic, but fl-0zzz (ALL, unknown status, to s3) does not report its status or traffic type, so whether it qualifies is unknown.',
    );
  });

  it('near miss: an ACCEPT-only flow log whose status is missing still fails: it would not qualify either way', () => {
    const { FlowLogStatus: _, ...noStatus } = flowLog('fl-0acc', 'vpc-0acc', 'ACCEPT');
    expect(verdicts(evaluate(check, { 'ec2.vpcs': [vpc('vpc-0acc')], 'ec2.flowLogs': [noStatus] }))).toEqual([['FAIL', 'vpc-0acc']]);
  });
});
