// Recorded DynamoDB, Application Auto Scaling and DAX calls of the demo account, in us-east-1 and
// eu-west-1: an orders table with every safeguard, a provisioned sessions table with none, an audit
// table whose capacity scales, European tables (one encrypted with a key of the security account),
// and two DAX clusters, one created before encryption was a habit. Keys of this account come from
// scripts/demo/kms.mjs; the key of the other account is described here by ARN.

const ACCOUNT = '123456789012';
const SECURITY_ACCOUNT = '210987654321';
const date = (iso) => ({ $date: iso });
const call = (service, region, operation, input, output) => ({ service, region, operation, input, output });
const tableArn = (region, name) => `arn:aws:dynamodb:${region}:${ACCOUNT}:table/${name}`;

const east = 'us-east-1';
const west = 'eu-west-1';
const ORDERS_KEY = `arn:aws:kms:${east}:${ACCOUNT}:key/0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60`;
const CUSTOMER_DATA_KEY = `arn:aws:kms:${west}:${ACCOUNT}:key/mrk-4f1d0b3c9a8e4b2f9d6c1a7e5b3c2d10`;
const SECURITY_KEY = `arn:aws:kms:${west}:${SECURITY_ACCOUNT}:key/5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b`;

const gsi = (name, provisioned) => ({
  IndexName: name,
  KeySchema: [{ AttributeName: name.replace('by-', ''), KeyType: 'HASH' }],
  Projection: { ProjectionType: 'ALL' },
  IndexStatus: 'ACTIVE',
  ...(provisioned ? { ProvisionedThroughput: { NumberOfDecreasesToday: 0, ReadCapacityUnits: 10, WriteCapacityUnits: 5 } } : {}),
  IndexSizeBytes: 1048576,
  ItemCount: 2200,
});

function table(region, { name, mode, key, deletionProtection, created, indexes = [], tags }) {
  const provisioned = mode === 'PROVISIONED';
  return {
    name,
    tags,
    description: {
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, ...indexes.map((i) => ({ AttributeName: i.replace('by-', ''), AttributeType: 'S' }))],
      TableName: name,
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      TableStatus: 'ACTIVE',
      CreationDateTime: date(created),
      ProvisionedThroughput: provisioned
        ? { NumberOfDecreasesToday: 0, ReadCapacityUnits: 25, WriteCapacityUnits: 10, LastIncreaseDateTime: date('2026-10-02T08:00:00.000Z') }
        : { NumberOfDecreasesToday: 0, ReadCapacityUnits: 0, WriteCapacityUnits: 0 },
      TableSizeBytes: 73400320,
      ItemCount: 184220,
      TableArn: tableArn(region, name),
      TableId: `${name.length.toString(16).padStart(8, '0')}-4e5f-4a1b-8c9d-0e1f2a3b4c5d`,
      // Older provisioned tables carry no BillingModeSummary at all.
      ...(mode === 'PAY_PER_REQUEST' ? { BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST', LastUpdateToPayPerRequestDateTime: date(created) } } : {}),
      ...(indexes.length ? { GlobalSecondaryIndexes: indexes.map((i) => ({ ...gsi(i, provisioned), IndexArn: `${tableArn(region, name)}/index/${i}` })) } : {}),
      ...(key ? { SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: key } } : {}),
      TableClassSummary: { TableClass: 'STANDARD' },
      DeletionProtectionEnabled: deletionProtection,
    },
  };
}

const pitr = (enabled, days = 35) => ({
  ContinuousBackupsDescription: {
    ContinuousBackupsStatus: 'ENABLED',
    PointInTimeRecoveryDescription: enabled
      ? { PointInTimeRecoveryStatus: 'ENABLED', RecoveryPeriodInDays: days, EarliestRestorableDateTime: date('2026-09-27T09:00:00.000Z'), LatestRestorableDateTime: date('2026-11-01T08:55:00.000Z') }
      : { PointInTimeRecoveryStatus: 'DISABLED' },
  },
});

const TABLES = {
  [east]: [
    { ...table(east, { name: 'orders', mode: 'PAY_PER_REQUEST', key: ORDERS_KEY, deletionProtection: true, created: '2025-03-14T10:20:00.000Z', indexes: ['by-customer'], tags: { team: 'orders', backup: 'daily' } }), pitr: pitr(true) },
    // Provisioned long ago for a load test; only the table's capacity was ever put under auto scaling.
    { ...table(east, { name: 'sessions', mode: 'PROVISIONED', deletionProtection: false, created: '2021-06-01T12:00:00.000Z', indexes: ['by-user'], tags: { team: 'web' } }), pitr: pitr(false) },
    { ...table(east, { name: 'audit-log', mode: 'PROVISIONED', deletionProtection: true, created: '2023-01-09T07:45:00.000Z', indexes: ['by-actor'], tags: { team: 'security', backup: 'daily' } }), pitr: pitr(true, 7) },
  ],
  [west]: [
    { ...table(west, { name: 'eu-customers', mode: 'PAY_PER_REQUEST', key: CUSTOMER_DATA_KEY, deletionProtection: true, created: '2025-09-01T09:00:00.000Z', tags: { team: 'eu-api' } }), pitr: pitr(true) },
    { ...table(west, { name: 'eu-reports', mode: 'PAY_PER_REQUEST', key: SECURITY_KEY, deletionProtection: false, created: '2026-02-17T16:30:00.000Z', tags: { team: 'analytics' } }), pitr: pitr(false) },
  ],
};

const target = (resourceId, dimension) => ({
  ServiceNamespace: 'dynamodb',
  ResourceId: resourceId,
  ScalableDimension: dimension,
  MinCapacity: 5,
  MaxCapacity: 200,
  RoleARN: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable`,
  CreationTime: date('2025-01-20T10:00:00.000Z'),
  SuspendedState: { DynamicScalingInSuspended: false, DynamicScalingOutSuspended: false, ScheduledScalingSuspended: false },
});
const readWrite = (resourceId, level) => [target(resourceId, `dynamodb:${level}:ReadCapacityUnits`), target(resourceId, `dynamodb:${level}:WriteCapacityUnits`)];

const SCALABLE_TARGETS = [
  ...readWrite('table/sessions', 'table'),
  ...readWrite('table/audit-log', 'table'),
  ...readWrite('table/audit-log/index/by-actor', 'index'),
];

const daxCluster = (name, { tls, sse }) => ({
  ClusterName: name,
  Description: `${name} read cache`,
  ClusterArn: `arn:aws:dax:${east}:${ACCOUNT}:cache/${name}`,
  TotalNodes: 3,
  ActiveNodes: 3,
  NodeType: 'dax.r5.large',
  Status: 'available',
  ClusterDiscoveryEndpoint: { Address: `${name}.x7k2pq.dax-clusters.${east}.amazonaws.com`, Port: tls ? 9111 : 8111, URL: `${tls ? 'daxs' : 'dax'}://${name}.x7k2pq.dax-clusters.${east}.amazonaws.com` },
  PreferredMaintenanceWindow: 'sun:05:00-sun:06:00',
  SubnetGroup: 'prod-dax-subnets',
  SecurityGroups: [{ SecurityGroupIdentifier: 'sg-0a1b2c3d4e5f60102', Status: 'active' }],
  IamRoleArn: `arn:aws:iam::${ACCOUNT}:role/DAXServiceRole`,
  ParameterGroup: { ParameterGroupName: 'default.dax1.0', ParameterApplyStatus: 'in-sync', NodeIdsToReboot: [] },
  SSEDescription: { Status: sse ? 'ENABLED' : 'DISABLED' },
  ClusterEndpointEncryptionType: tls ? 'TLS' : 'NONE',
  NetworkType: 'ipv4',
});

const tagList = (tags) => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));

export default [
  ...Object.entries(TABLES).flatMap(([region, tables]) => [
    call('dynamodb', region, 'ListTables', { Limit: 100 }, { TableNames: tables.map((t) => t.name).sort() }),
    ...tables.flatMap((t) => [
      call('dynamodb', region, 'DescribeTable', { TableName: t.name }, { Table: t.description }),
      call('dynamodb', region, 'DescribeContinuousBackups', { TableName: t.name }, t.pitr),
      // Read because backup plans of the region select resources by tag (scripts/demo/backup.mjs).
      call('dynamodb', region, 'ListTagsOfResource', { ResourceArn: t.description.TableArn }, { Tags: tagList(t.tags) }),
    ]),
  ]),
  // Only us-east-1 has provisioned tables; eu-west-1 is not asked.
  call('application-autoscaling', east, 'DescribeScalableTargets', { ServiceNamespace: 'dynamodb' }, { ScalableTargets: SCALABLE_TARGETS }),
  // The key of the security account: not in this account's key listing, so described by ARN.
  call('kms', west, 'DescribeKey', { KeyId: SECURITY_KEY }, {
    KeyMetadata: {
      AWSAccountId: SECURITY_ACCOUNT,
      KeyId: SECURITY_KEY.split('/')[1],
      Arn: SECURITY_KEY,
      CreationDate: date('2024-04-02T11:00:00.000Z'),
      Enabled: true,
      Description: 'shared analytics data key',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyState: 'Enabled',
      Origin: 'AWS_KMS',
      KeyManager: 'CUSTOMER',
      CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      KeySpec: 'SYMMETRIC_DEFAULT',
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      MultiRegion: false,
    },
  }),
  call('dax', east, 'DescribeClusters', {}, {
    // catalog-cache was created before encryption in transit existed for DAX.
    Clusters: [daxCluster('orders-cache', { tls: true, sse: true }), daxCluster('catalog-cache', { tls: false, sse: false })],
  }),
  call('dax', west, 'DescribeClusters', {}, { Clusters: [] }),
];
