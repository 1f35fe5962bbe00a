// Recorded OpenSearch Service calls of the demo account, in us-east-1 and eu-west-1: a hardened
// search domain in the production VPC, a public Elasticsearch log domain restricted to an office
// range, a public catalog domain open to everyone, an analytics domain in the analytics VPC that
// lags behind on TLS, masters and audit logs, and a FIPS domain on the strictest TLS policy.

const ACCOUNT = '123456789012';
const date = (iso) => ({ $date: iso });
const opensearch = (region, operation, input, output) => ({ service: 'opensearch', region, operation, input, output });
const arnOf = (region, name) => `arn:aws:es:${region}:${ACCOUNT}:domain/${name}`;
const logGroup = (region, name, kind) => `arn:aws:logs:${region}:${ACCOUNT}:log-group:/aws/opensearch/${name}/${kind}`;

const policy = (...Statement) => JSON.stringify({ Version: '2012-10-17', Statement });
const allow = (region, name, principal, condition) => ({
  Effect: 'Allow',
  Principal: principal,
  Action: 'es:ESHttp*',
  Resource: `${arnOf(region, name)}/*`,
  ...(condition ? { Condition: condition } : {}),
});

const upToDate = (current) => ({
  CurrentVersion: current,
  NewVersion: '',
  UpdateAvailable: false,
  Cancellable: false,
  UpdateStatus: 'COMPLETED',
  Description: 'There is no software update available for this domain.',
  AutomatedUpdateDate: date('1970-01-01T00:00:00.000Z'),
  OptionalDeployment: true,
});

/** A domain as DescribeDomains returns it; the defaults are a hardened OpenSearch domain in a VPC. */
const domain = (region, name, o) => {
  const vpc = o.vpc
    ? { Endpoints: { vpc: `vpc-${name}-7h2k9d4m3x.${region}.es.amazonaws.com` }, VPCOptions: { VPCId: o.vpc.id, SubnetIds: o.vpc.subnets, AvailabilityZones: o.vpc.zones, SecurityGroupIds: o.vpc.groups } }
    : { Endpoint: `search-${name}-q4w8e2r6t1.${region}.es.amazonaws.com` };
  return {
    DomainId: `${ACCOUNT}/${name}`,
    DomainName: name,
    ARN: arnOf(region, name),
    Created: true,
    Deleted: false,
    ...vpc,
    Processing: false,
    UpgradeProcessing: false,
    EngineVersion: o.engine,
    ClusterConfig: {
      InstanceType: o.instanceType ?? 'r6g.large.search',
      InstanceCount: o.dataNodes,
      DedicatedMasterEnabled: o.masters > 0,
      ...(o.masters > 0 ? { DedicatedMasterType: 'm6g.large.search', DedicatedMasterCount: o.masters } : {}),
      ZoneAwarenessEnabled: o.zones > 1,
      ...(o.zones > 1 ? { ZoneAwarenessConfig: { AvailabilityZoneCount: o.zones } } : {}),
      WarmEnabled: false,
      ColdStorageOptions: { Enabled: false },
      MultiAZWithStandbyEnabled: false,
    },
    EBSOptions: { EBSEnabled: true, VolumeType: 'gp3', VolumeSize: 200, Iops: 3000, Throughput: 125 },
    AccessPolicies: o.policy,
    IPAddressType: 'ipv4',
    SnapshotOptions: {},
    CognitoOptions: { Enabled: false },
    EncryptionAtRestOptions: o.encrypted ? { Enabled: true, KmsKeyId: `arn:aws:kms:${region}:${ACCOUNT}:key/0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60` } : { Enabled: false },
    NodeToNodeEncryptionOptions: { Enabled: o.nodeToNode },
    AdvancedOptions: { 'indices.fielddata.cache.size': '20', 'indices.query.bool.max_clause_count': '1024', override_main_response_version: 'false', 'rest.action.multi.allow_explicit_index': 'true' },
    LogPublishingOptions: o.logs,
    ServiceSoftwareOptions: o.software,
    DomainEndpointOptions: { EnforceHTTPS: o.https, TLSSecurityPolicy: o.tls, CustomEndpointEnabled: false },
    AdvancedSecurityOptions: o.fgac ? { Enabled: true, InternalUserDatabaseEnabled: false, AnonymousAuthEnabled: false } : { Enabled: false, InternalUserDatabaseEnabled: false, AnonymousAuthEnabled: false },
    AutoTuneOptions: { State: 'ENABLED', UseOffPeakWindow: true },
    OffPeakWindowOptions: { Enabled: true, OffPeakWindow: { WindowStartTime: { Hours: 2, Minutes: 0 } } },
    SoftwareUpdateOptions: { AutoSoftwareUpdateEnabled: o.software.UpdateAvailable === false },
    DomainProcessingStatus: 'Active',
    ModifyingProperties: [],
  };
};

const logs = (region, name, kinds) =>
  Object.fromEntries(kinds.map((kind) => [kind, { CloudWatchLogsLogGroupArn: logGroup(region, name, kind === 'AUDIT_LOGS' ? 'audit' : kind === 'ES_APPLICATION_LOGS' ? 'application' : 'slow'), Enabled: true }]));

// us-east-1
const east = 'us-east-1';
const eastDomains = [
  domain(east, 'orders-search', {
    engine: 'OpenSearch_2.13',
    vpc: { id: 'vpc-0a1b2c3d4e5f60101', subnets: ['subnet-0a1b2c3d4e5f60102', 'subnet-0a1b2c3d4e5f60103'], zones: ['us-east-1a', 'us-east-1b'], groups: ['sg-0a1b2c3d4e5f60108'] },
    dataNodes: 3,
    masters: 3,
    zones: 3,
    policy: policy(allow(east, 'orders-search', { AWS: `arn:aws:iam::${ACCOUNT}:role/orders-api` })),
    encrypted: true,
    nodeToNode: true,
    https: true,
    tls: 'Policy-Min-TLS-1-2-PFS-2023-10',
    fgac: true,
    logs: logs(east, 'orders-search', ['ES_APPLICATION_LOGS', 'AUDIT_LOGS', 'SEARCH_SLOW_LOGS']),
    software: upToDate('OpenSearch_2_13_R20250303-P4'),
  }),
  // An old Elasticsearch log domain, public but limited to the office range.
  domain(east, 'app-logs', {
    engine: 'Elasticsearch_7.10',
    instanceType: 'm5.large.elasticsearch',
    dataNodes: 3,
    masters: 3,
    zones: 3,
    policy: policy(allow(east, 'app-logs', { AWS: '*' }, { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } })),
    encrypted: false,
    nodeToNode: false,
    https: false,
    tls: 'Policy-Min-TLS-1-0-2019-07',
    fgac: false,
    logs: {},
    software: upToDate('R20250303-P4'),
  }),
  // A product catalog someone opened to the world for a storefront prototype.
  domain(east, 'product-catalog', {
    engine: 'OpenSearch_2.11',
    instanceType: 't3.medium.search',
    dataNodes: 1,
    masters: 0,
    zones: 1,
    policy: policy({ ...allow(east, 'product-catalog', { AWS: '*' }), Sid: 'PublicRead' }),
    encrypted: true,
    nodeToNode: true,
    https: true,
    tls: 'Policy-Min-TLS-1-2-PFS-2023-10',
    fgac: false,
    logs: logs(east, 'product-catalog', ['ES_APPLICATION_LOGS']),
    software: {
      CurrentVersion: 'OpenSearch_2_11_R20240502-P1',
      NewVersion: 'OpenSearch_2_11_R20250303-P4',
      UpdateAvailable: true,
      Cancellable: false,
      UpdateStatus: 'ELIGIBLE',
      Description: 'A newer release OpenSearch_2_11_R20250303-P4 is available.',
      AutomatedUpdateDate: date('2026-11-20T00:00:00.000Z'),
      OptionalDeployment: false,
    },
  }),
];

// eu-west-1
const west = 'eu-west-1';
const analyticsVpc = { id: 'vpc-0e1f2a3b4c5d60202', subnets: ['subnet-0e1f2a3b4c5d60202'], zones: ['eu-west-1a'], groups: ['sg-0e1f2a3b4c5d60203'] };
const westDomains = [
  domain(west, 'eu-analytics', {
    engine: 'OpenSearch_2.13',
    vpc: analyticsVpc,
    dataNodes: 4,
    masters: 2,
    zones: 2,
    policy: policy(allow(west, 'eu-analytics', { AWS: `arn:aws:iam::${ACCOUNT}:role/analytics` })),
    encrypted: true,
    nodeToNode: true,
    https: true,
    tls: 'Policy-Min-TLS-1-2-2019-07',
    fgac: true,
    logs: logs(west, 'eu-analytics', ['ES_APPLICATION_LOGS']),
    software: upToDate('OpenSearch_2_13_R20250303-P4'),
  }),
  domain(west, 'eu-payments-fips', {
    engine: 'OpenSearch_2.17',
    vpc: analyticsVpc,
    dataNodes: 3,
    masters: 3,
    zones: 3,
    policy: policy(allow(west, 'eu-payments-fips', { AWS: `arn:aws:iam::${ACCOUNT}:role/payments-search` })),
    encrypted: true,
    nodeToNode: true,
    https: true,
    tls: 'Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08',
    fgac: true,
    logs: logs(west, 'eu-payments-fips', ['ES_APPLICATION_LOGS', 'AUDIT_LOGS']),
    software: upToDate('OpenSearch_2_17_R20250303-P4'),
  }),
];

const calls = (region, domains) => {
  const names = domains.map((d) => d.DomainName).sort();
  const out = [
    opensearch(region, 'ListDomainNames', {}, { DomainNames: domains.map((d) => ({ DomainName: d.DomainName, EngineType: d.EngineVersion.startsWith('Elasticsearch_') ? 'Elasticsearch' : 'OpenSearch' })) }),
  ];
  for (let i = 0; i < names.length; i += 5) {
    const batch = names.slice(i, i + 5);
    out.push(opensearch(region, 'DescribeDomains', { DomainNames: batch }, { DomainStatusList: batch.map((n) => domains.find((d) => d.DomainName === n)) }));
  }
  return out;
};

export default [...calls(east, eastDomains), ...calls(west, westDomains)];
