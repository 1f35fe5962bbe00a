// Recorded S3 and S3 Control calls of the demo account. Five buckets in us-east-1 and eu-west-1:
// a hardened data bucket, the access-log bucket, a public static-assets bucket, a partner upload
// bucket open to writes and to another account, and a versioned backup bucket without lifecycle.
// The account-level Block Public Access ignores public ACLs but not public policies; one access
// point per region and two Multi-Region Access Points, one of each kind.

const ACCOUNT = '123456789012';
const PARTNER = '444455556666';
const ANALYTICS = '210987654321';
const OWNER = { DisplayName: 'acme-prod', ID: '8f3c2b1a9d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a' };
const date = (iso) => ({ $date: iso });

const s3 = (region, operation, input, output) => ({ service: 's3', region, operation, input, output });
const s3Error = (region, operation, input, code, message, httpStatus = 404) => ({ service: 's3', region, operation, input, error: { code, message, httpStatus } });
const control = (region, operation, input, output) => ({ service: 's3control', region, operation, input, output });

const ALL_ON = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const ALL_OFF = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };
const arn = (name) => `arn:aws:s3:::${name}`;
const policy = (...Statement) => JSON.stringify({ Version: '2012-10-17', Statement });
const tlsDeny = (name, extra = {}) => ({
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [arn(name), `${arn(name)}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  ...extra,
});
const ownerGrant = { Grantee: { ...OWNER, Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' };
const sse = (SSEAlgorithm, KMSMasterKeyID) => ({
  ServerSideEncryptionConfiguration: {
    Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm, ...(KMSMasterKeyID ? { KMSMasterKeyID } : {}) }, BucketKeyEnabled: SSEAlgorithm !== 'AES256' }],
  },
});
const ownership = (ObjectOwnership) => ({ OwnershipControls: { Rules: [{ ObjectOwnership }] } });

/**
 * Each bucket: its region, creation date and the answer of every per-bucket read. An answer is an
 * output object, or [code, message] for the error S3 gives when the setting is not configured.
 */
const BUCKETS = {
  'acme-orders-data': {
    region: 'us-east-1',
    created: '2023-03-14T10:12:00.000Z',
    GetBucketPolicy: {
      Policy: policy(
        { ...tlsDeny('acme-orders-data'), Sid: 'DenyHttpBucket', Resource: arn('acme-orders-data') },
        { ...tlsDeny('acme-orders-data'), Sid: 'DenyHttpObjects', Resource: `${arn('acme-orders-data')}/*` },
        {
          Sid: 'AnalyticsRead',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ANALYTICS}:role/orders-etl` },
          Action: ['s3:GetObject', 's3:ListBucket'],
          Resource: [arn('acme-orders-data'), `${arn('acme-orders-data')}/*`],
        },
      ),
    },
    GetBucketAcl: { Owner: OWNER, Grants: [ownerGrant] },
    GetPublicAccessBlock: { PublicAccessBlockConfiguration: ALL_ON },
    GetBucketEncryption: sse('aws:kms', `arn:aws:kms:us-east-1:${ACCOUNT}:key/0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60`),
    GetBucketVersioning: { Status: 'Enabled', MFADelete: 'Enabled' },
    GetBucketLogging: { LoggingEnabled: { TargetBucket: 'acme-logs-prod', TargetPrefix: 's3/acme-orders-data/' } },
    GetBucketLifecycleConfiguration: {
      Rules: [{ ID: 'expire-noncurrent-versions', Status: 'Enabled', Filter: {}, NoncurrentVersionExpiration: { NoncurrentDays: 90 } }],
      TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K',
    },
    GetObjectLockConfiguration: { ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 30 } } } },
    GetBucketOwnershipControls: ownership('BucketOwnerEnforced'),
    GetBucketNotificationConfiguration: {
      QueueConfigurations: [{ Id: 'new-orders', QueueArn: `arn:aws:sqs:us-east-1:${ACCOUNT}:orders-ingest`, Events: ['s3:ObjectCreated:*'] }],
    },
  },
  'acme-logs-prod': {
    region: 'us-east-1',
    created: '2021-09-02T08:00:00.000Z',
    GetBucketPolicy: {
      Policy: policy(tlsDeny('acme-logs-prod'), {
        Sid: 'S3ServerAccessLogs',
        Effect: 'Allow',
        Principal: { Service: 'logging.s3.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: `${arn('acme-logs-prod')}/s3/*`,
        Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } },
      }),
    },
    GetBucketAcl: { Owner: OWNER, Grants: [ownerGrant] },
    GetPublicAccessBlock: { PublicAccessBlockConfiguration: ALL_ON },
    GetBucketEncryption: sse('AES256'),
    GetBucketVersioning: { Status: 'Enabled', MFADelete: 'Disabled' },
    // The log bucket does not log itself: S3.9 has no exemption for it.
    GetBucketLogging: {},
    GetBucketLifecycleConfiguration: {
      Rules: [{ ID: 'expire-logs', Status: 'Enabled', Filter: { Prefix: 's3/' }, Expiration: { Days: 400 }, NoncurrentVersionExpiration: { NoncurrentDays: 30 } }],
      TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K',
    },
    GetObjectLockConfiguration: ['ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket'],
    GetBucketOwnershipControls: ownership('BucketOwnerEnforced'),
    GetBucketNotificationConfiguration: {},
  },
  'acme-web-assets-prod': {
    region: 'us-east-1',
    created: '2019-05-20T16:45:00.000Z',
    GetBucketPolicy: {
      Policy: policy(
        { Sid: 'PublicReadForWebsite', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${arn('acme-web-assets-prod')}/*` },
        // Written as a TLS guard, but an Allow over TLS denies nothing.
        {
          Sid: 'AllowOnlyTls',
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: `${arn('acme-web-assets-prod')}/*`,
          Condition: { Bool: { 'aws:SecureTransport': 'true' } },
        },
      ),
    },
    GetBucketAcl: {
      Owner: OWNER,
      Grants: [ownerGrant, { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' }],
    },
    GetPublicAccessBlock: ['NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found'],
    GetBucketEncryption: sse('AES256'),
    GetBucketVersioning: {},
    GetBucketLogging: { LoggingEnabled: { TargetBucket: 'acme-logs-prod', TargetPrefix: 's3/acme-web-assets-prod/' } },
    GetBucketLifecycleConfiguration: ['NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist'],
    GetObjectLockConfiguration: ['ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket'],
    GetBucketOwnershipControls: ownership('ObjectWriter'),
    GetBucketNotificationConfiguration: { EventBridgeConfiguration: {} },
  },
  'acme-partner-dropbox': {
    region: 'eu-west-1',
    created: '2022-01-11T12:30:00.000Z',
    GetBucketPolicy: {
      Policy: policy(
        // Prowler's secure-transport check passes this; it denies HTTP uploads only.
        { ...tlsDeny('acme-partner-dropbox'), Sid: 'DenyHttpUploads', Action: 's3:PutObject' },
        { Sid: 'AnyoneCanUpload', Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: `${arn('acme-partner-dropbox')}/incoming/*` },
        {
          Sid: 'PartnerManagesObjects',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${PARTNER}:root` },
          Action: ['s3:GetObject', 's3:PutObject', 's3:PutObjectAcl'],
          Resource: `${arn('acme-partner-dropbox')}/*`,
        },
      ),
    },
    GetBucketAcl: { Owner: OWNER, Grants: [ownerGrant] },
    GetPublicAccessBlock: { PublicAccessBlockConfiguration: ALL_OFF },
    GetBucketEncryption: sse('aws:kms'),
    GetBucketVersioning: { Status: 'Suspended', MFADelete: 'Disabled' },
    GetBucketLogging: {},
    GetBucketLifecycleConfiguration: {
      Rules: [{ ID: 'purge-incoming', Status: 'Disabled', Filter: { Prefix: 'incoming/' }, Expiration: { Days: 14 } }],
      TransitionDefaultMinimumObjectSize: 'all_storage_classes_128K',
    },
    GetObjectLockConfiguration: ['ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket'],
    GetBucketOwnershipControls: ownership('BucketOwnerPreferred'),
    GetBucketNotificationConfiguration: {},
  },
  'acme-backups-eu': {
    region: 'eu-west-1',
    created: '2024-07-08T07:15:00.000Z',
    GetBucketPolicy: { Policy: policy(tlsDeny('acme-backups-eu', { Resource: '*' })) },
    GetBucketAcl: { Owner: OWNER, Grants: [ownerGrant] },
    GetPublicAccessBlock: { PublicAccessBlockConfiguration: ALL_ON },
    GetBucketEncryption: sse('aws:kms:dsse', `arn:aws:kms:eu-west-1:${ACCOUNT}:key/mrk-4f1d0b3c9a8e4b2f9d6c1a7e5b3c2d10`),
    GetBucketVersioning: { Status: 'Enabled' },
    GetBucketLogging: {},
    GetBucketLifecycleConfiguration: ['NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist'],
    GetObjectLockConfiguration: { ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled' } },
    GetBucketOwnershipControls: ownership('BucketOwnerEnforced'),
    GetBucketNotificationConfiguration: {
      TopicConfigurations: [{ Id: 'deletions', TopicArn: `arn:aws:sns:eu-west-1:${ACCOUNT}:backup-alerts`, Events: ['s3:ObjectRemoved:*'] }],
    },
  },
};

const READS = [
  'GetBucketPolicy',
  'GetBucketAcl',
  'GetPublicAccessBlock',
  'GetBucketEncryption',
  'GetBucketVersioning',
  'GetBucketLogging',
  'GetBucketLifecycleConfiguration',
  'GetObjectLockConfiguration',
  'GetBucketOwnershipControls',
  'GetBucketNotificationConfiguration',
];

const bucketCalls = Object.entries(BUCKETS).flatMap(([name, bucket]) =>
  READS.map((operation) => {
    const answer = bucket[operation];
    if (Array.isArray(answer)) return s3Error(bucket.region, operation, { Bucket: name }, answer[0], answer[1]);
    return s3(bucket.region, operation, { Bucket: name }, answer);
  }),
);
const accessPoint = (region, Name, Bucket, NetworkOrigin, PublicAccessBlockConfiguration, created) => ({
  listed: {
    Name,
    NetworkOrigin,
    ...(NetworkOrigin === 'VPC' ? { VpcConfiguration: { VpcId: 'vpc-0a1b2c3d4e5f60718' } } : {}),
    Bucket,
    AccessPointArn: `arn:aws:s3:${region}:${ACCOUNT}:accesspoint/${Name}`,
    Alias: `${Name}-a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5-s3alias`,
    BucketAccountId: ACCOUNT,
  },
  details: {
    Name,
    Bucket,
    NetworkOrigin,
    ...(NetworkOrigin === 'VPC' ? { VpcConfiguration: { VpcId: 'vpc-0a1b2c3d4e5f60718' } } : {}),
    PublicAccessBlockConfiguration,
    CreationDate: date(created),
    Alias: `${Name}-a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5-s3alias`,
    AccessPointArn: `arn:aws:s3:${region}:${ACCOUNT}:accesspoint/${Name}`,
    BucketAccountId: ACCOUNT,
  },
});

const ACCESS_POINTS = {
  'us-east-1': [accessPoint('us-east-1', 'orders-analytics-ap', 'acme-orders-data', 'VPC', ALL_ON, '2024-04-02T11:00:00.000Z')],
  'eu-west-1': [
    accessPoint('eu-west-1', 'partner-upload-ap', 'acme-partner-dropbox', 'Internet', { ...ALL_ON, BlockPublicPolicy: false, RestrictPublicBuckets: false }, '2022-01-12T09:00:00.000Z'),
  ],
};

const accessPointCalls = Object.entries(ACCESS_POINTS).flatMap(([region, points]) => [
  control(region, 'ListAccessPoints', { AccountId: ACCOUNT }, { AccessPointList: points.map((p) => p.listed) }),
  ...points.map((p) => control(region, 'GetAccessPoint', { AccountId: ACCOUNT, Name: p.listed.Name }, p.details)),
]);

export default [
  s3('us-east-1', 'ListBuckets', { MaxBuckets: 1000 }, {
    Buckets: Object.entries(BUCKETS).map(([Name, b]) => ({ Name, CreationDate: date(b.created), BucketRegion: b.region })),
    Owner: OWNER,
  }),
  ...bucketCalls,
  control('us-east-1', 'GetPublicAccessBlock', { AccountId: ACCOUNT }, {
    // Public ACLs are ignored account-wide, public policies are not: S3.1 fails.
    PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: false },
  }),
  ...accessPointCalls,
  control('us-west-2', 'ListMultiRegionAccessPoints', { AccountId: ACCOUNT }, {
    AccessPoints: [
      {
        Name: 'acme-global-assets',
        Alias: 'mfzwi23gnjvgw.mrap',
        CreatedAt: date('2024-09-10T13:20:00.000Z'),
        PublicAccessBlock: ALL_ON,
        Status: 'READY',
        Regions: [
          { Bucket: 'acme-orders-data', Region: 'us-east-1', BucketAccountId: ACCOUNT },
          { Bucket: 'acme-backups-eu', Region: 'eu-west-1', BucketAccountId: ACCOUNT },
        ],
      },
      {
        Name: 'acme-legacy-replica',
        Alias: 'mkq3p7vd0s9sa.mrap',
        CreatedAt: date('2022-02-01T10:00:00.000Z'),
        PublicAccessBlock: { ...ALL_ON, IgnorePublicAcls: false, RestrictPublicBuckets: false },
        Status: 'READY',
        Regions: [{ Bucket: 'acme-partner-dropbox', Region: 'eu-west-1', BucketAccountId: ACCOUNT }],
      },
    ],
  }),
];
