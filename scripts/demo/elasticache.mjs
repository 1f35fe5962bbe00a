// Recorded ElastiCache calls of the demo account in us-east-1 and eu-west-1: a Redis OSS session
// store done right (TLS required, encrypted, RBAC, failover, backups) and a catalog cache that is
// not (TLS only "preferred", no AUTH, one node, no backups, default subnet group); a Valkey group in
// eu-west-1; Memcached clusters with and without TLS (one too old for it); a standalone Redis OSS
// sandbox without backups.

const ACCOUNT = '123456789012';
const date = (iso) => ({ $date: iso });
const elasticache = (region, operation, input, output) => ({ service: 'elasticache', region, operation, input, output });
const host = (region) => (region === 'us-east-1' ? 'use1' : 'euw1');

function group(region, o) {
  const members = o.members.map((m) => m.id);
  return {
    ReplicationGroupId: o.id,
    Description: o.description,
    Status: 'available',
    PendingModifiedValues: {},
    MemberClusters: members,
    NodeGroups: [
      {
        NodeGroupId: '0001',
        Status: 'available',
        PrimaryEndpoint: { Address: `master.${o.id}.x1y2z3.${host(region)}.cache.amazonaws.com`, Port: 6379 },
        ReaderEndpoint: { Address: `replica.${o.id}.x1y2z3.${host(region)}.cache.amazonaws.com`, Port: 6379 },
        NodeGroupMembers: o.members.map((m, i) => ({
          CacheClusterId: m.id,
          CacheNodeId: '0001',
          ReadEndpoint: { Address: `${m.id}.x1y2z3.0001.${host(region)}.cache.amazonaws.com`, Port: 6379 },
          PreferredAvailabilityZone: `${region}${'abc'[i]}`,
          CurrentRole: i === 0 ? 'primary' : 'replica',
        })),
      },
    ],
    SnapshottingClusterId: members[members.length - 1],
    AutomaticFailover: o.failover,
    MultiAZ: o.failover === 'enabled' ? 'enabled' : 'disabled',
    SnapshotRetentionLimit: o.retention,
    SnapshotWindow: '03:00-04:00',
    ClusterEnabled: false,
    CacheNodeType: o.nodeType,
    AuthTokenEnabled: o.auth,
    ...(o.auth ? { AuthTokenLastModifiedDate: date('2025-02-11T09:30:00.000Z') } : {}),
    TransitEncryptionEnabled: o.transit !== undefined,
    ...(o.transit ? { TransitEncryptionMode: o.transit } : {}),
    AtRestEncryptionEnabled: o.atRest,
    ...(o.kmsKeyId ? { KmsKeyId: o.kmsKeyId } : {}),
    ARN: `arn:aws:elasticache:${region}:${ACCOUNT}:replicationgroup:${o.id}`,
    UserGroupIds: o.userGroups ?? [],
    LogDeliveryConfigurations: [],
    ReplicationGroupCreateTime: date(o.created),
    DataTiering: 'disabled',
    AutoMinorVersionUpgrade: o.members.every((m) => m.autoMinor !== false),
    NetworkType: 'ipv4',
    IpDiscovery: 'ipv4',
    ClusterMode: 'disabled',
    Engine: o.engine,
  };
}

function cluster(region, o) {
  return {
    CacheClusterId: o.id,
    ...(o.engine === 'memcached'
      ? { ConfigurationEndpoint: { Address: `${o.id}.x1y2z3.cfg.${host(region)}.cache.amazonaws.com`, Port: 11211 } }
      : {}),
    ClientDownloadLandingPage: 'https://console.aws.amazon.com/elasticache/home#client-download:',
    CacheNodeType: o.nodeType,
    Engine: o.engine,
    EngineVersion: o.version,
    CacheClusterStatus: 'available',
    NumCacheNodes: o.nodes ?? 1,
    PreferredAvailabilityZone: o.engine === 'memcached' ? 'Multiple' : `${region}a`,
    CacheClusterCreateTime: date(o.created),
    PreferredMaintenanceWindow: 'sun:05:00-sun:06:00',
    PendingModifiedValues: {},
    CacheSecurityGroups: [],
    CacheParameterGroup: { CacheParameterGroupName: o.parameterGroup, ParameterApplyStatus: 'in-sync', CacheNodeIdsToReboot: [] },
    CacheSubnetGroupName: o.subnetGroup ?? 'cache-private',
    AutoMinorVersionUpgrade: o.autoMinor ?? true,
    SecurityGroups: [{ SecurityGroupId: region === 'us-east-1' ? 'sg-0c4a1e7b9d2f3a5c6' : 'sg-0e5b2f8c1d3a4b6e7', Status: 'active' }],
    ...(o.replicationGroupId ? { ReplicationGroupId: o.replicationGroupId } : {}),
    ...(o.engine === 'memcached' ? {} : { SnapshotRetentionLimit: o.retention ?? 0, SnapshotWindow: '03:00-04:00', AuthTokenEnabled: o.auth ?? false }),
    TransitEncryptionEnabled: o.transit !== undefined,
    ...(o.transit && o.engine !== 'memcached' ? { TransitEncryptionMode: o.transit } : {}),
    AtRestEncryptionEnabled: o.atRest ?? false,
    ARN: `arn:aws:elasticache:${region}:${ACCOUNT}:cluster:${o.id}`,
    ReplicationGroupLogDeliveryEnabled: !!o.replicationGroupId,
    LogDeliveryConfigurations: [],
    NetworkType: 'ipv4',
    IpDiscovery: 'ipv4',
  };
}

/** A group and its member clusters, which share its engine, version and settings. */
function withMembers(region, o) {
  const members = o.members.map((m) =>
    cluster(region, {
      ...o,
      ...m,
      replicationGroupId: o.id,
      parameterGroup: o.parameterGroup,
    }),
  );
  return { group: group(region, o), members };
}

const CMK = (region, id) => `arn:aws:kms:${region}:${ACCOUNT}:key/${id}`;

const US = [
  withMembers('us-east-1', {
    id: 'sessions-prod',
    description: 'Web session store',
    engine: 'redis',
    version: '7.1.0',
    nodeType: 'cache.r7g.large',
    parameterGroup: 'default.redis7',
    transit: 'required',
    atRest: true,
    kmsKeyId: CMK('us-east-1', '0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60'),
    auth: false,
    userGroups: ['sessions-app-users'],
    failover: 'enabled',
    retention: 7,
    created: '2024-09-03T10:12:00.000Z',
    members: [{ id: 'sessions-prod-001' }, { id: 'sessions-prod-002' }],
  }),
  withMembers('us-east-1', {
    id: 'catalog-cache',
    description: 'Product catalog cache (TLS migration started, never finished)',
    engine: 'redis',
    version: '6.2.6',
    nodeType: 'cache.t4g.medium',
    parameterGroup: 'default.redis6.x',
    subnetGroup: 'default',
    transit: 'preferred',
    atRest: false,
    auth: false,
    failover: 'disabled',
    retention: 0,
    created: '2022-04-19T15:40:00.000Z',
    members: [{ id: 'catalog-cache-001', autoMinor: false }],
  }),
];

const EU = [
  withMembers('eu-west-1', {
    id: 'eu-leaderboard',
    description: 'Game leaderboards',
    engine: 'valkey',
    version: '8.0.1',
    nodeType: 'cache.m7g.large',
    parameterGroup: 'default.valkey8',
    transit: 'required',
    atRest: true,
    auth: true,
    failover: 'enabled',
    retention: 1,
    created: '2025-06-02T08:00:00.000Z',
    members: [{ id: 'eu-leaderboard-001' }, { id: 'eu-leaderboard-002' }],
  }),
];

const STANDALONE = {
  'us-east-1': [
    cluster('us-east-1', { id: 'web-fragments', engine: 'memcached', version: '1.6.22', nodeType: 'cache.m7g.large', nodes: 3, parameterGroup: 'default.memcached1.6', transit: 'required', created: '2025-01-20T12:00:00.000Z' }),
  ],
  'eu-west-1': [
    // Memcached 1.6.6 predates in-transit encryption (1.6.12), and sits in the default VPC.
    cluster('eu-west-1', { id: 'legacy-pages', engine: 'memcached', version: '1.6.6', nodeType: 'cache.t3.medium', nodes: 2, parameterGroup: 'default.memcached1.6', subnetGroup: 'default', created: '2021-03-08T09:00:00.000Z' }),
    cluster('eu-west-1', { id: 'eu-sandbox', engine: 'redis', version: '7.1.0', nodeType: 'cache.t4g.micro', parameterGroup: 'default.redis7', retention: 0, created: '2026-02-14T16:20:00.000Z' }),
  ],
};

const REGIONS = { 'us-east-1': US, 'eu-west-1': EU };

export default Object.entries(REGIONS).flatMap(([region, groups]) => [
  elasticache(region, 'DescribeReplicationGroups', {}, { ReplicationGroups: groups.map((g) => g.group) }),
  elasticache(region, 'DescribeCacheClusters', {}, { CacheClusters: [...groups.flatMap((g) => g.members), ...STANDALONE[region]] }),
]);
