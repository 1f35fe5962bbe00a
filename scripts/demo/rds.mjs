// Recorded RDS calls of the demo account in us-east-1 and eu-west-1: DB instances of every engine,
// Aurora and Multi-AZ DB clusters, snapshots and their sharing, parameter groups, proxies and event
// subscriptions. Each RDS check meets at least one resource that passes and, for most, one that fails.
// A DocumentDB cluster in eu-west-1 shows that the RDS API's other services are left out.

const ACCOUNT = '123456789012';
const date = (iso) => ({ $date: iso });
const rds = (region, operation, input, output) => ({ service: 'rds', region, operation, input, output });
const arn = (region, type, id) => `arn:aws:rds:${region}:${ACCOUNT}:${type}:${id}`;
const kmsKey = (region) => `arn:aws:kms:${region}:${ACCOUNT}:key/6f1c2a4e-8d3b-4c9a-a1e7-2b5d9f0c3e81`;
const VPC = { 'us-east-1': 'vpc-0a1b2c3d4e5f60718', 'eu-west-1': 'vpc-0e1d2c3b4a5968778' };
const ENGINE_PORT = { postgres: 5432, mysql: 3306, mariadb: 3306, 'aurora-mysql': 3306, 'aurora-postgresql': 5432, 'sqlserver-se': 1433, 'sqlserver-ex': 1433, docdb: 27017 };

const subnetGroup = (region) => ({
  DBSubnetGroupName: 'prod-db-subnets',
  DBSubnetGroupDescription: 'Private database subnets',
  VpcId: VPC[region],
  SubnetGroupStatus: 'Complete',
  Subnets: ['a', 'b', 'c'].map((az, i) => ({
    SubnetIdentifier: `subnet-0${region === 'us-east-1' ? 'a' : 'e'}${i}b2c3d4e5f6a7b8c`,
    SubnetAvailabilityZone: { Name: `${region}${az}` },
    SubnetOutpost: {},
    SubnetStatus: 'Active',
  })),
  SupportedNetworkTypes: ['IPV4'],
});

function instance(region, o) {
  const port = o.port ?? ENGINE_PORT[o.engine];
  return {
    DBInstanceIdentifier: o.id,
    DBInstanceClass: o.class ?? 'db.r6g.large',
    Engine: o.engine,
    DBInstanceStatus: 'available',
    MasterUsername: o.user ?? 'app_owner',
    ...(o.dbName ? { DBName: o.dbName } : {}),
    Endpoint: { Address: `${o.id}.c9akciq32.${region}.rds.amazonaws.com`, Port: port, HostedZoneId: 'Z2R2ITUGPM61AM' },
    AllocatedStorage: o.storage ?? 100,
    InstanceCreateTime: date(o.created ?? '2025-06-12T08:30:00.000Z'),
    PreferredBackupWindow: '03:00-03:30',
    BackupRetentionPeriod: o.backups ?? 14,
    DBSecurityGroups: [],
    VpcSecurityGroups: [{ VpcSecurityGroupId: o.sg ?? 'sg-0d4e5f6a7b8c9d0e1', Status: 'active' }],
    DBParameterGroups: o.parameterGroup ? [{ DBParameterGroupName: o.parameterGroup, ParameterApplyStatus: o.applyStatus ?? 'in-sync' }] : [],
    AvailabilityZone: `${region}a`,
    DBSubnetGroup: subnetGroup(region),
    PreferredMaintenanceWindow: 'sun:05:00-sun:05:30',
    PendingModifiedValues: {},
    LatestRestorableTime: date('2026-11-01T08:55:00.000Z'),
    MultiAZ: o.multiAz ?? true,
    ...(o.multiAz === false ? {} : { SecondaryAvailabilityZone: `${region}b` }),
    EngineVersion: o.version,
    AutoMinorVersionUpgrade: o.autoMinor ?? true,
    ...(o.replicaOf ? { ReadReplicaSourceDBInstanceIdentifier: o.replicaOf } : {}),
    ReadReplicaDBInstanceIdentifiers: o.replicas ?? [],
    ReadReplicaDBClusterIdentifiers: [],
    LicenseModel: o.engine.startsWith('sqlserver') ? 'license-included' : o.engine === 'mysql' || o.engine === 'mariadb' ? 'general-public-license' : 'postgresql-license',
    OptionGroupMemberships: [{ OptionGroupName: `default:${o.engine}-${String(o.version).split('.')[0]}`, Status: 'in-sync' }],
    PubliclyAccessible: o.public ?? false,
    StorageType: 'gp3',
    DbInstancePort: 0,
    ...(o.cluster ? { DBClusterIdentifier: o.cluster } : {}),
    StorageEncrypted: o.encrypted ?? true,
    ...((o.encrypted ?? true) ? { KmsKeyId: kmsKey(region), StorageEncryptionType: 'sse-kms' } : { StorageEncryptionType: 'none' }),
    DbiResourceId: `db-${o.id.toUpperCase().replace(/[^A-Z0-9]/g, '').padEnd(26, 'X').slice(0, 26)}`,
    CACertificateIdentifier: 'rds-ca-rsa2048-g1',
    DomainMemberships: [],
    CopyTagsToSnapshot: o.copyTags ?? true,
    MonitoringInterval: o.monitoring ?? 60,
    ...((o.monitoring ?? 60) > 0 ? { MonitoringRoleArn: `arn:aws:iam::${ACCOUNT}:role/rds-monitoring-role` } : {}),
    DBInstanceArn: arn(region, 'db', o.id),
    IAMDatabaseAuthenticationEnabled: o.iamAuth ?? false,
    PerformanceInsightsEnabled: false,
    ...(o.logs?.length ? { EnabledCloudwatchLogsExports: o.logs } : {}),
    DeletionProtection: o.deletionProtection ?? true,
    AssociatedRoles: [],
    TagList: [{ Key: 'team', Value: o.team ?? 'platform' }],
    CustomerOwnedIpEnabled: false,
    BackupTarget: 'region',
    NetworkType: 'IPV4',
    StorageThroughput: 125,
    CertificateDetails: { CAIdentifier: 'rds-ca-rsa2048-g1', ValidTill: date('2027-06-12T08:28:00.000Z') },
    DedicatedLogVolume: false,
    EngineLifecycleSupport: 'open-source-rds-extended-support',
  };
}

function cluster(region, o) {
  const aurora = o.engine.startsWith('aurora');
  return {
    AllocatedStorage: aurora ? 1 : 400,
    AvailabilityZones: [`${region}a`, `${region}b`, `${region}c`],
    BackupRetentionPeriod: o.backups ?? 14,
    DatabaseName: o.dbName,
    DBClusterIdentifier: o.id,
    DBClusterParameterGroup: o.parameterGroup,
    DBSubnetGroup: 'prod-db-subnets',
    Status: 'available',
    EarliestRestorableTime: date('2026-10-18T03:10:00.000Z'),
    Endpoint: `${o.id}.cluster-c9akciq32.${region}.rds.amazonaws.com`,
    ReaderEndpoint: `${o.id}.cluster-ro-c9akciq32.${region}.rds.amazonaws.com`,
    MultiAZ: o.multiAz ?? true,
    Engine: o.engine,
    EngineVersion: o.version,
    LatestRestorableTime: date('2026-11-01T08:55:00.000Z'),
    Port: ENGINE_PORT[o.engine],
    MasterUsername: o.user,
    PreferredBackupWindow: '04:00-04:30',
    PreferredMaintenanceWindow: 'sat:06:00-sat:06:30',
    ReadReplicaIdentifiers: [],
    DBClusterMembers: o.members.map((id, i) => ({
      DBInstanceIdentifier: id,
      IsClusterWriter: i === 0,
      DBClusterParameterGroupStatus: 'in-sync',
      PromotionTier: 1,
    })),
    VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-0d4e5f6a7b8c9d0e1', Status: 'active' }],
    HostedZoneId: 'Z2R2ITUGPM61AM',
    StorageEncrypted: o.encrypted ?? true,
    ...((o.encrypted ?? true) ? { KmsKeyId: kmsKey(region), StorageEncryptionType: 'sse-kms' } : { StorageEncryptionType: 'none' }),
    DbClusterResourceId: `cluster-${o.id.toUpperCase().replace(/[^A-Z0-9]/g, '').padEnd(26, 'Q').slice(0, 26)}`,
    DBClusterArn: arn(region, 'cluster', o.id),
    AssociatedRoles: [],
    IAMDatabaseAuthenticationEnabled: o.iamAuth ?? false,
    ClusterCreateTime: date(o.created ?? '2025-04-03T10:00:00.000Z'),
    ...(o.backtrack === undefined ? {} : { BacktrackWindow: o.backtrack }),
    ...(o.logs?.length ? { EnabledCloudwatchLogsExports: o.logs } : {}),
    EngineMode: 'provisioned',
    DeletionProtection: o.deletionProtection ?? true,
    HttpEndpointEnabled: false,
    ActivityStreamStatus: 'stopped',
    CopyTagsToSnapshot: o.copyTags ?? true,
    CrossAccountClone: false,
    DomainMemberships: [],
    TagList: [{ Key: 'team', Value: o.team ?? 'platform' }],
    ...(aurora ? {} : { DBClusterInstanceClass: 'db.m6gd.large', StorageType: 'io1', Iops: 3000 }),
    AutoMinorVersionUpgrade: o.autoMinor ?? true,
    NetworkType: 'IPV4',
    EngineLifecycleSupport: 'open-source-rds-extended-support',
  };
}

const parameter = (name, value, extra = {}) => ({
  ParameterName: name,
  ...(value === undefined ? {} : { ParameterValue: value }),
  Description: extra.description ?? name,
  Source: value === undefined ? 'engine-default' : extra.source ?? 'user',
  ApplyType: extra.applyType ?? 'dynamic',
  DataType: extra.dataType ?? 'boolean',
  AllowedValues: extra.allowed ?? '0,1',
  IsModifiable: true,
  ApplyMethod: 'pending-reboot',
});

const postgresParameters = (forceSsl) => [
  parameter('autovacuum', '1', { source: 'system' }),
  parameter('log_connections', '1'),
  parameter('rds.force_ssl', forceSsl, { description: 'Force SSL connections.' }),
  parameter('shared_preload_libraries', 'pg_stat_statements', { source: 'system', dataType: 'list', allowed: 'auto_explain,pg_stat_statements,pgaudit' }),
];
const mysqlParameters = (requireTls, allowed = '0,1') => [
  parameter('general_log', '1'),
  parameter('max_connections', '{DBInstanceClassMemory/12582880}', { source: 'system', dataType: 'integer', allowed: '1-100000' }),
  parameter('require_secure_transport', requireTls, { description: 'Controls whether client connections to the server are required to use some form of secure transport.', allowed }),
  parameter('slow_query_log', '1'),
];
const sqlServerParameters = (forceSsl) => [
  parameter('contained database authentication', '0', { source: 'system' }),
  parameter('rds.force_ssl', forceSsl, { applyType: 'static', description: 'Force SSL connections' }),
];

// us-east-1: the main production region, with the account's worst legacy database.
const east = 'us-east-1';
const eastInstances = [
  instance(east, {
    id: 'orders-pg', engine: 'postgres', version: '16.4', port: 5433, dbName: 'orders', user: 'orders_owner', parameterGroup: 'orders-pg16',
    replicas: ['orders-pg-replica'], logs: ['postgresql', 'upgrade'], iamAuth: true, team: 'orders',
  }),
  instance(east, {
    id: 'orders-pg-replica', engine: 'postgres', version: '16.4', port: 5433, user: 'orders_owner', parameterGroup: 'orders-pg16', replicaOf: 'orders-pg',
    backups: 0, multiAz: false, logs: ['postgresql', 'upgrade'], iamAuth: true, team: 'orders',
  }),
  instance(east, {
    id: 'legacy-mysql', engine: 'mysql', version: '5.7.44-rds.20240808', class: 'db.t3.medium', user: 'admin', parameterGroup: 'default.mysql5.7', created: '2019-02-14T16:20:00.000Z',
    backups: 1, public: true, sg: 'sg-0f9e8d7c6b5a49382', multiAz: false, autoMinor: false, encrypted: false, copyTags: false, monitoring: 0,
    logs: ['error'], deletionProtection: false, team: 'legacy',
  }),
  instance(east, {
    id: 'shop-mysql', engine: 'mysql', version: '8.0.39', port: 3307, user: 'shop_admin', parameterGroup: 'shop-mysql80',
    logs: ['audit', 'error', 'general', 'slowquery'], iamAuth: true, team: 'shop',
  }),
  instance(east, {
    id: 'cms-mariadb', engine: 'mariadb', version: '10.11.9', port: 3308, user: 'cms_owner', parameterGroup: 'cms-mariadb1011', applyStatus: 'pending-reboot',
    logs: ['audit', 'error', 'general', 'slowquery'], team: 'web',
  }),
  instance(east, {
    id: 'erp-sqlserver', engine: 'sqlserver-se', version: '16.00.4135.4.v1', class: 'db.m6i.xlarge', port: 14330, user: 'erp_admin', parameterGroup: 'erp-sqlserver-se16',
    logs: ['agent', 'error'], team: 'finance',
  }),
  instance(east, { id: 'payments-1', engine: 'aurora-postgresql', version: '16.4', user: 'payments_admin', parameterGroup: 'default.aurora-postgresql16', cluster: 'payments', multiAz: false, team: 'payments' }),
  instance(east, { id: 'payments-2', engine: 'aurora-postgresql', version: '16.4', user: 'payments_admin', parameterGroup: 'default.aurora-postgresql16', cluster: 'payments', multiAz: false, team: 'payments' }),
  instance(east, {
    id: 'shop-aurora-1', engine: 'aurora-mysql', version: '8.0.mysql_aurora.3.07.1', user: 'admin', parameterGroup: 'default.aurora-mysql8.0', cluster: 'shop-aurora',
    multiAz: false, encrypted: false, autoMinor: false, copyTags: false, monitoring: 0, team: 'shop',
  }),
];
const eastClusters = [
  cluster(east, {
    id: 'payments', engine: 'aurora-postgresql', version: '16.4', dbName: 'payments', user: 'payments_admin', parameterGroup: 'default.aurora-postgresql16',
    members: ['payments-1', 'payments-2'], logs: ['postgresql'], iamAuth: true, team: 'payments',
  }),
  cluster(east, {
    id: 'shop-aurora', engine: 'aurora-mysql', version: '8.0.mysql_aurora.3.07.1', dbName: 'shop', user: 'admin', parameterGroup: 'shop-aurora-mysql80',
    members: ['shop-aurora-1'], multiAz: false, encrypted: false, backtrack: 0, logs: ['error', 'slowquery'], deletionProtection: false, copyTags: false,
    autoMinor: false, team: 'shop',
  }),
];

// eu-west-1: the European region, with a Multi-AZ DB cluster and a DocumentDB cluster.
const west = 'eu-west-1';
const westInstances = [
  instance(west, {
    id: 'reports-pg', engine: 'postgres', version: '14.13', port: 5434, user: 'reporting', parameterGroup: 'default.postgres14', logs: ['postgresql'], team: 'analytics',
  }),
  instance(west, {
    id: 'hr-sqlserver', engine: 'sqlserver-ex', version: '16.00.4135.4.v1', class: 'db.t3.small', user: 'hr_admin', parameterGroup: 'default.sqlserver-ex-16.0',
    multiAz: false, backups: 7, logs: ['error'], team: 'people',
  }),
  instance(west, {
    id: 'wiki-mariadb', engine: 'mariadb', version: '10.11.9', port: 3309, user: 'wiki_owner', parameterGroup: 'wiki-mariadb1011',
    logs: ['audit', 'error', 'general', 'slowquery'], iamAuth: true, team: 'web',
  }),
  ...['ledger-maz-instance-1', 'ledger-maz-instance-2', 'ledger-maz-instance-3'].map((id) =>
    instance(west, {
      id, engine: 'postgres', version: '16.4', class: 'db.m6gd.large', port: 5435, user: 'ledger_owner', parameterGroup: 'default.postgres16',
      cluster: 'ledger-maz', multiAz: false, logs: ['postgresql', 'upgrade'], team: 'finance',
    }),
  ),
  instance(west, { id: 'analytics-aurora-1', engine: 'aurora-mysql', version: '8.0.mysql_aurora.3.07.1', user: 'analyst_admin', parameterGroup: 'default.aurora-mysql8.0', cluster: 'analytics-aurora', multiAz: false, iamAuth: true, team: 'analytics' }),
  instance(west, { id: 'analytics-aurora-2', engine: 'aurora-mysql', version: '8.0.mysql_aurora.3.07.1', user: 'analyst_admin', parameterGroup: 'default.aurora-mysql8.0', cluster: 'analytics-aurora', multiAz: false, iamAuth: true, team: 'analytics' }),
  {
    ...instance(west, { id: 'catalog-docdb-1', engine: 'docdb', version: '5.0.0', class: 'db.r6g.large', user: 'catalog', cluster: 'catalog-docdb', multiAz: false, copyTags: false, monitoring: 0, team: 'catalog' }),
    DBParameterGroups: [],
  },
];
const westClusters = [
  cluster(west, {
    id: 'ledger-maz', engine: 'postgres', version: '16.4', dbName: 'ledger', user: 'ledger_owner', parameterGroup: 'default.postgres16',
    members: ['ledger-maz-instance-1', 'ledger-maz-instance-2', 'ledger-maz-instance-3'], logs: ['postgresql'], team: 'finance',
  }),
  cluster(west, {
    id: 'analytics-aurora', engine: 'aurora-mysql', version: '8.0.mysql_aurora.3.07.1', dbName: 'analytics', user: 'analyst_admin', parameterGroup: 'analytics-aurora-mysql80',
    members: ['analytics-aurora-1', 'analytics-aurora-2'], backtrack: 86400, logs: ['audit', 'error', 'slowquery'], iamAuth: true, team: 'analytics',
  }),
  cluster(west, {
    id: 'catalog-docdb', engine: 'docdb', version: '5.0.0', user: 'catalog', parameterGroup: 'default.docdb5.0', members: ['catalog-docdb-1'],
    multiAz: false, deletionProtection: false, backups: 1, team: 'catalog',
  }),
];

const snapshot = (region, o) => ({
  DBSnapshotIdentifier: o.id,
  DBInstanceIdentifier: o.instance,
  SnapshotCreateTime: date(o.created),
  Engine: o.engine,
  AllocatedStorage: 100,
  Status: 'available',
  Port: ENGINE_PORT[o.engine],
  AvailabilityZone: `${region}a`,
  VpcId: VPC[region],
  InstanceCreateTime: date('2025-06-12T08:30:00.000Z'),
  MasterUsername: o.user,
  EngineVersion: o.version,
  LicenseModel: o.engine === 'postgres' ? 'postgresql-license' : 'general-public-license',
  SnapshotType: o.type,
  OptionGroupName: `default:${o.engine}-${String(o.version).split('.')[0]}`,
  PercentProgress: 100,
  StorageType: 'gp3',
  Encrypted: o.encrypted,
  ...(o.encrypted ? { KmsKeyId: kmsKey(region), StorageEncryptionType: 'sse-kms' } : { StorageEncryptionType: 'none' }),
  DBSnapshotArn: arn(region, 'snapshot', o.id),
  IAMDatabaseAuthenticationEnabled: false,
  ProcessorFeatures: [],
  DbiResourceId: 'db-ORDERSPGXXXXXXXXXXXXXXXXXX',
  TagList: [],
  SnapshotTarget: 'region',
});

const clusterSnapshot = (region, o) => ({
  AvailabilityZones: [`${region}a`, `${region}b`, `${region}c`],
  DBClusterSnapshotIdentifier: o.id,
  DBClusterIdentifier: o.cluster,
  SnapshotCreateTime: date(o.created),
  Engine: o.engine,
  EngineMode: 'provisioned',
  AllocatedStorage: 0,
  Status: 'available',
  Port: 0,
  VpcId: VPC[region],
  ClusterCreateTime: date('2025-04-03T10:00:00.000Z'),
  MasterUsername: o.user,
  EngineVersion: o.version,
  LicenseModel: o.engine.includes('postgres') ? 'postgresql-license' : 'general-public-license',
  SnapshotType: o.type,
  PercentProgress: 100,
  StorageEncrypted: o.encrypted,
  ...(o.encrypted ? { KmsKeyId: kmsKey(region), StorageEncryptionType: 'sse-kms' } : { StorageEncryptionType: 'none' }),
  DBClusterSnapshotArn: arn(region, 'cluster-snapshot', o.id),
  IAMDatabaseAuthenticationEnabled: false,
  TagList: [],
});

const restore = (...values) => [{ AttributeName: 'restore', AttributeValues: values }];
const dbSnapshotAttributes = (region, id, attributes) =>
  rds(region, 'DescribeDBSnapshotAttributes', { DBSnapshotIdentifier: id }, { DBSnapshotAttributesResult: { DBSnapshotIdentifier: id, DBSnapshotAttributes: attributes } });
const clusterSnapshotAttributes = (region, id, attributes) =>
  rds(region, 'DescribeDBClusterSnapshotAttributes', { DBClusterSnapshotIdentifier: id }, {
    DBClusterSnapshotAttributesResult: { DBClusterSnapshotIdentifier: id, DBClusterSnapshotAttributes: attributes },
  });

const dbParameters = (region, group, parameters) => rds(region, 'DescribeDBParameters', { DBParameterGroupName: group }, { Parameters: parameters });
const clusterParameters = (region, group, parameters) => rds(region, 'DescribeDBClusterParameters', { DBClusterParameterGroupName: group }, { Parameters: parameters });
const auroraMysqlParameters = (auditLogging) => [
  parameter('binlog_format', 'OFF', { source: 'system', dataType: 'string', allowed: 'ROW,STATEMENT,MIXED,OFF' }),
  parameter('server_audit_events', 'CONNECT,QUERY_DCL,QUERY_DDL', { dataType: 'list', allowed: 'CONNECT,QUERY,QUERY_DCL,QUERY_DDL,QUERY_DML,QUERY_DML_NO_SELECT,TABLE' }),
  parameter('server_audit_logging', auditLogging, { description: 'Enables auditing for Aurora MySQL' }),
];

const proxy = (region, o) => ({
  DBProxyName: o.name,
  DBProxyArn: arn(region, 'db-proxy', o.resourceId),
  Status: 'available',
  EngineFamily: o.family,
  VpcId: VPC[region],
  VpcSecurityGroupIds: ['sg-0d4e5f6a7b8c9d0e1'],
  VpcSubnetIds: ['subnet-0a0b2c3d4e5f6a7b8c', 'subnet-0a1b2c3d4e5f6a7b8c'],
  DefaultAuthScheme: 'NONE',
  Auth: [{ AuthScheme: 'SECRETS', SecretArn: `arn:aws:secretsmanager:${region}:${ACCOUNT}:secret:${o.name}-db-AbCdEf`, IAMAuth: 'DISABLED', ClientPasswordAuthType: o.family === 'POSTGRESQL' ? 'POSTGRES_SCRAM_SHA_256' : 'MYSQL_NATIVE_PASSWORD' }],
  RoleArn: `arn:aws:iam::${ACCOUNT}:role/${o.name}-secrets`,
  Endpoint: `${o.name}.proxy-c9akciq32.${region}.rds.amazonaws.com`,
  RequireTLS: o.requireTls,
  IdleClientTimeout: 1800,
  DebugLogging: false,
  CreatedDate: date('2025-09-01T12:00:00.000Z'),
  UpdatedDate: date('2025-09-01T12:05:00.000Z'),
  EndpointNetworkType: 'IPV4',
  TargetConnectionNetworkType: 'IPV4',
});

const subscription = (region, o) => ({
  CustomerAwsId: ACCOUNT,
  CustSubscriptionId: o.id,
  SnsTopicArn: `arn:aws:sns:${region}:${ACCOUNT}:rds-alerts`,
  Status: 'active',
  SubscriptionCreationTime: 'Mon Sep 01 12:00:00 UTC 2025',
  ...(o.sourceType ? { SourceType: o.sourceType } : {}),
  ...(o.sourceIds ? { SourceIdsList: o.sourceIds } : {}),
  EventCategoriesList: o.categories,
  Enabled: o.enabled ?? true,
  EventSubscriptionArn: arn(region, 'es', o.id),
});

export default [
  // us-east-1
  rds(east, 'DescribeDBInstances', {}, { DBInstances: eastInstances }),
  rds(east, 'DescribeDBClusters', {}, { DBClusters: eastClusters }),
  rds(east, 'DescribeDBSnapshots', {}, {
    DBSnapshots: [
      snapshot(east, { id: 'rds:orders-pg-2026-11-01-03-05', instance: 'orders-pg', engine: 'postgres', version: '16.4', user: 'orders_owner', type: 'automated', created: '2026-11-01T03:05:00.000Z', encrypted: true }),
      snapshot(east, { id: 'orders-pg-before-16-upgrade', instance: 'orders-pg', engine: 'postgres', version: '15.8', user: 'orders_owner', type: 'manual', created: '2026-02-10T22:00:00.000Z', encrypted: true }),
      snapshot(east, { id: 'orders-pg-for-audit', instance: 'orders-pg', engine: 'postgres', version: '16.4', user: 'orders_owner', type: 'manual', created: '2026-09-30T18:00:00.000Z', encrypted: true }),
      snapshot(east, { id: 'legacy-mysql-export', instance: 'legacy-mysql', engine: 'mysql', version: '5.7.44-rds.20240808', user: 'admin', type: 'manual', created: '2024-05-20T11:45:00.000Z', encrypted: false }),
    ],
  }),
  rds(east, 'DescribeDBClusterSnapshots', {}, {
    DBClusterSnapshots: [
      clusterSnapshot(east, { id: 'rds:payments-2026-11-01-04-10', cluster: 'payments', engine: 'aurora-postgresql', version: '16.4', user: 'payments_admin', type: 'automated', created: '2026-11-01T04:10:00.000Z', encrypted: true }),
      clusterSnapshot(east, { id: 'payments-quarter-close', cluster: 'payments', engine: 'aurora-postgresql', version: '16.4', user: 'payments_admin', type: 'manual', created: '2026-10-01T00:30:00.000Z', encrypted: true }),
      clusterSnapshot(east, { id: 'shop-aurora-demo-data', cluster: 'shop-aurora', engine: 'aurora-mysql', version: '8.0.mysql_aurora.3.07.1', user: 'admin', type: 'manual', created: '2026-06-15T14:00:00.000Z', encrypted: false }),
    ],
  }),
  dbSnapshotAttributes(east, 'orders-pg-before-16-upgrade', restore()),
  dbSnapshotAttributes(east, 'orders-pg-for-audit', restore('210987654321')),
  dbSnapshotAttributes(east, 'legacy-mysql-export', restore('all')),
  clusterSnapshotAttributes(east, 'payments-quarter-close', restore()),
  clusterSnapshotAttributes(east, 'shop-aurora-demo-data', restore('all')),
  dbParameters(east, 'orders-pg16', postgresParameters('1')),
  dbParameters(east, 'default.mysql5.7', mysqlParameters(undefined)),
  // The long listing of a parameter group comes in pages; the second page holds the TLS parameter.
  rds(east, 'DescribeDBParameters', { DBParameterGroupName: 'shop-mysql80' }, {
    Parameters: mysqlParameters('1').slice(0, 2),
    Marker: 'eyJEQlBhcmFtZXRlckdyb3VwTmFtZSI6InNob3AtbXlzcWw4MCIsIk9mZnNldCI6Mn0=',
  }),
  rds(east, 'DescribeDBParameters', { DBParameterGroupName: 'shop-mysql80', Marker: 'eyJEQlBhcmFtZXRlckdyb3VwTmFtZSI6InNob3AtbXlzcWw4MCIsIk9mZnNldCI6Mn0=' }, {
    Parameters: mysqlParameters('1').slice(2),
  }),
  dbParameters(east, 'cms-mariadb1011', mysqlParameters('ON', 'ON, OFF')),
  dbParameters(east, 'erp-sqlserver-se16', sqlServerParameters('1')),
  clusterParameters(east, 'shop-aurora-mysql80', auroraMysqlParameters('0')),
  rds(east, 'DescribeDBProxies', {}, {
    DBProxies: [
      proxy(east, { name: 'orders-proxy', resourceId: 'prx-0a1b2c3d4e5f60718', family: 'POSTGRESQL', requireTls: true }),
      proxy(east, { name: 'legacy-proxy', resourceId: 'prx-0f9e8d7c6b5a49382', family: 'MYSQL', requireTls: false }),
    ],
  }),
  rds(east, 'DescribeEventSubscriptions', {}, {
    EventSubscriptionsList: [
      subscription(east, { id: 'rds-instance-critical', sourceType: 'db-instance', categories: ['failure', 'maintenance', 'configuration change', 'low storage'] }),
      subscription(east, { id: 'rds-cluster-failures', sourceType: 'db-cluster', categories: ['failure'] }),
      subscription(east, { id: 'rds-parameter-group-changes', sourceType: 'db-parameter-group', categories: ['configuration change'], enabled: false }),
    ],
  }),

  // eu-west-1
  rds(west, 'DescribeDBInstances', {}, { DBInstances: westInstances }),
  rds(west, 'DescribeDBClusters', {}, { DBClusters: westClusters }),
  rds(west, 'DescribeDBSnapshots', {}, {
    DBSnapshots: [
      snapshot(west, { id: 'rds:reports-pg-2026-11-01-02-40', instance: 'reports-pg', engine: 'postgres', version: '14.13', user: 'reporting', type: 'automated', created: '2026-11-01T02:40:00.000Z', encrypted: true }),
    ],
  }),
  rds(west, 'DescribeDBClusterSnapshots', {}, {
    DBClusterSnapshots: [
      clusterSnapshot(west, { id: 'ledger-maz-year-end', cluster: 'ledger-maz', engine: 'postgres', version: '16.4', user: 'ledger_owner', type: 'manual', created: '2026-01-02T00:15:00.000Z', encrypted: true }),
    ],
  }),
  clusterSnapshotAttributes(west, 'ledger-maz-year-end', restore()),
  dbParameters(west, 'default.postgres14', postgresParameters(undefined)),
  dbParameters(west, 'default.sqlserver-ex-16.0', sqlServerParameters(undefined)),
  dbParameters(west, 'wiki-mariadb1011', mysqlParameters('OFF', 'ON, OFF')),
  clusterParameters(west, 'analytics-aurora-mysql80', auroraMysqlParameters('1')),
  rds(west, 'DescribeDBProxies', {}, { DBProxies: [] }),
  rds(west, 'DescribeEventSubscriptions', {}, {
    EventSubscriptionsList: [subscription(west, { id: 'rds-all-events', categories: [] })],
  }),
];
