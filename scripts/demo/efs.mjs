// Recorded EFS calls of the demo account, in us-east-1 and eu-west-1: a well-kept home directory
// file system, a legacy upload store (unencrypted, no policy, a mount target in the default VPC's
// public subnet, an access point at "/"), a data set store with a policy open to everyone, and a
// European file system whose automatic backups are still being turned on. Mount targets use the
// subnets of scripts/demo/ec2-network.mjs.

const ACCOUNT = '123456789012';
const date = (iso) => ({ $date: iso });
const efs = (region, operation, input, output) => ({ service: 'efs', region, operation, input, output });
const notFound = (region, operation, input, code, message) => ({ service: 'efs', region, operation, input, error: { code, message, httpStatus: 404 } });
const fsArn = (region, id) => `arn:aws:elasticfilesystem:${region}:${ACCOUNT}:file-system/${id}`;
const kmsKey = (region, id) => `arn:aws:kms:${region}:${ACCOUNT}:key/${id}`;

const fileSystem = (region, { id, name, encrypted, key, created, tags = {}, mountTargets }) => ({
  OwnerId: ACCOUNT,
  CreationToken: `console-${id.slice(3)}`,
  FileSystemId: id,
  FileSystemArn: fsArn(region, id),
  CreationTime: date(created),
  LifeCycleState: 'available',
  Name: name,
  NumberOfMountTargets: mountTargets,
  SizeInBytes: { Value: 48318382080, ValueInIA: 12884901888, ValueInStandard: 35433480192, ValueInArchive: 0 },
  PerformanceMode: 'generalPurpose',
  Encrypted: encrypted,
  ...(encrypted ? { KmsKeyId: kmsKey(region, key) } : {}),
  ThroughputMode: 'elastic',
  Tags: [{ Key: 'Name', Value: name }, ...Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))],
  FileSystemProtection: { ReplicationOverwriteProtection: 'ENABLED' },
});

const mountTarget = (region, { id, fs, subnet, vpc, zone, ip }) => ({
  OwnerId: ACCOUNT,
  MountTargetId: id,
  FileSystemId: fs,
  SubnetId: subnet,
  LifeCycleState: 'available',
  IpAddress: ip,
  NetworkInterfaceId: `eni-${id.slice(5)}`,
  AvailabilityZoneId: `${region === 'us-east-1' ? 'use1' : 'euw1'}-az${zone === 'a' ? 1 : 2}`,
  AvailabilityZoneName: `${region}${zone}`,
  VpcId: vpc,
});

const accessPoint = (region, { id, fs, name, path, posix }) => ({
  ClientToken: `console-${id.slice(5)}`,
  Name: name,
  Tags: [{ Key: 'Name', Value: name }],
  AccessPointId: id,
  AccessPointArn: `arn:aws:elasticfilesystem:${region}:${ACCOUNT}:access-point/${id}`,
  FileSystemId: fs,
  ...(posix ? { PosixUser: posix } : {}),
  RootDirectory: path === undefined ? {} : { Path: path, ...(path === '/' ? {} : { CreationInfo: { OwnerUid: posix?.Uid ?? 1000, OwnerGid: posix?.Gid ?? 1000, Permissions: '750' } }) },
  OwnerId: ACCOUNT,
  LifeCycleState: 'available',
});

const policy = (...statements) => JSON.stringify({ Version: '2012-10-17', Id: 'efs-policy-wizard-0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b', Statement: statements });
const mountViaTarget = (region, id) => ({
  Sid: 'efs-statement-mount',
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: ['elasticfilesystem:ClientRootAccess', 'elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientMount'],
  Resource: fsArn(region, id),
  Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } },
});
const denyPlainNfs = (region, id, action = '*', operator = 'Bool') => ({
  Sid: 'efs-statement-tls',
  Effect: 'Deny',
  Principal: { AWS: '*' },
  Action: action,
  Resource: fsArn(region, id),
  Condition: { [operator]: { 'aws:SecureTransport': 'false' } },
});

const east = 'us-east-1';
const west = 'eu-west-1';
const prodVpc = 'vpc-0a1b2c3d4e5f60101';
const defaultVpcEast = 'vpc-0a1b2c3d4e5f60190';
const apiVpc = 'vpc-0e1f2a3b4c5d60201';

const SHARED_HOME = 'fs-0a1b2c3d4e5f60101';
const LEGACY_UPLOADS = 'fs-0a1b2c3d4e5f60102';
const ML_DATASETS = 'fs-0a1b2c3d4e5f60103';
const EU_SHARED = 'fs-0e1f2a3b4c5d60201';

const FILE_SYSTEMS = {
  [east]: [
    {
      fs: fileSystem(east, {
        id: SHARED_HOME, name: 'shared-home', encrypted: true, key: '0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60', created: '2025-02-10T09:12:00.000Z', mountTargets: 2,
        // The tag EFS sets when automatic backups are on; the automatic backup plan selects it.
        tags: { 'aws:elasticfilesystem:default-backup': 'enabled', team: 'platform' },
      }),
      policy: policy(mountViaTarget(east, SHARED_HOME), denyPlainNfs(east, SHARED_HOME)),
      backup: 'ENABLED',
      mountTargets: [
        mountTarget(east, { id: 'fsmt-0a1b2c3d4e5f60101', fs: SHARED_HOME, subnet: 'subnet-0a1b2c3d4e5f60102', vpc: prodVpc, zone: 'a', ip: '10.20.1.51' }),
        mountTarget(east, { id: 'fsmt-0a1b2c3d4e5f60102', fs: SHARED_HOME, subnet: 'subnet-0a1b2c3d4e5f60103', vpc: prodVpc, zone: 'b', ip: '10.20.2.51' }),
      ],
      accessPoints: [accessPoint(east, { id: 'fsap-0a1b2c3d4e5f60101', fs: SHARED_HOME, name: 'web-app-data', path: '/web-app', posix: { Uid: 1001, Gid: 1001, SecondaryGids: [] } })],
    },
    {
      fs: fileSystem(east, { id: LEGACY_UPLOADS, name: 'legacy-uploads', encrypted: false, created: '2019-08-21T15:40:00.000Z', mountTargets: 1, tags: { team: 'legacy' } }),
      // No file system policy and no backup policy: both answered PolicyNotFound.
      mountTargets: [mountTarget(east, { id: 'fsmt-0a1b2c3d4e5f60103', fs: LEGACY_UPLOADS, subnet: 'subnet-0a1b2c3d4e5f60190', vpc: defaultVpcEast, zone: 'a', ip: '172.31.4.18' })],
      accessPoints: [accessPoint(east, { id: 'fsap-0a1b2c3d4e5f60102', fs: LEGACY_UPLOADS, name: 'uploads-everything', path: '/' })],
    },
    {
      fs: fileSystem(east, { id: ML_DATASETS, name: 'ml-datasets', encrypted: true, key: '0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60', created: '2024-11-05T13:00:00.000Z', mountTargets: 0, tags: { backup: 'daily', team: 'analytics' } }),
      // Opened to every principal to let a partner's training jobs mount it; the TLS deny covers mounting only.
      policy: policy(
        { Sid: 'partner-read', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['elasticfilesystem:ClientMount'], Resource: fsArn(east, ML_DATASETS) },
        denyPlainNfs(east, ML_DATASETS, 'elasticfilesystem:ClientMount'),
      ),
      backup: 'DISABLED',
      mountTargets: [],
      accessPoints: [accessPoint(east, { id: 'fsap-0a1b2c3d4e5f60103', fs: ML_DATASETS, name: 'training-jobs', path: '/datasets', posix: { Uid: 0, Gid: 0 } })],
    },
  ],
  [west]: [
    {
      fs: fileSystem(west, { id: EU_SHARED, name: 'eu-shared', encrypted: true, key: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', created: '2026-10-30T08:00:00.000Z', mountTargets: 1, tags: { team: 'eu-api' } }),
      policy: policy(
        { ...mountViaTarget(west, EU_SHARED), Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } },
        denyPlainNfs(west, EU_SHARED, 'elasticfilesystem:*', 'BoolIfExists'),
      ),
      // Turned on minutes before the scan.
      backup: 'ENABLING',
      mountTargets: [mountTarget(west, { id: 'fsmt-0e1f2a3b4c5d60201', fs: EU_SHARED, subnet: 'subnet-0e1f2a3b4c5d60201', vpc: apiVpc, zone: 'a', ip: '10.40.1.60' })],
      accessPoints: [],
    },
  ],
};

export default Object.entries(FILE_SYSTEMS).flatMap(([region, systems]) => [
  efs(region, 'DescribeFileSystems', {}, { FileSystems: systems.map(({ fs }) => fs) }),
  ...systems.flatMap(({ fs, policy: text, backup, mountTargets, accessPoints }) => {
    const input = { FileSystemId: fs.FileSystemId };
    return [
      text
        ? efs(region, 'DescribeFileSystemPolicy', input, { FileSystemId: fs.FileSystemId, Policy: text })
        : notFound(region, 'DescribeFileSystemPolicy', input, 'PolicyNotFound', `File System '${fs.FileSystemId}' does not have a policy`),
      backup
        ? efs(region, 'DescribeBackupPolicy', input, { BackupPolicy: { Status: backup } })
        : notFound(region, 'DescribeBackupPolicy', input, 'PolicyNotFound', `File System '${fs.FileSystemId}' does not have a backup policy`),
      efs(region, 'DescribeMountTargets', input, { MountTargets: mountTargets }),
      efs(region, 'DescribeAccessPoints', input, { AccessPoints: accessPoints }),
    ];
  }),
]);
