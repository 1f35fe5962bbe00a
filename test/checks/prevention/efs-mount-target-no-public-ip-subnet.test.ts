import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/efs-mount-target-no-public-ip-subnet.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { fileSystem, mountTarget, read } from '../../fixtures/efs.js';

const subnet = (id: string, publicIp: boolean | undefined) => ({
  SubnetId: id,
  SubnetArn: `arn:aws:ec2:us-east-1:123456789012:subnet/${id}`,
  VpcId: 'vpc-0a1b2c3d4e5f60100',
  OwnerId: '123456789012',
  CidrBlock: '10.0.1.0/24',
  AvailabilityZone: 'us-east-1a',
  State: 'available',
  ...(publicIp === undefined ? {} : { MapPublicIpOnLaunch: publicIp }),
});
const SUBNETS = [subnet('subnet-private', false), subnet('subnet-public', true), subnet('subnet-odd', undefined)];
const NO_NETWORK = { interfaces: [], securityGroups: [] };

describe('efs-mount-target-no-public-ip-subnet', () => {
  it('passes a file system whose mount targets are all in private subnets, and one without mount targets', () => {
    const findings = evaluate(check, {
      'efs.mountTargets': [
        read(fileSystem('fs-01'), ok([mountTarget('fsmt-01', 'fs-01', 'subnet-private')])),
        read(fileSystem('fs-02'), ok([])),
      ],
      'ec2.subnets': SUBNETS,
      'efs.mountTargetNetwork': NO_NETWORK,
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'fs-01'],
      ['PASS', 'fs-02'],
    ]);
    expect(findings[0]!.message).toBe('EFS file system fs-01 has 1 mount target, none in a subnet that assigns public IPv4 addresses.');
  });

  it('fails a file system with a mount target in a public-IP subnet and adds a security group open on TCP 2049', () => {
    const target = mountTarget('fsmt-02', 'fs-03', 'subnet-public', { NetworkInterfaceId: 'eni-0002' });
    const network = {
      interfaces: [{ NetworkInterfaceId: 'eni-0002', Groups: [{ GroupId: 'sg-nfs', GroupName: 'nfs' }] }],
      securityGroups: [{ GroupId: 'sg-nfs', GroupName: 'nfs', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 2049, ToPort: 2049, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }],
    };
    const findings = evaluate(check, {
      'efs.mountTargets': [read(fileSystem('fs-03', { Name: 'uploads' }), ok([mountTarget('fsmt-01', 'fs-03', 'subnet-private'), target]))],
      'ec2.subnets': SUBNETS,
      'efs.mountTargetNetwork': network,
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'fs-03']]);
    expect(findings[0]!.message).toBe(
      'EFS file system fs-03 (uploads) has a mount target in a subnet that assigns public IPv4 addresses on launch (MapPublicIpOnLaunch true): fsmt-02 (subnet-public). Also, mount target fsmt-02 has security group sg-nfs from 0.0.0.0/0 on TCP 2049.',
    );
  });

  it('near miss: an open security group in a private subnet is named but does not fail the control', () => {
    const network = {
      interfaces: [{ NetworkInterfaceId: 'eni-0003', Groups: [{ GroupId: 'sg-all' }] }],
      securityGroups: [{ GroupId: 'sg-all', IpPermissions: [{ IpProtocol: '-1', Ipv6Ranges: [{ CidrIpv6: '::/0' }] }] }],
    };
    const findings = evaluate(check, {
      'efs.mountTargets': [read(fileSystem('fs-04'), ok([mountTarget('fsmt-03', 'fs-04', 'subnet-private', { NetworkInterfaceId: 'eni-0003' })]))],
      'ec2.subnets': SUBNETS,
      'efs.mountTargetNetwork': network,
    });
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('mount target fsmt-03 has security group sg-all from ::/0 on TCP 2049');
  });

  it('reports ERROR, never a verdict, when the network interfaces could not be read', async () => {
    const findings = await run(check, {
      'efs.mountTargets': [read(fileSystem('fs-05'), ok([mountTarget('fsmt-04', 'fs-05', 'subnet-public')]))],
      'ec2.subnets': SUBNETS,
      'efs.mountTargetNetwork': awsError('UnauthorizedOperation', 'ec2:DescribeNetworkInterfaces'),
    });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'ec2:DescribeNetworkInterfaces']]);
  });

  it('reports ERROR when a subnet is not listed or reports no setting, and when the mount targets could not be read', () => {
    const findings = evaluate(check, {
      'efs.mountTargets': [
        read(fileSystem('fs-06'), ok([mountTarget('fsmt-05', 'fs-06', 'subnet-odd')])),
        read(fileSystem('fs-07'), ok([mountTarget('fsmt-06', 'fs-07', 'subnet-elsewhere')])),
        read(fileSystem('fs-08'), failed(awsError('AccessDeniedException', 'elasticfilesystem:DescribeMountTargets'))),
      ],
      'ec2.subnets': SUBNETS,
      'efs.mountTargetNetwork': NO_NETWORK,
    });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'fs-06'],
      ['ERROR', 'fs-07'],
      ['ERROR', 'fs-08'],
    ]);
    expect(findings[2]!.error?.action).toBe('elasticfilesystem:DescribeMountTargets');
  });

  it('reports ERROR when the subnets cannot be listed', async () => {
    const findings = await run(check, {
      'efs.mountTargets': [read(fileSystem('fs-09'), ok([mountTarget('fsmt-07', 'fs-09', 'subnet-private')]))],
      'ec2.subnets': awsError('UnauthorizedOperation', 'ec2:DescribeSubnets'),
      'efs.mountTargetNetwork': NO_NETWORK,
    });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('ec2:DescribeSubnets');
  });
});
