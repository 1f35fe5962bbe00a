import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-eni-source-dest-check-enabled.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const eni = (id: string, SourceDestCheck: boolean, extra: Record<string, unknown> = {}) => ({
  NetworkInterfaceId: id,
  InterfaceType: 'interface',
  OwnerId: '123456789012',
  RequesterManaged: false,
  SourceDestCheck,
  Status: 'in-use',
  SubnetId: 'subnet-0a',
  VpcId: 'vpc-0prod',
  Groups: [{ GroupId: 'sg-0web', GroupName: 'prod-web-sg' }],
  Attachment: { AttachmentId: `eni-attach-${id}`, InstanceId: 'i-0abc', DeviceIndex: 0, Status: 'attached' },
  ...extra,
});

describe('ec2-eni-source-dest-check-enabled', () => {
  it('passes an instance interface with the check on', () => {
    const findings = evaluate(check, { 'ec2.networkInterfaces': [eni('eni-0web', true)] });
    expect(verdicts(findings)).toEqual([['PASS', 'eni-0web']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ec2:us-east-1:123456789012:network-interface/eni-0web');
  });

  it('fails an interface with the check off', () => {
    const findings = evaluate(check, { 'ec2.networkInterfaces': [eni('eni-0nat', false)] });
    expect(verdicts(findings)).toEqual([['FAIL', 'eni-0nat']]);
    expect(findings[0]!.message).toBe('Network interface eni-0nat (attached to i-0abc) has source/destination checking disabled; it can forward traffic that is not its own.');
  });

  it('near miss: requester-managed and AWS-managed interface types are not evaluated', () => {
    const findings = evaluate(check, {
      'ec2.networkInterfaces': [
        eni('eni-0vpce', false, { InterfaceType: 'vpc_endpoint', RequesterManaged: true, Attachment: undefined }),
        eni('eni-0natgw', false, { InterfaceType: 'natGateway', RequesterManaged: true, Attachment: undefined }),
        eni('eni-0elb', false, { InterfaceType: 'interface', RequesterManaged: true, Attachment: undefined }),
      ],
    });
    expect(findings).toEqual([]);
  });

  it('near miss: a Lambda interface is user-managed for EC2.180', () => {
    const findings = evaluate(check, { 'ec2.networkInterfaces': [eni('eni-0fn', false, { InterfaceType: 'lambda', Attachment: undefined, Status: 'available' })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'eni-0fn']]);
    expect(findings[0]!.message).toContain('(not attached)');
  });

  it('reports ERROR when the interfaces cannot be listed', async () => {
    const findings = await run(check, { 'ec2.networkInterfaces': awsError('UnauthorizedOperation', 'ec2:DescribeNetworkInterfaces') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

describe('ec2-eni-source-dest-check-enabled on partial answers', () => {
  it('reports ERROR, not FAIL, for an interface whose answer leaves out SourceDestCheck (on by default)', () => {
    const { SourceDestCheck: _, ...partial } = eni('eni-0zzz', true);
    const findings = evaluate(check, { 'ec2.networkInterfaces': [partial] });
    expect(verdicts(findings)).toEqual([['ERROR', 'eni-0zzz']]);
    expect(findings[0]!.message).toBe(
      'Network interface eni-0zzz (attached to i-0abc) reports no SourceDestCheck setting, so whether it can forward traffic that is not its own is unknown.',
    );
  });
});
