// A synthetic AWS account of a chosen size: every resource the datasets list or read, shaped as
// the SDK v3 returns it, spread over 17 regions with a realistic skew (the home region holds the
// most). Deterministic for a given size and seed. Roughly one resource in four is misconfigured,
// so checks produce PASS and FAIL alike. The services beyond EC2, RDS, ELB, KMS, S3, IAM and
// CloudTrail are built in account-services.mjs, on the resources made here.

import { addServices } from './account-services.mjs';

export const ACCOUNT_ID = '123456789012';
export const HOME_REGION = 'us-east-1';
/** The CloudWatch Logs group the organisation trail delivers to, with the CIS metric filters. */
const TRAIL_LOG_GROUP = 'aws-cloudtrail-logs-org-trail';
export const REGIONS = [
  'us-east-1', 'eu-west-1', 'us-west-2', 'eu-central-1', 'ap-southeast-2', 'us-east-2', 'ap-northeast-1', 'eu-west-2', 'ap-south-1',
  'ca-central-1', 'sa-east-1', 'eu-north-1', 'ap-southeast-1', 'ap-northeast-2', 'eu-west-3', 'us-west-1', 'ap-northeast-3',
];
/** Share of regional resources per region, in REGIONS order: the home region and one DR region dominate. */
const REGION_WEIGHTS = [6, 4, 3, 2, 2, 1.5, 1.2, 1, 1, 0.8, 0.7, 0.6, 0.6, 0.5, 0.5, 0.4, 0.2];

/** Share of the account's resources per kind; counts are derived from the requested total. */
const MIX = {
  'iam.users': 0.03,
  'iam.roles': 0.05,
  'iam.groups': 0.004,
  'iam.customerPolicies': 0.025,
  's3.buckets': 0.035,
  's3.accessPoints': 0.003,
  'ec2.instances': 0.1,
  'ec2.volumes': 0.12,
  'ec2.snapshots': 0.04,
  'ec2.securityGroups': 0.06,
  'ec2.networkInterfaces': 0.12,
  'ec2.vpcs': 0.008,
  'ec2.subnets': 0.03,
  'ec2.networkAcls': 0.01,
  'ec2.flowLogs': 0.005,
  'ec2.vpcEndpoints': 0.01,
  'ec2.transitGateways': 0.001,
  'ec2.clientVpnEndpoints': 0.001,
  'ec2.vpnConnections': 0.002,
  'ec2.images': 0.02,
  'ec2.launchTemplates': 0.012,
  'rds.instances': 0.02,
  'rds.clusters': 0.005,
  'rds.snapshots': 0.025,
  'rds.clusterSnapshots': 0.008,
  'rds.proxies': 0.001,
  'rds.eventSubscriptions': 0.001,
  'kms.keys': 0.03,
  'elbv2.loadBalancers': 0.012,
  'elbv2.listeners': 0.024,
  // account-services.mjs
  'acm.certificates': 0.006,
  'apigateway.restApis': 0.002,
  'apigatewayv2.apis': 0.002,
  'cloudfront.distributions': 0.002,
  'wafv2.webAcls': 0.0015,
  'wafv2.ruleGroups': 0.0005,
  'lambda.functions': 0.03,
  'secretsmanager.secrets': 0.01,
  'ssm.parameters': 0.02,
  'ssm.documents': 0.002,
  // Besides one log group per Lambda function, which is not counted here.
  'logs.logGroups': 0.015,
  'cloudwatch.alarms': 0.01,
  'sns.topics': 0.005,
  'sqs.queues': 0.01,
  'dynamodb.tables': 0.01,
  'dax.clusters': 0.0003,
  'efs.fileSystems': 0.002,
  'elasticache.replicationGroups': 0.002,
  'elasticache.cacheClusters': 0.001,
  'opensearch.domains': 0.001,
  'redshift.clusters': 0.0008,
  'redshiftServerless.workgroups': 0.0005,
  'ecr.repositories': 0.008,
  'backup.plans': 0.0005,
  'backup.vaults': 0.0005,
  // Daily backups kept for weeks: recovery points outnumber what they protect.
  'backup.recoveryPoints': 0.06,
  'accessanalyzer.findings': 0.002,
};
const MIX_TOTAL = Object.values(MIX).reduce((a, b) => a + b, 0);
/** Kinds the account holds at every size, however small: at least one each (in the home Region). */
const AT_LEAST_ONE = Object.keys(MIX).slice(Object.keys(MIX).indexOf('acm.certificates'));

/** Mulberry32: small, fast, deterministic. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many of each kind a total of `resources` gives, before spreading over regions. */
export function resourceCounts(resources) {
  const counts = {};
  for (const [kind, share] of Object.entries(MIX)) counts[kind] = Math.round((resources * share) / MIX_TOTAL);
  // What the minimums add is taken from the largest kinds, so that the total stays what was asked.
  let added = 0;
  for (const kind of AT_LEAST_ONE) {
    if (counts[kind] === 0) {
      counts[kind] = 1;
      added++;
    }
  }
  for (; added > 0; added--) {
    const largest = Object.keys(counts).reduce((a, b) => (counts[b] > counts[a] ? b : a));
    counts[largest]--;
  }
  return counts;
}

/** Splits n items over the regions by weight, largest remainders first, so the parts add up to n. */
export function spread(n, weights = REGION_WEIGHTS) {
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (n * w) / total);
  const parts = exact.map(Math.floor);
  let left = n - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i]++;
  }
  return parts;
}

const hex = (rand, length) => Array.from({ length }, () => Math.floor(rand() * 16).toString(16)).join('');
const days = (n) => new Date(Date.UTC(2026, 0, 1) - n * 86_400_000);
const urlEncodedJson = (doc) => encodeURIComponent(JSON.stringify(doc));
const azs = (region) => ['a', 'b', 'c'].map((z) => `${region}${z}`);

export function generateAccount({ resources, seed = 7 }) {
  const rand = prng(seed * 1_000_003 + resources);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const chance = (p) => rand() < p;
  const counts = resourceCounts(resources);
  const perRegion = Object.fromEntries(Object.entries(counts).map(([kind, n]) => [kind, spread(n)]));
  const account = { id: ACCOUNT_ID, homeRegion: HOME_REGION, regions: REGIONS, counts, global: {}, regional: {} };
  const arn = (service, region, resource) => `arn:aws:${service}:${region}:${ACCOUNT_ID}:${resource}`;

  // IAM
  const policyDoc = (actions, resource = '*') => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: resource }] });
  const customerPolicies = Array.from({ length: counts['iam.customerPolicies'] }, (_, i) => {
    const name = `app-${i}-access`;
    const doc = chance(0.1) ? policyDoc('*') : chance(0.1) ? policyDoc('s3:*') : policyDoc(['s3:GetObject', 'sqs:SendMessage'], `arn:aws:s3:::acme-app-${i}/*`);
    return {
      PolicyName: name,
      PolicyId: `ANPA${hex(rand, 17).toUpperCase()}`,
      Arn: `arn:aws:iam::${ACCOUNT_ID}:policy/${name}`,
      Path: '/',
      DefaultVersionId: 'v2',
      AttachmentCount: chance(0.8) ? 1 + Math.floor(rand() * 3) : 0,
      PermissionsBoundaryUsageCount: 0,
      IsAttachable: true,
      CreateDate: days(400 + i),
      UpdateDate: days(30 + (i % 200)),
      document: doc,
    };
  });
  const awsManagedAttached = ['ReadOnlyAccess', 'AdministratorAccess', 'AWSSupportAccess', 'AmazonS3ReadOnlyAccess', 'AmazonEC2FullAccess', 'AWSCloudShellFullAccess', 'SecurityAudit', 'ViewOnlyAccess'].map((name, i) => ({
    PolicyName: name,
    PolicyId: `ANPAAWS${i}`,
    Arn: `arn:aws:iam::aws:policy/${name}`,
    Path: '/',
    DefaultVersionId: 'v1',
    AttachmentCount: 2,
    IsAttachable: true,
    CreateDate: days(3000),
    UpdateDate: days(300),
    document: name === 'AdministratorAccess' ? policyDoc('*') : policyDoc([`${name.toLowerCase().slice(0, 6)}:Get*`, 'support:*']),
  }));
  const groups = Array.from({ length: Math.max(1, counts['iam.groups']) }, (_, i) => ({
    GroupName: `team-${i}`,
    GroupId: `AGPA${hex(rand, 17).toUpperCase()}`,
    Arn: `arn:aws:iam::${ACCOUNT_ID}:group/team-${i}`,
    Path: '/',
    CreateDate: days(900),
    GroupPolicyList: [],
    AttachedManagedPolicies: [{ PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
  }));
  const users = Array.from({ length: counts['iam.users'] }, (_, i) => {
    const name = `user-${String(i).padStart(5, '0')}`;
    return {
      UserName: name,
      UserId: `AIDA${hex(rand, 17).toUpperCase()}`,
      Arn: `arn:aws:iam::${ACCOUNT_ID}:user/${name}`,
      Path: '/',
      CreateDate: days(200 + (i % 900)),
      UserPolicyList: chance(0.1) ? [{ PolicyName: 'inline', PolicyDocument: urlEncodedJson(policyDoc(chance(0.3) ? '*' : ['s3:ListBucket'])) }] : [],
      GroupList: [pick(groups).GroupName],
      AttachedManagedPolicies: chance(0.15) ? [{ PolicyName: customerPolicies[0]?.PolicyName ?? 'ReadOnlyAccess', PolicyArn: customerPolicies[0]?.Arn ?? 'arn:aws:iam::aws:policy/ReadOnlyAccess' }] : [],
      Tags: [],
      credentials: {
        password: chance(0.6),
        mfa: chance(0.7),
        key1: chance(0.5),
        keyAge: Math.floor(rand() * 200),
        lastUsed: Math.floor(rand() * 120),
      },
    };
  });
  const trust = (principal) => urlEncodedJson({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }] });
  const roles = Array.from({ length: counts['iam.roles'] }, (_, i) => {
    const name = i === 0 ? 'aws-support-role' : `svc-role-${i}`;
    return {
      RoleName: name,
      RoleId: `AROA${hex(rand, 17).toUpperCase()}`,
      Arn: `arn:aws:iam::${ACCOUNT_ID}:role/${name}`,
      Path: '/',
      CreateDate: days(100 + (i % 700)),
      AssumeRolePolicyDocument: trust(chance(0.02) ? { AWS: '*' } : chance(0.5) ? { Service: 'ec2.amazonaws.com' } : { AWS: `arn:aws:iam::${ACCOUNT_ID}:root` }),
      MaxSessionDuration: 3600,
      RolePolicyList: chance(0.2) ? [{ PolicyName: 'inline', PolicyDocument: urlEncodedJson(policyDoc(['kms:Decrypt'], chance(0.5) ? '*' : arn('kms', HOME_REGION, 'key/abc'))) }] : [],
      AttachedManagedPolicies: i === 0 ? [{ PolicyName: 'AWSSupportAccess', PolicyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess' }] : [],
      InstanceProfileList: [],
      RoleLastUsed: {},
      Tags: [],
    };
  });
  account.global.iam = {
    users,
    groups,
    roles,
    customerPolicies,
    attachedPolicies: [...awsManagedAttached, ...customerPolicies.filter((p) => p.AttachmentCount > 0)],
    mfaDevices: users.filter((u) => u.credentials.mfa).map((u) => ({ SerialNumber: `arn:aws:iam::${ACCOUNT_ID}:mfa/${u.UserName}`, User: { UserName: u.UserName, UserId: u.UserId, Arn: u.Arn, Path: '/', CreateDate: u.CreateDate }, EnableDate: days(50) })),
    serverCertificates: Array.from({ length: Math.min(5, Math.ceil(resources / 4000)) }, (_, i) => ({
      Path: '/',
      ServerCertificateName: `legacy-cert-${i}`,
      ServerCertificateId: `ASCA${hex(rand, 17).toUpperCase()}`,
      Arn: `arn:aws:iam::${ACCOUNT_ID}:server-certificate/legacy-cert-${i}`,
      UploadDate: days(800),
      Expiration: days(i % 2 ? -200 : 10),
    })),
    passwordPolicy: { MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, AllowUsersToChangePassword: true, ExpirePasswords: true, MaxPasswordAge: 90, PasswordReusePrevention: 24, HardExpiry: false },
    summary: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: users.length, Roles: roles.length, Groups: groups.length, Policies: customerPolicies.length, AccountSigningCertificatesPresent: 0 },
    credentialReport: credentialReport(users),
  };

  // S3
  const bucketsPerRegion = perRegion['s3.buckets'];
  const buckets = [];
  REGIONS.forEach((region, r) => {
    for (let i = 0; i < bucketsPerRegion[r]; i++) {
      const name = `acme-${region}-data-${String(i).padStart(4, '0')}`;
      buckets.push({
        Name: name,
        BucketRegion: region,
        CreationDate: days(30 + ((i * 7) % 1500)),
        policy: chance(0.6) ? JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'TlsOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }) : undefined,
        publicAccessBlock: chance(0.85) ? { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } : undefined,
        encryption: chance(0.5) ? { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: arn('kms', region, `key/${hex(rand, 8)}`) } : { SSEAlgorithm: 'AES256' },
        versioning: chance(0.7) ? 'Enabled' : chance(0.5) ? 'Suspended' : undefined,
        logging: chance(0.5) ? { TargetBucket: `acme-${region}-logs`, TargetPrefix: `${name}/` } : undefined,
        lifecycle: chance(0.6),
        objectLock: chance(0.1),
        ownership: chance(0.8) ? 'BucketOwnerEnforced' : chance(0.5) ? 'ObjectWriter' : undefined,
        notifications: chance(0.3),
      });
    }
  });
  account.global.s3 = {
    buckets,
    accountPublicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
    multiRegionAccessPoints: Array.from({ length: Math.min(3, Math.ceil(resources / 5000)) }, (_, i) => ({
      Name: `global-mrap-${i}`,
      Alias: `mfzwi23gnjvgw.mrap-${i}`,
      CreatedAt: days(100),
      PublicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: i !== 1, RestrictPublicBuckets: true },
      Status: 'READY',
      Regions: [{ Bucket: buckets[i]?.Name ?? 'acme-mrap', Region: HOME_REGION }],
    })),
  };

  // CloudTrail: one organisation-style multi-Region trail plus a regional one in the DR region.
  const trailBucket = `acme-cloudtrail-logs-${ACCOUNT_ID}`;
  account.global.trails = [
    {
      Name: 'org-trail',
      S3BucketName: trailBucket,
      IncludeGlobalServiceEvents: true,
      IsMultiRegionTrail: true,
      HomeRegion: HOME_REGION,
      TrailARN: arn('cloudtrail', HOME_REGION, 'trail/org-trail'),
      LogFileValidationEnabled: true,
      CloudWatchLogsLogGroupArn: arn('logs', HOME_REGION, `log-group:${TRAIL_LOG_GROUP}:*`),
      CloudWatchLogsRoleArn: `arn:aws:iam::${ACCOUNT_ID}:role/cloudtrail-logs`,
      KmsKeyId: arn('kms', HOME_REGION, 'key/1234abcd-12ab-34cd-56ef-1234567890ab'),
      HasCustomEventSelectors: true,
      HasInsightSelectors: false,
      IsOrganizationTrail: false,
    },
    {
      Name: 'eu-data-events',
      S3BucketName: 'acme-eu-trail',
      IncludeGlobalServiceEvents: false,
      IsMultiRegionTrail: false,
      HomeRegion: 'eu-west-1',
      TrailARN: arn('cloudtrail', 'eu-west-1', 'trail/eu-data-events'),
      LogFileValidationEnabled: false,
      HasCustomEventSelectors: true,
      HasInsightSelectors: false,
      IsOrganizationTrail: false,
    },
  ];

  // Regional resources
  REGIONS.forEach((region, r) => {
    const n = (kind) => perRegion[kind][r];
    const zones = azs(region);
    const vpcs = Array.from({ length: Math.max(n('ec2.vpcs'), 1) }, (_, i) => ({
      VpcId: `vpc-${hex(rand, 17)}`,
      CidrBlock: `10.${i % 256}.0.0/16`,
      State: 'available',
      IsDefault: i === 0,
      OwnerId: ACCOUNT_ID,
      InstanceTenancy: 'default',
    }));
    const subnets = Array.from({ length: n('ec2.subnets') }, (_, i) => {
      const vpc = vpcs[i % vpcs.length];
      const id = `subnet-${hex(rand, 17)}`;
      return { SubnetId: id, SubnetArn: arn('ec2', region, `subnet/${id}`), VpcId: vpc.VpcId, CidrBlock: `10.${i % 256}.${i % 250}.0/24`, AvailabilityZone: zones[i % 3], MapPublicIpOnLaunch: vpc.IsDefault || chance(0.1), State: 'available', OwnerId: ACCOUNT_ID, DefaultForAz: vpc.IsDefault, AvailableIpAddressCount: 250 };
    });
    const securityGroups = Array.from({ length: n('ec2.securityGroups') }, (_, i) => {
      const vpc = vpcs[i % vpcs.length];
      const open = chance(0.15);
      return {
        GroupId: `sg-${hex(rand, 17)}`,
        GroupName: i < vpcs.length ? 'default' : `app-${i}-sg`,
        Description: 'application security group',
        VpcId: vpc.VpcId,
        OwnerId: ACCOUNT_ID,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] },
          ...(open ? [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }] : []),
        ],
        IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }],
      };
    });
    const networkAcls = Array.from({ length: Math.max(n('ec2.networkAcls'), vpcs.length) }, (_, i) => {
      const vpc = vpcs[i % vpcs.length];
      const id = `acl-${hex(rand, 17)}`;
      return {
        NetworkAclId: id,
        VpcId: vpc.VpcId,
        IsDefault: i < vpcs.length,
        OwnerId: ACCOUNT_ID,
        Entries: [
          { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0' },
          { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: true, CidrBlock: '0.0.0.0/0' },
          { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
        ],
        // A few subnets each; the ACLs beyond one per VPC are left unassociated, as leftovers often are.
        Associations: (i < vpcs.length ? subnets.filter((s) => s.VpcId === vpc.VpcId).slice(0, 3) : []).map((s) => ({ NetworkAclAssociationId: `aclassoc-${hex(rand, 8)}`, NetworkAclId: id, SubnetId: s.SubnetId })),
      };
    });
    const instances = Array.from({ length: n('ec2.instances') }, (_, i) => {
      const subnet = subnets[i % Math.max(subnets.length, 1)];
      const id = `i-${hex(rand, 17)}`;
      const stopped = chance(0.1);
      return {
        InstanceId: id,
        ImageId: `ami-${hex(rand, 17)}`,
        InstanceType: pick(['t3.micro', 'm6i.large', 'c6g.xlarge', 'r6i.2xlarge']),
        LaunchTime: days(5 + (i % 400)),
        State: stopped ? { Code: 80, Name: 'stopped' } : { Code: 16, Name: 'running' },
        StateTransitionReason: stopped ? `User initiated (2025-0${1 + (i % 9)}-01 10:00:00 GMT)` : '',
        SubnetId: subnet?.SubnetId,
        VpcId: subnet?.VpcId ?? vpcs[0].VpcId,
        PrivateIpAddress: `10.0.${i % 250}.${(i * 7) % 250}`,
        ...(chance(0.2) ? { PublicIpAddress: `54.${i % 250}.${(i * 3) % 250}.${(i * 11) % 250}` } : {}),
        SecurityGroups: securityGroups.length ? [{ GroupId: securityGroups[i % securityGroups.length].GroupId, GroupName: securityGroups[i % securityGroups.length].GroupName }] : [],
        ...(chance(0.7) ? { IamInstanceProfile: { Arn: `arn:aws:iam::${ACCOUNT_ID}:instance-profile/app-${i % 20}`, Id: `AIPA${hex(rand, 17).toUpperCase()}` } } : {}),
        MetadataOptions: { State: 'applied', HttpTokens: chance(0.75) ? 'required' : 'optional', HttpPutResponseHopLimit: 2, HttpEndpoint: 'enabled' },
        VirtualizationType: chance(0.02) ? 'paravirtual' : 'hvm',
        RootDeviceType: 'ebs',
        Placement: { AvailabilityZone: zones[i % 3] },
        NetworkInterfaces: [{ NetworkInterfaceId: `eni-${hex(rand, 17)}`, SourceDestCheck: true, Status: 'in-use', Attachment: { DeviceIndex: 0, Status: 'attached', AttachTime: days(10) } }],
        BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeId: `vol-${hex(rand, 17)}`, Status: 'attached', AttachTime: days(10), DeleteOnTermination: true } }],
        Tags: [{ Key: 'Name', Value: `app-${i}` }],
      };
    });
    const reservations = [];
    for (let i = 0; i < instances.length; i += 2) reservations.push({ ReservationId: `r-${hex(rand, 17)}`, OwnerId: ACCOUNT_ID, Groups: [], Instances: instances.slice(i, i + 2) });
    const volumes = Array.from({ length: n('ec2.volumes') }, (_, i) => {
      const id = `vol-${hex(rand, 17)}`;
      const instance = instances[i % Math.max(instances.length, 1)];
      return {
        VolumeId: id,
        Size: 8 + (i % 500),
        VolumeType: 'gp3',
        Encrypted: chance(0.8),
        State: instance ? 'in-use' : 'available',
        AvailabilityZone: zones[i % 3],
        CreateTime: days(10 + (i % 500)),
        Attachments: instance ? [{ InstanceId: instance.InstanceId, VolumeId: id, State: 'attached', Device: '/dev/xvdb', AttachTime: days(5), DeleteOnTermination: false }] : [],
      };
    });
    const snapshots = Array.from({ length: n('ec2.snapshots') }, (_, i) => ({
      SnapshotId: `snap-${hex(rand, 17)}`,
      VolumeId: volumes[i % Math.max(volumes.length, 1)]?.VolumeId ?? 'vol-ffffffff',
      VolumeSize: 100,
      State: 'completed',
      StartTime: days(i % 300),
      Progress: '100%',
      Encrypted: chance(0.8),
      OwnerId: ACCOUNT_ID,
      Description: 'nightly backup',
      public: chance(0.03),
    }));
    const networkInterfaces = Array.from({ length: n('ec2.networkInterfaces') }, (_, i) => {
      const subnet = subnets[i % Math.max(subnets.length, 1)];
      const instance = instances[i % Math.max(instances.length, 1)];
      return {
        NetworkInterfaceId: `eni-${hex(rand, 17)}`,
        SubnetId: subnet?.SubnetId,
        VpcId: subnet?.VpcId ?? vpcs[0].VpcId,
        AvailabilityZone: zones[i % 3],
        InterfaceType: 'interface',
        Status: 'in-use',
        SourceDestCheck: !chance(0.05),
        RequesterManaged: false,
        OwnerId: ACCOUNT_ID,
        PrivateIpAddress: `10.1.${i % 250}.${(i * 5) % 250}`,
        Groups: securityGroups.length ? [{ GroupId: securityGroups[i % securityGroups.length].GroupId, GroupName: securityGroups[i % securityGroups.length].GroupName }] : [],
        ...(instance ? { Attachment: { AttachmentId: `eni-attach-${hex(rand, 17)}`, InstanceId: instance.InstanceId, InstanceOwnerId: ACCOUNT_ID, DeviceIndex: i % 2, Status: 'attached', AttachTime: days(3) } } : {}),
        TagSet: [],
      };
    });
    const images = Array.from({ length: n('ec2.images') }, (_, i) => ({
      ImageId: `ami-${hex(rand, 17)}`,
      Name: `golden-image-${i}`,
      OwnerId: ACCOUNT_ID,
      Public: chance(0.03),
      State: 'available',
      CreationDate: days(i % 300).toISOString(),
      Architecture: 'x86_64',
      ImageType: 'machine',
      VirtualizationType: 'hvm',
      RootDeviceType: 'ebs',
      RootDeviceName: '/dev/xvda',
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: `snap-${hex(rand, 17)}`, VolumeSize: 8, Encrypted: true } }],
    }));
    const launchTemplates = Array.from({ length: n('ec2.launchTemplates') }, (_, i) => {
      const id = `lt-${hex(rand, 17)}`;
      return {
        LaunchTemplateId: id,
        LaunchTemplateName: `app-${i}-template`,
        CreateTime: days(100),
        CreatedBy: `arn:aws:iam::${ACCOUNT_ID}:role/deployer`,
        DefaultVersionNumber: 3,
        LatestVersionNumber: 3,
        defaultVersion: {
          LaunchTemplateId: id,
          LaunchTemplateName: `app-${i}-template`,
          VersionNumber: 3,
          DefaultVersion: true,
          CreateTime: days(20),
          LaunchTemplateData: {
            ImageId: `ami-${hex(rand, 17)}`,
            InstanceType: 'm6i.large',
            MetadataOptions: { HttpTokens: chance(0.8) ? 'required' : 'optional', HttpEndpoint: 'enabled' },
            NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: chance(0.1) }],
            BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: chance(0.8), VolumeSize: 20, VolumeType: 'gp3' } }],
          },
        },
      };
    });
    const flowLogs = Array.from({ length: n('ec2.flowLogs') }, (_, i) => ({
      FlowLogId: `fl-${hex(rand, 17)}`,
      ResourceId: vpcs[i % vpcs.length].VpcId,
      FlowLogStatus: 'ACTIVE',
      DeliverLogsStatus: 'SUCCESS',
      TrafficType: chance(0.8) ? 'ALL' : 'REJECT',
      LogDestinationType: 'cloud-watch-logs',
      LogGroupName: `vpc-flow-${i}`,
      CreationTime: days(100),
    }));
    const vpcEndpoints = Array.from({ length: n('ec2.vpcEndpoints') }, (_, i) => ({
      VpcEndpointId: `vpce-${hex(rand, 17)}`,
      VpcEndpointType: i % 3 === 0 ? 'Gateway' : 'Interface',
      VpcId: vpcs[i % vpcs.length].VpcId,
      ServiceName: `com.amazonaws.${region}.${pick(['s3', 'ec2', 'ssm', 'kms', 'logs'])}`,
      State: 'available',
      OwnerId: ACCOUNT_ID,
      CreationTimestamp: days(50),
    }));
    const transitGateways = Array.from({ length: n('ec2.transitGateways') }, (_, i) => {
      const id = `tgw-${hex(rand, 17)}`;
      return { TransitGatewayId: id, TransitGatewayArn: arn('ec2', region, `transit-gateway/${id}`), State: 'available', OwnerId: ACCOUNT_ID, CreationTime: days(300), Options: { AmazonSideAsn: 64512, AutoAcceptSharedAttachments: i % 2 ? 'enable' : 'disable', DefaultRouteTableAssociation: 'enable', DefaultRouteTablePropagation: 'enable', DnsSupport: 'enable' } };
    });
    const clientVpnEndpoints = Array.from({ length: n('ec2.clientVpnEndpoints') }, (_, i) => ({
      ClientVpnEndpointId: `cvpn-endpoint-${hex(rand, 17)}`,
      Status: { Code: 'available' },
      CreationTime: days(100).toISOString(),
      ConnectionLogOptions: i % 2 ? { Enabled: false } : { Enabled: true, CloudwatchLogGroup: 'client-vpn', CloudwatchLogStream: 'connections' },
    }));
    const vpnConnections = Array.from({ length: n('ec2.vpnConnections') }, (_, i) => ({
      VpnConnectionId: `vpn-${hex(rand, 17)}`,
      State: 'available',
      Type: 'ipsec.1',
      CustomerGatewayId: `cgw-${hex(rand, 17)}`,
      Options: {
        TunnelOptions: [1, 2].map((t) => ({ OutsideIpAddress: `203.0.113.${t + i}`, LogOptions: { CloudWatchLogOptions: { LogEnabled: i % 2 === 0, LogGroupArn: arn('logs', region, 'log-group:vpn') } } })),
      },
    }));

    // RDS
    const parameterGroups = Array.from({ length: Math.max(1, Math.ceil(n('rds.instances') / 8)) }, (_, i) => ({ name: `app-mysql-${i}`, family: 'mysql8.0', requireTls: i % 3 !== 0 }));
    const clusterParameterGroups = Array.from({ length: Math.max(1, Math.ceil(n('rds.clusters') / 4)) }, (_, i) => ({ name: `aurora-mysql-${i}`, audit: i % 2 === 0 }));
    const dbClusters = Array.from({ length: n('rds.clusters') }, (_, i) => {
      const id = `aurora-${region}-${i}`;
      const mysql = i % 2 === 0;
      return {
        DBClusterIdentifier: id,
        DBClusterArn: arn('rds', region, `cluster:${id}`),
        Engine: mysql ? 'aurora-mysql' : 'aurora-postgresql',
        EngineVersion: mysql ? '8.0.mysql_aurora.3.05.2' : '15.4',
        Status: 'available',
        MasterUsername: chance(0.8) ? `${id.replace(/-/g, '_')}_admin` : 'admin',
        DBClusterParameterGroup: mysql ? clusterParameterGroups[i % clusterParameterGroups.length].name : 'default.aurora-postgresql15',
        MultiAZ: chance(0.8),
        StorageEncrypted: chance(0.9),
        DeletionProtection: chance(0.7),
        CopyTagsToSnapshot: chance(0.7),
        IAMDatabaseAuthenticationEnabled: chance(0.4),
        EnabledCloudwatchLogsExports: mysql ? ['audit', 'error', 'slowquery'] : ['postgresql'],
        BacktrackWindow: mysql && chance(0.5) ? 86400 : undefined,
        AutoMinorVersionUpgrade: true,
        AvailabilityZones: zones,
        DBClusterMembers: [{ DBInstanceIdentifier: `${id}-writer`, IsClusterWriter: true, DBClusterParameterGroupStatus: 'in-sync', PromotionTier: 1 }],
        ClusterCreateTime: days(300),
      };
    });
    const dbInstances = Array.from({ length: n('rds.instances') }, (_, i) => {
      const id = `db-${region}-${i}`;
      const engine = pick(['mysql', 'postgres', 'mariadb', 'sqlserver-se', 'mysql']);
      const group = parameterGroups[i % parameterGroups.length].name;
      return {
        DBInstanceIdentifier: id,
        DBInstanceArn: arn('rds', region, `db:${id}`),
        DbiResourceId: `db-${hex(rand, 26).toUpperCase()}`,
        DBInstanceClass: 'db.m6g.large',
        Engine: engine,
        EngineVersion: engine === 'postgres' ? '16.3' : '8.0.36',
        DBInstanceStatus: 'available',
        MasterUsername: chance(0.7) ? `${engine}_owner` : engine === 'postgres' ? 'postgres' : 'admin',
        Endpoint: { Address: `${id}.abc123.${region}.rds.amazonaws.com`, Port: chance(0.7) ? 3306 : 13306 },
        AllocatedStorage: 100,
        InstanceCreateTime: days(200),
        BackupRetentionPeriod: chance(0.9) ? 7 : 0,
        DBSecurityGroups: [],
        VpcSecurityGroups: [{ VpcSecurityGroupId: securityGroups[0]?.GroupId ?? 'sg-0', Status: 'active' }],
        DBParameterGroups: [{ DBParameterGroupName: engine.startsWith('mysql') ? group : `default.${engine}`, ParameterApplyStatus: 'in-sync' }],
        DBSubnetGroup: { DBSubnetGroupName: 'db-subnets', VpcId: vpcs[0].VpcId, SubnetGroupStatus: 'Complete' },
        MultiAZ: chance(0.6),
        AutoMinorVersionUpgrade: chance(0.8),
        PubliclyAccessible: chance(0.05),
        StorageEncrypted: chance(0.9),
        DeletionProtection: chance(0.6),
        CopyTagsToSnapshot: chance(0.6),
        IAMDatabaseAuthenticationEnabled: chance(0.3),
        EnabledCloudwatchLogsExports: chance(0.5) ? ['error', 'general'] : [],
        MonitoringInterval: chance(0.5) ? 60 : 0,
        CACertificateIdentifier: 'rds-ca-rsa2048-g1',
      };
    });
    const dbSnapshots = Array.from({ length: n('rds.snapshots') }, (_, i) => {
      const db = dbInstances[i % Math.max(dbInstances.length, 1)];
      const manual = i % 3 === 0;
      const id = manual ? `manual-${region}-${i}` : `rds:${db?.DBInstanceIdentifier ?? 'db'}-2026-01-${String((i % 28) + 1).padStart(2, '0')}`;
      return {
        DBSnapshotIdentifier: id,
        DBInstanceIdentifier: db?.DBInstanceIdentifier ?? 'db',
        DBSnapshotArn: arn('rds', region, `snapshot:${id}`),
        SnapshotType: manual ? 'manual' : 'automated',
        Engine: db?.Engine ?? 'mysql',
        Encrypted: chance(0.9),
        Status: 'available',
        SnapshotCreateTime: days(i % 30),
        AllocatedStorage: 100,
        public: manual && chance(0.05),
      };
    });
    const dbClusterSnapshots = Array.from({ length: n('rds.clusterSnapshots') }, (_, i) => {
      const c = dbClusters[i % Math.max(dbClusters.length, 1)];
      const manual = i % 3 === 0;
      const id = manual ? `cluster-manual-${region}-${i}` : `rds:${c?.DBClusterIdentifier ?? 'cluster'}-2026-01-${String((i % 28) + 1).padStart(2, '0')}`;
      return {
        DBClusterSnapshotIdentifier: id,
        DBClusterIdentifier: c?.DBClusterIdentifier ?? 'cluster',
        DBClusterSnapshotArn: arn('rds', region, `cluster-snapshot:${id}`),
        SnapshotType: manual ? 'manual' : 'automated',
        Engine: c?.Engine ?? 'aurora-mysql',
        StorageEncrypted: chance(0.9),
        Status: 'available',
        SnapshotCreateTime: days(i % 30),
        public: manual && chance(0.05),
      };
    });
    const dbProxies = Array.from({ length: n('rds.proxies') }, (_, i) => ({
      DBProxyName: `proxy-${i}`,
      DBProxyArn: arn('rds', region, `db-proxy:prx-${hex(rand, 17)}`),
      EngineFamily: 'MYSQL',
      RequireTLS: i % 2 === 0,
      Status: 'available',
      VpcId: vpcs[0].VpcId,
      CreatedDate: days(100),
    }));
    const eventSubscriptions = Array.from({ length: n('rds.eventSubscriptions') }, (_, i) => ({
      CustSubscriptionId: `rds-events-${i}`,
      CustomerAwsId: ACCOUNT_ID,
      EventSubscriptionArn: arn('rds', region, `es:rds-events-${i}`),
      SnsTopicArn: arn('sns', region, 'rds-events'),
      Status: 'active',
      SourceType: 'db-instance',
      EventCategoriesList: ['failure', 'maintenance', 'configuration change'],
      Enabled: true,
      SubscriptionCreationTime: days(100).toISOString(),
    }));

    // KMS
    const keys = Array.from({ length: n('kms.keys') }, (_, i) => {
      const id = `${hex(rand, 8)}-${hex(rand, 4)}-${hex(rand, 4)}-${hex(rand, 4)}-${hex(rand, 12)}`;
      const customer = i % 2 === 0;
      const symmetric = !customer || chance(0.9);
      return {
        KeyId: id,
        Arn: arn('kms', region, `key/${id}`),
        AWSAccountId: ACCOUNT_ID,
        CreationDate: days(400),
        Enabled: true,
        Description: customer ? `app key ${i}` : 'Default key that protects my data when no other key is defined',
        KeyUsage: symmetric ? 'ENCRYPT_DECRYPT' : 'SIGN_VERIFY',
        KeyState: chance(0.03) ? 'PendingDeletion' : 'Enabled',
        Origin: 'AWS_KMS',
        KeyManager: customer ? 'CUSTOMER' : 'AWS',
        KeySpec: symmetric ? 'SYMMETRIC_DEFAULT' : 'RSA_2048',
        CustomerMasterKeySpec: symmetric ? 'SYMMETRIC_DEFAULT' : 'RSA_2048',
        EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
        MultiRegion: false,
        rotation: chance(0.7),
        policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: chance(0.02) ? '*' : { AWS: `arn:aws:iam::${ACCOUNT_ID}:root` }, Action: 'kms:*', Resource: '*' }],
        }),
      };
    });

    // ACM certificates of the Region (account-services.mjs describes them); the HTTPS listeners use them.
    const acmArns = Array.from({ length: n('acm.certificates') }, () => arn('acm', region, `certificate/${hex(rand, 8)}-${hex(rand, 4)}-4${hex(rand, 3)}-8${hex(rand, 3)}-${hex(rand, 12)}`));
    const listenerCertificate = (k) =>
      acmArns.length && !chance(0.05) ? acmArns[k % acmArns.length] : `arn:aws:iam::${ACCOUNT_ID}:server-certificate/legacy-cert-${k % 3}`;

    // ELBv2
    const loadBalancers = Array.from({ length: n('elbv2.loadBalancers') }, (_, i) => {
      const name = `app-${i}-alb`;
      const lbArn = arn('elasticloadbalancing', region, `loadbalancer/app/${name}/${hex(rand, 16)}`);
      const listenerCount = Math.max(1, Math.round(n('elbv2.listeners') / Math.max(n('elbv2.loadBalancers'), 1)));
      return {
        LoadBalancerArn: lbArn,
        DNSName: `${name}-123456.${region}.elb.amazonaws.com`,
        CanonicalHostedZoneId: 'Z35SXDOTRQ7X7K',
        CreatedTime: days(100),
        LoadBalancerName: name,
        Scheme: chance(0.6) ? 'internet-facing' : 'internal',
        VpcId: vpcs[0].VpcId,
        State: { Code: 'active' },
        Type: 'application',
        AvailabilityZones: zones.slice(0, chance(0.9) ? 2 : 1).map((z, k) => ({ ZoneName: z, SubnetId: subnets[k]?.SubnetId ?? `subnet-${k}` })),
        SecurityGroups: [securityGroups[0]?.GroupId ?? 'sg-0'],
        IpAddressType: 'ipv4',
        attributes: [
          { Key: 'deletion_protection.enabled', Value: String(chance(0.6)) },
          { Key: 'access_logs.s3.enabled', Value: String(chance(0.6)) },
          { Key: 'access_logs.s3.bucket', Value: `acme-${region}-alb-logs` },
          { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: String(chance(0.5)) },
          { Key: 'routing.http.desync_mitigation_mode', Value: chance(0.8) ? 'defensive' : 'monitor' },
          { Key: 'idle_timeout.timeout_seconds', Value: '60' },
        ],
        listeners: Array.from({ length: listenerCount }, (_, k) => {
          const https = k % 2 === 0;
          const listenerArn = arn('elasticloadbalancing', region, `listener/app/${name}/${hex(rand, 16)}/${hex(rand, 16)}`);
          return {
            ListenerArn: listenerArn,
            LoadBalancerArn: lbArn,
            Port: https ? 443 : 80,
            Protocol: https ? 'HTTPS' : 'HTTP',
            ...(https
              ? { SslPolicy: chance(0.8) ? 'ELBSecurityPolicy-TLS13-1-2-2021-06' : 'ELBSecurityPolicy-2016-08', Certificates: [{ CertificateArn: listenerCertificate(i + k) }], ...(chance(0.2) ? { extraCertificates: [listenerCertificate(i + k + 1)] } : {}) }
              : {}),
            DefaultActions: https
              ? [{ Type: 'forward', TargetGroupArn: arn('elasticloadbalancing', region, `targetgroup/app-${i}/${hex(rand, 16)}`), Order: 1 }]
              : [{ Type: 'redirect', Order: 1, RedirectConfig: { Protocol: 'HTTPS', Port: '443', Host: '#{host}', Path: '/#{path}', Query: '#{query}', StatusCode: 'HTTP_301' } }],
            rules: https
              ? []
              : [
                  { RuleArn: `${listenerArn.replace(':listener/', ':listener-rule/')}/${hex(rand, 16)}`, Priority: 'default', IsDefault: true, Conditions: [], Actions: [{ Type: 'redirect', Order: 1, RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }] },
                  ...(chance(0.2) ? [{ RuleArn: `${listenerArn.replace(':listener/', ':listener-rule/')}/${hex(rand, 16)}`, Priority: '10', IsDefault: false, Conditions: [{ Field: 'path-pattern', Values: ['/health'] }], Actions: [{ Type: 'fixed-response', Order: 1, FixedResponseConfig: { StatusCode: '200', ContentType: 'text/plain' } }] }] : []),
                ],
          };
        }),
      };
    });

    // S3 access points live in a region; S3 Control lists them per region.
    const accessPoints = Array.from({ length: n('s3.accessPoints') }, (_, i) => {
      const name = `ap-${region}-${i}`;
      const bucket = buckets.find((b) => b.BucketRegion === region)?.Name ?? buckets[0]?.Name ?? 'acme-data';
      const vpc = i % 2 === 0;
      return {
        Name: name,
        NetworkOrigin: vpc ? 'VPC' : 'Internet',
        ...(vpc ? { VpcConfiguration: { VpcId: vpcs[0].VpcId } } : {}),
        Bucket: bucket,
        AccessPointArn: arn('s3', region, `accesspoint/${name}`),
        Alias: `${name}-${hex(rand, 10)}-s3alias`,
        BucketAccountId: ACCOUNT_ID,
        CreationDate: days(100),
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: !chance(0.1), RestrictPublicBuckets: true },
      };
    });

    // Routing for the reachability analysis: an internet gateway on the default VPC and on some
    // others; each VPC's main table routes 0.0.0.0/0 to its gateway when it has one, and a few
    // subnets have a private table of their own.
    const internetGateways = vpcs.flatMap((vpc) =>
      vpc.IsDefault || chance(0.5) ? [{ InternetGatewayId: `igw-${hex(rand, 17)}`, OwnerId: ACCOUNT_ID, Attachments: [{ VpcId: vpc.VpcId, State: 'available' }], Tags: [] }] : [],
    );
    const routeTables = vpcs.flatMap((vpc) => {
      const gateway = internetGateways.find((g) => g.Attachments[0].VpcId === vpc.VpcId);
      const local = { DestinationCidrBlock: vpc.CidrBlock, GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' };
      const mainId = `rtb-${hex(rand, 17)}`;
      const main = {
        RouteTableId: mainId,
        VpcId: vpc.VpcId,
        OwnerId: ACCOUNT_ID,
        Routes: [local, ...(gateway ? [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: gateway.InternetGatewayId, Origin: 'CreateRoute', State: 'active' }] : [])],
        Associations: [{ Main: true, RouteTableAssociationId: `rtbassoc-${hex(rand, 17)}`, RouteTableId: mainId, AssociationState: { State: 'associated' } }],
        PropagatingVgws: [],
        Tags: [],
      };
      const privateId = `rtb-${hex(rand, 17)}`;
      const privateSubnets = subnets.filter((sn) => sn.VpcId === vpc.VpcId && !sn.MapPublicIpOnLaunch).slice(0, 3);
      const privateTable = {
        RouteTableId: privateId,
        VpcId: vpc.VpcId,
        OwnerId: ACCOUNT_ID,
        Routes: [local],
        Associations: privateSubnets.map((sn) => ({ Main: false, RouteTableAssociationId: `rtbassoc-${hex(rand, 17)}`, RouteTableId: privateId, SubnetId: sn.SubnetId, AssociationState: { State: 'associated' } })),
        PropagatingVgws: [],
        Tags: [],
      };
      return privateSubnets.length ? [main, privateTable] : [main];
    });

    account.regional[region] = {
      ec2: {
        reservations,
        instances,
        volumes,
        snapshots,
        securityGroups,
        networkAcls,
        networkInterfaces,
        vpcs,
        subnets,
        flowLogs,
        vpcEndpoints,
        transitGateways,
        clientVpnEndpoints,
        vpnConnections,
        routeTables,
        internetGateways,
        images,
        launchTemplates,
        ebsEncryptionByDefault: r % 3 !== 2,
        snapshotBlockPublicAccess: r % 2 ? 'block-all-sharing' : 'unblocked',
        instanceMetadataDefaults: r % 2 ? { HttpTokens: 'required', HttpPutResponseHopLimit: 2 } : {},
        vpcBlockPublicAccess: { AwsAccountId: ACCOUNT_ID, AwsRegion: region, State: 'default-state', InternetGatewayBlockMode: 'off', Reason: 'VPC BPA is not configured', ManagedBy: 'account' },
      },
      rds: { dbInstances, dbClusters, dbSnapshots, dbClusterSnapshots, dbProxies, eventSubscriptions, parameterGroups, clusterParameterGroups },
      kms: { keys },
      elbv2: {
        loadBalancers,
        // One instance target group behind each HTTPS listener, with a few of the region's instances registered.
        targetGroups: loadBalancers.flatMap((lb) =>
          lb.listeners.flatMap((l) =>
            l.DefaultActions.filter((a) => a.TargetGroupArn).map((a, k) => ({
              TargetGroupArn: a.TargetGroupArn,
              TargetGroupName: a.TargetGroupArn.split('/')[1],
              Protocol: chance(0.5) ? 'HTTPS' : 'HTTP',
              Port: 443,
              VpcId: lb.VpcId,
              HealthCheckProtocol: chance(0.5) ? 'HTTPS' : 'HTTP',
              HealthCheckPort: 'traffic-port',
              HealthCheckEnabled: true,
              TargetType: 'instance',
              LoadBalancerArns: [lb.LoadBalancerArn],
              targets: instances.slice(k, k + 2).map((inst) => ({ Target: { Id: inst.InstanceId, Port: 443 }, TargetHealth: { State: 'healthy' } })),
            })),
          ),
        ),
      },
      s3control: { accessPoints },
      acmArns,
    };
  });
  addServices(account, {
    rand,
    // Without a Region: the account's whole count (the global services).
    n: (kind, r) => (r === undefined ? counts[kind] : perRegion[kind][r]),
    accountId: ACCOUNT_ID,
    homeRegion: HOME_REGION,
    regions: REGIONS,
    trailLogGroup: TRAIL_LOG_GROUP,
  });
  return account;
}

function credentialReport(users) {
  const header = [
    'user', 'arn', 'user_creation_time', 'password_enabled', 'password_last_used', 'password_last_changed', 'password_next_rotation', 'mfa_active',
    'access_key_1_active', 'access_key_1_last_rotated', 'access_key_1_last_used_date', 'access_key_1_last_used_region', 'access_key_1_last_used_service',
    'access_key_2_active', 'access_key_2_last_rotated', 'access_key_2_last_used_date', 'access_key_2_last_used_region', 'access_key_2_last_used_service',
    'cert_1_active', 'cert_1_last_rotated', 'cert_2_active', 'cert_2_last_rotated',
  ];
  const iso = (d) => d.toISOString().replace('.000Z', '+00:00');
  const root = ['<root_account>', `arn:aws:iam::${ACCOUNT_ID}:root`, iso(days(2000)), 'not_supported', iso(days(200)), 'not_supported', 'not_supported', 'true', 'false', 'N/A', 'N/A', 'N/A', 'N/A', 'false', 'N/A', 'N/A', 'N/A', 'N/A', 'false', 'N/A', 'false', 'N/A'];
  const rows = users.map((u) => {
    const c = u.credentials;
    return [
      u.UserName, u.Arn, iso(u.CreateDate), String(c.password), c.password ? iso(days(c.lastUsed)) : 'N/A', c.password ? iso(days(100)) : 'N/A', c.password ? iso(days(-10)) : 'N/A', String(c.mfa),
      String(c.key1), c.key1 ? iso(days(c.keyAge)) : 'N/A', c.key1 ? iso(days(c.lastUsed)) : 'N/A', c.key1 ? 'us-east-1' : 'N/A', c.key1 ? 's3' : 'N/A',
      'false', 'N/A', 'N/A', 'N/A', 'N/A', 'false', 'N/A', 'false', 'N/A',
    ];
  });
  return Buffer.from([header, root, ...rows].map((row) => row.join(',')).join('\n'), 'utf8');
}
