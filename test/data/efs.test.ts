// The EFS datasets against recorded answers: what they ask AWS for, paging to the end, "not
// configured" answered as PolicyNotFound, file systems deleted meanwhile dropped, per-file-system
// errors kept.
import { describe, expect, it } from 'vitest';
import { type RecordedCall } from '../../src/data/inventory.js';
import { replayLoader } from '../helpers/replay-loader.js';
import { fileSystem, mountTarget } from '../fixtures/efs.js';

const REGION = 'eu-west-1';
const loaderFor = (calls: RecordedCall[]) => replayLoader(calls, [REGION], 'us-east-1');

const efs = (operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service: 'efs', region: REGION, operation, input, output });
const ec2 = (operation: string, output: unknown): RecordedCall => ({ service: 'ec2', region: REGION, operation, input: {}, output });
const refused = (service: RecordedCall['service'], operation: string, input: Record<string, unknown>, code: string, httpStatus: number): RecordedCall => ({
  service,
  region: REGION,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus },
});

const listing = (...ids: string[]) => efs('DescribeFileSystems', {}, { FileSystems: ids.map((id) => fileSystem(id)) });

describe('efs datasets', () => {
  it('pages DescribeFileSystems to the end with Marker and NextMarker, in the scanned region', async () => {
    const { loader, sent } = loaderFor([
      efs('DescribeFileSystems', {}, { FileSystems: [fileSystem('fs-01')], NextMarker: 'page-2' }),
      efs('DescribeFileSystems', { Marker: 'page-2' }, { FileSystems: [fileSystem('fs-02')], Marker: 'page-2' }),
    ]);
    expect((await loader.load('efs.fileSystems', REGION)).map((fs) => fs.FileSystemId)).toEqual(['fs-01', 'fs-02']);
    expect(sent.map((r) => [r.region, r.operation, r.input])).toEqual([
      [REGION, 'DescribeFileSystems', {}],
      [REGION, 'DescribeFileSystems', { Marker: 'page-2' }],
    ]);
  });

  it('reads PolicyNotFound as "no policy", drops a file system deleted meanwhile and keeps a refusal per file system', async () => {
    const { loader } = loaderFor([
      listing('fs-policy', 'fs-none', 'fs-gone', 'fs-denied'),
      efs('DescribeFileSystemPolicy', { FileSystemId: 'fs-policy' }, { FileSystemId: 'fs-policy', Policy: '{"Version":"2012-10-17","Statement":[]}' }),
      refused('efs', 'DescribeFileSystemPolicy', { FileSystemId: 'fs-none' }, 'PolicyNotFound', 404),
      refused('efs', 'DescribeFileSystemPolicy', { FileSystemId: 'fs-gone' }, 'FileSystemNotFound', 404),
      refused('efs', 'DescribeFileSystemPolicy', { FileSystemId: 'fs-denied' }, 'AccessDeniedException', 403),
    ]);
    const policies = await loader.load('efs.fileSystemPolicies', REGION);
    expect(policies.map((p) => [p.fileSystem.FileSystemId, p.result.ok ? p.result.value : p.result.error.code])).toEqual([
      ['fs-policy', '{"Version":"2012-10-17","Statement":[]}'],
      ['fs-none', undefined],
      ['fs-denied', 'AccessDeniedException'],
    ]);
    const denied = policies[2]!.result;
    expect(denied.ok ? undefined : denied.error.action).toBe('elasticfilesystem:DescribeFileSystemPolicy');
  });

  it('reads the backup policy status, with PolicyNotFound as no policy', async () => {
    const { loader } = loaderFor([
      listing('fs-on', 'fs-off'),
      efs('DescribeBackupPolicy', { FileSystemId: 'fs-on' }, { BackupPolicy: { Status: 'ENABLED' } }),
      refused('efs', 'DescribeBackupPolicy', { FileSystemId: 'fs-off' }, 'PolicyNotFound', 404),
    ]);
    const read = await loader.load('efs.backupPolicies', REGION);
    expect(read.map((p) => [p.fileSystem.FileSystemId, p.result])).toEqual([
      ['fs-on', { ok: true, value: 'ENABLED' }],
      ['fs-off', { ok: true, value: undefined }],
    ]);
  });

  it('lists mount targets and access points per file system, every page', async () => {
    const { loader, sent } = loaderFor([
      listing('fs-01'),
      efs('DescribeMountTargets', { FileSystemId: 'fs-01' }, { MountTargets: [mountTarget('fsmt-01', 'fs-01', 'subnet-a')], NextMarker: 'mt-2' }),
      efs('DescribeMountTargets', { FileSystemId: 'fs-01', Marker: 'mt-2' }, { MountTargets: [mountTarget('fsmt-02', 'fs-01', 'subnet-b')] }),
      efs('DescribeAccessPoints', { FileSystemId: 'fs-01' }, { AccessPoints: [{ AccessPointId: 'fsap-01', FileSystemId: 'fs-01' }], NextToken: 'ap-2' }),
      efs('DescribeAccessPoints', { FileSystemId: 'fs-01', NextToken: 'ap-2' }, { AccessPoints: [{ AccessPointId: 'fsap-02', FileSystemId: 'fs-01' }] }),
    ]);
    const targets = await loader.load('efs.mountTargets', REGION);
    expect(targets[0]!.result.ok && targets[0]!.result.value.map((t) => t.MountTargetId)).toEqual(['fsmt-01', 'fsmt-02']);
    const points = await loader.load('efs.accessPoints', REGION);
    expect(points[0]!.result.ok && points[0]!.result.value.map((a) => a.AccessPointId)).toEqual(['fsap-01', 'fsap-02']);
    // The file system listing is shared by both datasets: asked once.
    expect(sent.filter((r) => r.operation === 'DescribeFileSystems')).toHaveLength(1);
  });

  it('reads the network of mount targets only when there are mount targets, and fails with a refused EC2 listing', async () => {
    const none = loaderFor([listing('fs-01'), efs('DescribeMountTargets', { FileSystemId: 'fs-01' }, { MountTargets: [] })]);
    expect(await none.loader.load('efs.mountTargetNetwork', REGION)).toEqual({ interfaces: [], securityGroups: [] });
    expect(none.sent.filter((r) => r.service === 'ec2')).toEqual([]);

    const refusedEnis = loaderFor([
      listing('fs-01'),
      efs('DescribeMountTargets', { FileSystemId: 'fs-01' }, { MountTargets: [mountTarget('fsmt-01', 'fs-01', 'subnet-a')] }),
      refused('ec2', 'DescribeNetworkInterfaces', {}, 'UnauthorizedOperation', 403),
      ec2('DescribeSecurityGroups', { SecurityGroups: [] }),
    ]);
    await expect(refusedEnis.loader.load('efs.mountTargetNetwork', REGION)).rejects.toMatchObject({ info: { action: 'ec2:DescribeNetworkInterfaces' } });
  });

  it('fails the listing as a whole when DescribeFileSystems is refused', async () => {
    const { loader } = loaderFor([refused('efs', 'DescribeFileSystems', {}, 'AccessDeniedException', 403)]);
    await expect(loader.load('efs.fileSystems', REGION)).rejects.toMatchObject({ info: { code: 'AccessDeniedException', action: 'elasticfilesystem:DescribeFileSystems' } });
  });
});
