// Recorded EC2 compute and storage calls of the demo account: instances, volumes, snapshots, AMIs,
// launch templates and the region settings they depend on, in us-east-1 and eu-west-1. Each check
// of this area meets at least one resource that passes and, for most, one that fails.

const ACCOUNT = '123456789012';
const date = (iso) => ({ $date: iso });
const tags = (name, extra = {}) => [{ Key: 'Name', Value: name }, ...Object.entries(extra).map(([Key, Value]) => ({ Key, Value }))];
const ec2 = (region, operation, input, output) => ({ service: 'ec2', region, operation, input, output });

const metadata = (HttpTokens, HttpEndpoint = 'enabled') => ({
  State: 'applied',
  HttpTokens,
  HttpPutResponseHopLimit: 2,
  HttpEndpoint,
  HttpProtocolIpv6: 'disabled',
  InstanceMetadataTags: 'disabled',
});

const eni = (id, index, privateIp, publicIp) => ({
  NetworkInterfaceId: id,
  Attachment: { AttachmentId: `eni-attach-${id.slice(4)}`, DeviceIndex: index, NetworkCardIndex: 0, Status: 'attached', DeleteOnTermination: index === 0, AttachTime: date('2026-03-02T09:15:00.000Z') },
  Description: '',
  InterfaceType: 'interface',
  MacAddress: `0a:1b:2c:3d:4e:${String(index).padStart(2, '0')}`,
  OwnerId: ACCOUNT,
  PrivateIpAddress: privateIp,
  PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: privateIp, ...(publicIp ? { Association: publicIp } : {}) }],
  SourceDestCheck: true,
  Status: 'in-use',
  ...(publicIp ? { Association: publicIp } : {}),
});

const instance = (region, { id, name, type = 't3.medium', state = 'running', reason = '', virtualization = 'hvm', imds, profile, enis, publicIp, ami, launched }) => ({
  AmiLaunchIndex: 0,
  ImageId: ami,
  InstanceId: id,
  InstanceType: type,
  LaunchTime: date(launched),
  Placement: { AvailabilityZone: `${region}a`, Tenancy: 'default' },
  PrivateIpAddress: enis[0]?.PrivateIpAddress,
  ...(publicIp ? { PublicIpAddress: publicIp } : {}),
  State: { Code: { pending: 0, running: 16, stopping: 64, stopped: 80, terminated: 48 }[state], Name: state },
  StateTransitionReason: reason,
  ...(state === 'stopped' ? { StateReason: { Code: 'Client.UserInitiatedShutdown', Message: 'Client.UserInitiatedShutdown: User initiated shutdown' } } : {}),
  Architecture: 'x86_64',
  Hypervisor: 'xen',
  RootDeviceName: '/dev/xvda',
  RootDeviceType: 'ebs',
  VirtualizationType: virtualization,
  ...(profile ? { IamInstanceProfile: { Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/${profile}`, Id: 'AIPAQEXAMPLEPROFILE01' } } : {}),
  ...(imds ? { MetadataOptions: imds } : {}),
  NetworkInterfaces: enis,
  Tags: tags(name),
});

const reservations = (region, instances) =>
  ec2(region, 'DescribeInstances', {}, {
    Reservations: instances.map((i, n) => ({ ReservationId: `r-0${region === 'us-east-1' ? 'a' : 'e'}${String(n).padStart(15, '0')}`, OwnerId: ACCOUNT, Groups: [], Instances: [i] })),
  });

const volume = (region, { id, name, encrypted, size = 20, instanceId, created }) => ({
  AvailabilityZone: `${region}a`,
  CreateTime: date(created),
  Encrypted: encrypted,
  ...(encrypted ? { KmsKeyId: `arn:aws:kms:${region}:${ACCOUNT}:key/3f0c1a52-7d2e-4b8a-9c61-${region === 'us-east-1' ? '5e2d8a4b7c10' : '9a7b6c5d4e30'}` } : {}),
  Size: size,
  State: instanceId ? 'in-use' : 'available',
  VolumeId: id,
  Iops: 3000,
  Throughput: 125,
  VolumeType: 'gp3',
  MultiAttachEnabled: false,
  Attachments: instanceId ? [{ AttachTime: date(created), Device: '/dev/xvda', InstanceId: instanceId, State: 'attached', VolumeId: id, DeleteOnTermination: true }] : [],
  Tags: tags(name),
});

const snapshot = (region, { id, name, volumeId, encrypted, started, size = 20 }) => ({
  Description: `Backup of ${volumeId}`,
  Encrypted: encrypted,
  ...(encrypted ? { KmsKeyId: `arn:aws:kms:${region}:${ACCOUNT}:key/3f0c1a52-7d2e-4b8a-9c61-5e2d8a4b7c10` } : {}),
  OwnerId: ACCOUNT,
  Progress: '100%',
  SnapshotId: id,
  StartTime: date(started),
  State: 'completed',
  VolumeId: volumeId,
  VolumeSize: size,
  StorageTier: 'standard',
  Tags: tags(name),
});

const sharing = (region, snapshotId, permissions) =>
  ec2(region, 'DescribeSnapshotAttribute', { SnapshotId: snapshotId, Attribute: 'createVolumePermission' }, { SnapshotId: snapshotId, CreateVolumePermissions: permissions });

const image = ({ id, name, isPublic, created, snapshotId }) => ({
  Architecture: 'x86_64',
  CreationDate: created,
  ImageId: id,
  ImageLocation: `${ACCOUNT}/${name}`,
  ImageType: 'machine',
  Public: isPublic,
  OwnerId: ACCOUNT,
  PlatformDetails: 'Linux/UNIX',
  UsageOperation: 'RunInstances',
  State: 'available',
  BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { DeleteOnTermination: true, SnapshotId: snapshotId, VolumeSize: 20, VolumeType: 'gp3', Encrypted: false } }],
  EnaSupport: true,
  Hypervisor: 'xen',
  Name: name,
  RootDeviceName: '/dev/xvda',
  RootDeviceType: 'ebs',
  SriovNetSupport: 'simple',
  VirtualizationType: 'hvm',
  ImdsSupport: 'v2.0',
});

const launchTemplate = (region, { id, name, version, created }, data) => [
  {
    LaunchTemplateId: id,
    LaunchTemplateName: name,
    CreateTime: date(created),
    CreatedBy: `arn:aws:iam::${ACCOUNT}:role/platform-deployer`,
    DefaultVersionNumber: version,
    LatestVersionNumber: version + 1,
  },
  ec2(region, 'DescribeLaunchTemplateVersions', { LaunchTemplateId: id, Versions: ['$Default'] }, {
    LaunchTemplateVersions: [
      {
        LaunchTemplateId: id,
        LaunchTemplateName: name,
        VersionNumber: version,
        VersionDescription: `release ${version}`,
        CreateTime: date(created),
        CreatedBy: `arn:aws:iam::${ACCOUNT}:role/platform-deployer`,
        DefaultVersion: true,
        LaunchTemplateData: data,
      },
    ],
  }),
];

// us-east-1: production. Encryption by default on; a legacy corner of public and stale resources.
const east = 'us-east-1';
const eastInstances = [
  instance(east, {
    id: 'i-0a1b2c3d4e5f60101', name: 'prod-web-1', ami: 'ami-0c1d2e3f4a5b60101', launched: '2026-09-14T08:02:11.000Z',
    imds: metadata('required'), profile: 'prod-web-instance-profile',
    enis: [eni('eni-0a1b2c3d4e5f60101', 0, '10.20.1.15')],
  }),
  instance(east, {
    id: 'i-0a1b2c3d4e5f60102', name: 'bastion-legacy', type: 't2.micro', ami: 'ami-0c1d2e3f4a5b60102', launched: '2024-02-03T17:40:00.000Z',
    imds: metadata('optional'), publicIp: '203.0.113.25',
    enis: [eni('eni-0a1b2c3d4e5f60102', 0, '10.20.0.10', { IpOwnerId: ACCOUNT, PublicDnsName: 'ec2-203-0-113-25.compute-1.amazonaws.com', PublicIp: '203.0.113.25' })],
  }),
  instance(east, {
    id: 'i-0a1b2c3d4e5f60103', name: 'reporting-2019', type: 'm1.small', ami: 'ami-0c1d2e3f4a5b60103', launched: '2019-05-20T11:00:00.000Z',
    state: 'stopped', reason: 'User initiated (2025-06-14 16:22:05 GMT)', virtualization: 'paravirtual',
    imds: metadata('optional'), profile: 'reporting-instance-profile',
    enis: [eni('eni-0a1b2c3d4e5f60103', 0, '10.20.2.40')],
  }),
  instance(east, {
    id: 'i-0a1b2c3d4e5f60104', name: 'egress-nat-appliance', type: 'c6i.large', ami: 'ami-0c1d2e3f4a5b60104', launched: '2026-04-01T06:30:00.000Z',
    imds: metadata('required'), profile: 'nat-appliance-instance-profile', publicIp: '198.51.100.40',
    enis: [
      eni('eni-0a1b2c3d4e5f60104', 0, '10.20.0.20', { IpOwnerId: 'amazon', PublicDnsName: 'ec2-198-51-100-40.compute-1.amazonaws.com', PublicIp: '198.51.100.40' }),
      eni('eni-0a1b2c3d4e5f60105', 1, '10.20.3.20'),
    ],
  }),
  // A CI runner in the public subnet: its tool ports (8000-8100) face the internet.
  instance(east, {
    id: 'i-0a1b2c3d4e5f60107', name: 'build-runner', type: 't3.large', ami: 'ami-0c1d2e3f4a5b60101', launched: '2026-10-02T08:00:00.000Z',
    imds: metadata('required'), profile: 'ci-runner-profile', publicIp: '54.210.10.7',
    enis: [eni('eni-0a1b2c3d4e5f60107', 0, '10.20.0.70', { IpOwnerId: 'amazon', PublicDnsName: 'ec2-54-210-10-7.compute-1.amazonaws.com', PublicIp: '54.210.10.7' })],
  }),
  // A Windows jump host in the egress subnet, which routes to the internet gateway.
  instance(east, {
    id: 'i-0a1b2c3d4e5f60108', name: 'win-jump', type: 'm6i.large', ami: 'ami-0c1d2e3f4a5b60108', launched: '2026-07-15T12:00:00.000Z',
    imds: metadata('optional'), profile: 'win-jump-profile', publicIp: '54.210.10.8',
    enis: [eni('eni-0a1b2c3d4e5f60108', 0, '10.20.3.80', { IpOwnerId: 'amazon', PublicDnsName: 'ec2-54-210-10-8.compute-1.amazonaws.com', PublicIp: '54.210.10.8' })],
  }),
  // Terminated an hour ago: still listed by EC2, never judged.
  instance(east, {
    id: 'i-0a1b2c3d4e5f60106', name: 'ci-runner-ephemeral', type: 't3.large', ami: 'ami-0c1d2e3f4a5b60101', launched: '2026-10-31T22:00:00.000Z',
    state: 'terminated', reason: 'User initiated (2026-10-31 23:10:00 GMT)', imds: metadata('optional'), enis: [],
  }),
];

const eastTemplates = [
  launchTemplate(east, { id: 'lt-0a1b2c3d4e5f60101', name: 'prod-web-lt', version: 3, created: '2026-09-10T10:00:00.000Z' }, {
    ImageId: 'ami-0c1d2e3f4a5b60101',
    InstanceType: 't3.medium',
    IamInstanceProfile: { Name: 'prod-web-instance-profile' },
    BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: true, VolumeSize: 30, VolumeType: 'gp3', DeleteOnTermination: true } }],
    NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: false, Groups: ['sg-0a1b2c3d4e5f60101'] }],
    MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 2, HttpEndpoint: 'enabled' },
  }),
  // Encrypted is omitted: encryption by default (on in this region) decides. HttpTokens is omitted
  // too, and no account-level metadata default is set here.
  launchTemplate(east, { id: 'lt-0a1b2c3d4e5f60102', name: 'batch-workers-lt', version: 1, created: '2025-11-02T14:30:00.000Z' }, {
    ImageId: 'ami-0c1d2e3f4a5b60101',
    InstanceType: 'c6i.xlarge',
    BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 100, VolumeType: 'gp3' } }],
    NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true, Groups: ['sg-0a1b2c3d4e5f60102'] }],
  }),
  launchTemplate(east, { id: 'lt-0a1b2c3d4e5f60103', name: 'bastion-legacy-lt', version: 2, created: '2024-02-01T09:00:00.000Z' }, {
    ImageId: 'ami-0c1d2e3f4a5b60102',
    InstanceType: 't2.micro',
    BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: false, VolumeSize: 8, VolumeType: 'gp2' } }],
    MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled' },
  }),
];

// eu-west-1: a smaller footprint. Encryption by default off; IMDSv2 required by account default.
const west = 'eu-west-1';
const westInstances = [
  instance(west, {
    id: 'i-0e1f2a3b4c5d60201', name: 'eu-api-1', type: 'm6i.large', ami: 'ami-0e1f2a3b4c5d60201', launched: '2026-08-22T07:45:00.000Z',
    imds: metadata('optional', 'disabled'), profile: 'eu-api-instance-profile',
    enis: [eni('eni-0e1f2a3b4c5d60201', 0, '10.40.1.21')],
  }),
  // The analytics dashboards, on a public address; its role can pass an administrator role to EC2.
  instance(west, {
    id: 'i-0e1f2a3b4c5d60202', name: 'analytics-kibana', type: 'r6i.large', ami: 'ami-0e1f2a3b4c5d60202', launched: '2026-05-03T10:30:00.000Z',
    imds: metadata('optional'), profile: 'analytics-instance-profile', publicIp: '34.240.10.2',
    enis: [eni('eni-0e1f2a3b4c5d60202', 0, '10.50.1.20', { IpOwnerId: 'amazon', PublicDnsName: 'ec2-34-240-10-2.eu-west-1.compute.amazonaws.com', PublicIp: '34.240.10.2' })],
  }),
];

const westTemplates = [
  launchTemplate(west, { id: 'lt-0e1f2a3b4c5d60201', name: 'eu-api-lt', version: 5, created: '2026-08-20T12:00:00.000Z' }, {
    ImageId: 'ami-0e1f2a3b4c5d60201',
    InstanceType: 'm6i.large',
    BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 40, VolumeType: 'gp3' } }],
  }),
];

export default [
  reservations(east, eastInstances),
  ec2(east, 'DescribeVolumes', {}, {
    Volumes: [
      volume(east, { id: 'vol-0a1b2c3d4e5f60101', name: 'prod-web-1-root', encrypted: true, size: 30, instanceId: 'i-0a1b2c3d4e5f60101', created: '2026-09-14T08:02:12.000Z' }),
      volume(east, { id: 'vol-0a1b2c3d4e5f60102', name: 'bastion-legacy-root', encrypted: false, size: 8, instanceId: 'i-0a1b2c3d4e5f60102', created: '2024-02-03T17:40:01.000Z' }),
      volume(east, { id: 'vol-0a1b2c3d4e5f60103', name: 'old-scratch-data', encrypted: false, size: 500, created: '2023-07-11T13:05:00.000Z' }),
      volume(east, { id: 'vol-0a1b2c3d4e5f60104', name: 'egress-nat-root', encrypted: true, size: 20, instanceId: 'i-0a1b2c3d4e5f60104', created: '2026-04-01T06:30:01.000Z' }),
    ],
  }),
  ec2(east, 'GetEbsEncryptionByDefault', {}, { EbsEncryptionByDefault: true, SseType: 'sse-ebs' }),
  ec2(east, 'DescribeSnapshots', { OwnerIds: ['self'] }, {
    Snapshots: [
      snapshot(east, { id: 'snap-0a1b2c3d4e5f60101', name: 'prod-web-nightly', volumeId: 'vol-0a1b2c3d4e5f60101', encrypted: true, started: '2026-10-31T03:00:00.000Z', size: 30 }),
      snapshot(east, { id: 'snap-0a1b2c3d4e5f60102', name: 'marketing-site-2022', volumeId: 'vol-0a1b2c3d4e5f60199', encrypted: false, started: '2022-08-09T15:12:00.000Z' }),
    ],
  }),
  sharing(east, 'snap-0a1b2c3d4e5f60101', []),
  sharing(east, 'snap-0a1b2c3d4e5f60102', [{ Group: 'all' }]),
  ec2(east, 'GetSnapshotBlockPublicAccessState', {}, { State: 'block-new-sharing', ManagedBy: 'account' }),
  ec2(east, 'DescribeImages', { Owners: ['self'] }, {
    Images: [
      image({ id: 'ami-0c1d2e3f4a5b60101', name: 'prod-web-base-2026-09', isPublic: false, created: '2026-09-01T04:00:00.000Z', snapshotId: 'snap-0a1b2c3d4e5f60190' }),
      image({ id: 'ami-0c1d2e3f4a5b60110', name: 'acme-partner-demo', isPublic: true, created: '2023-03-15T10:20:00.000Z', snapshotId: 'snap-0a1b2c3d4e5f60191' }),
    ],
  }),
  ec2(east, 'DescribeLaunchTemplates', {}, { LaunchTemplates: eastTemplates.map(([template]) => template) }),
  ...eastTemplates.map(([, versions]) => versions),
  ec2(east, 'GetInstanceMetadataDefaults', {}, { AccountLevel: {} }),

  reservations(west, westInstances),
  ec2(west, 'DescribeVolumes', {}, {
    Volumes: [volume(west, { id: 'vol-0e1f2a3b4c5d60201', name: 'eu-api-1-root', encrypted: true, size: 40, instanceId: 'i-0e1f2a3b4c5d60201', created: '2026-08-22T07:45:01.000Z' })],
  }),
  ec2(west, 'GetEbsEncryptionByDefault', {}, { EbsEncryptionByDefault: false, SseType: 'sse-ebs' }),
  ec2(west, 'DescribeSnapshots', { OwnerIds: ['self'] }, {
    Snapshots: [
      snapshot(west, { id: 'snap-0e1f2a3b4c5d60201', name: 'eu-api-weekly', volumeId: 'vol-0e1f2a3b4c5d60201', encrypted: false, started: '2026-10-26T02:00:00.000Z', size: 40 }),
      snapshot(west, { id: 'snap-0e1f2a3b4c5d60202', name: 'eu-datashare-export', volumeId: 'vol-0e1f2a3b4c5d60299', encrypted: false, started: '2025-12-01T09:00:00.000Z' }),
    ],
  }),
  sharing(west, 'snap-0e1f2a3b4c5d60201', [{ UserId: '210987654321' }]),
  // Still granted to everyone, but block-all-sharing keeps it private in this region.
  sharing(west, 'snap-0e1f2a3b4c5d60202', [{ Group: 'all' }]),
  ec2(west, 'GetSnapshotBlockPublicAccessState', {}, { State: 'block-all-sharing', ManagedBy: 'account' }),
  ec2(west, 'DescribeImages', { Owners: ['self'] }, { Images: [] }),
  ec2(west, 'DescribeLaunchTemplates', {}, { LaunchTemplates: westTemplates.map(([template]) => template) }),
  ...westTemplates.map(([, versions]) => versions),
  ec2(west, 'GetInstanceMetadataDefaults', {}, { AccountLevel: { HttpTokens: 'required', HttpPutResponseHopLimit: 2, HttpEndpoint: 'enabled', InstanceMetadataTags: 'disabled', ManagedBy: 'account' } }),
];
