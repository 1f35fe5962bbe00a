// Recorded Redshift and Redshift Serverless calls of the demo account, in us-east-1 and eu-west-1:
// a hardened RA3 finance warehouse, a legacy DC2 marketing cluster that is public, unencrypted and
// on defaults, a paused staging cluster whose SSL change waits for a reboot, a private reporting
// cluster in Europe, and two Serverless workgroups (a hardened product analytics one, a public EU
// sandbox on defaults). Security groups, subnets and KMS keys are those of ec2-network.mjs and
// kms.mjs.

const ACCOUNT = '123456789012';
const date = (iso) => ({ $date: iso });
const redshift = (region, operation, input, output) => ({ service: 'redshift', region, operation, input, output });
const serverless = (region, operation, input, output) => ({ service: 'redshift-serverless', region, operation, input, output });

const ORDERS_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60`;

const cluster = (region, id, o) => ({
  ClusterIdentifier: id,
  NodeType: o.nodeType,
  ClusterStatus: o.status ?? 'available',
  ClusterAvailabilityStatus: o.status === 'paused' ? 'Paused' : 'Available',
  MasterUsername: o.username,
  DBName: 'dev',
  Endpoint: { Address: `${id}.c7x2k9p4m1q8.${region}.redshift.amazonaws.com`, Port: o.port ?? 5439 },
  ClusterCreateTime: date(o.created),
  AutomatedSnapshotRetentionPeriod: o.retention,
  ManualSnapshotRetentionPeriod: -1,
  ClusterSecurityGroups: [],
  VpcSecurityGroups: o.groups.map((VpcSecurityGroupId) => ({ VpcSecurityGroupId, Status: 'active' })),
  ClusterParameterGroups: [
    {
      ParameterGroupName: o.parameterGroup,
      ParameterApplyStatus: o.applyStatus ?? 'in-sync',
      ClusterParameterStatusList: o.applyStatus === 'pending-reboot' ? [{ ParameterName: 'require_ssl', ParameterApplyStatus: 'pending-reboot' }] : [],
    },
  ],
  ClusterSubnetGroupName: o.subnetGroup,
  VpcId: o.vpc,
  AvailabilityZone: `${region}a`,
  PreferredMaintenanceWindow: 'sun:05:00-sun:05:30',
  PendingModifiedValues: {},
  ClusterVersion: '1.0',
  AllowVersionUpgrade: o.allowUpgrade,
  NumberOfNodes: o.nodes,
  PubliclyAccessible: o.public,
  Encrypted: o.encrypted,
  ...(o.encrypted ? { KmsKeyId: o.key } : {}),
  ClusterPublicKey: `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC${id.replace(/-/g, '')} Amazon-Redshift`,
  ClusterNodes: Array.from({ length: o.nodes }, (_, n) => ({ NodeRole: o.nodes === 1 ? 'SHARED' : n === 0 ? 'LEADER' : `COMPUTE-${n - 1}`, PrivateIPAddress: `10.20.1.${50 + n}` })),
  Tags: [{ Key: 'team', Value: o.team }],
  EnhancedVpcRouting: o.enhancedVpcRouting,
  IamRoles: [],
  MaintenanceTrackName: o.track ?? 'current',
  ElasticResizeNumberOfNodeOptions: '[4]',
  DeferredMaintenanceWindows: [],
  NextMaintenanceWindowStartTime: date('2026-11-08T05:00:00.000Z'),
  AvailabilityZoneRelocationStatus: o.multiAz === 'Enabled' ? 'enabled' : 'disabled',
  ClusterNamespaceArn: `arn:aws:redshift:${region}:${ACCOUNT}:namespace:${o.namespace}`,
  TotalStorageCapacityInMegaBytes: 4194304,
  AquaConfiguration: { AquaStatus: 'disabled', AquaConfigurationStatus: 'auto' },
  MultiAZ: o.multiAz,
});

const param = (ParameterName, ParameterValue, Source, DataType = 'boolean', AllowedValues = 'true,false') => ({
  ParameterName,
  ParameterValue,
  Description: ParameterName.replace(/_/g, ' '),
  Source,
  DataType,
  AllowedValues,
  ApplyType: ParameterName === 'require_ssl' || ParameterName === 'enable_user_activity_logging' ? 'static' : 'dynamic',
  IsModifiable: true,
});
/** The parameters of a group: the engine defaults, with the group's own values in their place. */
const parameters = (own = {}) =>
  [
    ['auto_analyze', 'true', 'boolean', 'true,false'],
    ['datestyle', 'ISO, MDY', 'string', ''],
    ['enable_case_sensitive_identifier', 'false', 'boolean', 'true,false'],
    ['enable_user_activity_logging', 'false', 'boolean', 'true,false'],
    ['extra_float_digits', '0', 'integer', '-15-2'],
    ['max_concurrency_scaling_clusters', '1', 'integer', '0-10'],
    ['query_group', 'default', 'string', ''],
    ['require_ssl', 'false', 'boolean', 'true,false'],
    ['search_path', '$user, public', 'string', ''],
    ['statement_timeout', '0', 'integer', '0,100-2147483647'],
    ['use_fips_ssl', 'false', 'boolean', 'true,false'],
    ['wlm_json_configuration', '[{"auto_wlm":true}]', 'string', ''],
  ].map(([name, value, type, allowed]) => (name in own ? param(name, own[name], 'user', type, allowed) : param(name, value, 'engine-default', type, allowed)));

const subnetGroup = (name, vpc, subnets) => ({
  ClusterSubnetGroupName: name,
  Description: name === 'default' ? 'default' : `Subnets of ${name.replace(/-subnets$/, '')}`,
  VpcId: vpc,
  SubnetGroupStatus: 'Complete',
  Subnets: subnets.map(([SubnetIdentifier, zone]) => ({ SubnetIdentifier, SubnetAvailabilityZone: { Name: zone, SupportedPlatforms: [] }, SubnetStatus: 'Active' })),
  Tags: [],
  SupportedClusterIpAddressTypes: ['ipv4'],
});

// us-east-1: the production VPC of ec2-network.mjs.
const east = 'us-east-1';
const prodVpc = 'vpc-0a1b2c3d4e5f60101';
const eastClusters = [
  cluster(east, 'finance-dw', {
    nodeType: 'ra3.xlplus',
    nodes: 2,
    username: 'dw_admin',
    created: '2024-09-12T14:30:00.000Z',
    retention: 14,
    groups: ['sg-0a1b2c3d4e5f60102'],
    parameterGroup: 'finance-dw-params',
    subnetGroup: 'finance-dw-subnets',
    vpc: prodVpc,
    allowUpgrade: true,
    public: false,
    encrypted: true,
    key: ORDERS_KEY,
    enhancedVpcRouting: true,
    multiAz: 'Enabled',
    team: 'finance',
    namespace: '5e1f2a3b-4c5d-4e7f-8a9b-0c1d2e3f4a01',
  }),
  // A dashboard cluster from 2019: public for a BI tool, never encrypted, still on every default.
  cluster(east, 'marketing-bi', {
    nodeType: 'dc2.large',
    nodes: 1,
    username: 'awsuser',
    created: '2019-04-02T09:10:00.000Z',
    retention: 1,
    port: 8088,
    groups: ['sg-0a1b2c3d4e5f60107'],
    parameterGroup: 'default.redshift-1.0',
    subnetGroup: 'default',
    vpc: prodVpc,
    allowUpgrade: false,
    track: 'trailing',
    public: true,
    encrypted: false,
    enhancedVpcRouting: false,
    multiAz: 'Disabled',
    team: 'marketing',
    namespace: '5e1f2a3b-4c5d-4e7f-8a9b-0c1d2e3f4a02',
  }),
  // Paused between test runs; require_ssl was turned on but the cluster has not rebooted since.
  cluster(east, 'staging-dw', {
    status: 'paused',
    nodeType: 'ra3.xlplus',
    nodes: 2,
    username: 'staging_admin',
    created: '2025-06-20T08:00:00.000Z',
    retention: 7,
    groups: ['sg-0a1b2c3d4e5f60101'],
    parameterGroup: 'staging-dw-params',
    applyStatus: 'pending-reboot',
    subnetGroup: 'finance-dw-subnets',
    vpc: prodVpc,
    allowUpgrade: true,
    public: false,
    encrypted: true,
    key: ORDERS_KEY,
    enhancedVpcRouting: true,
    multiAz: 'Disabled',
    team: 'finance',
    namespace: '5e1f2a3b-4c5d-4e7f-8a9b-0c1d2e3f4a03',
  }),
];
const eastGroups = {
  'default.redshift-1.0': parameters(),
  'finance-dw-params': parameters({ require_ssl: 'true', enable_user_activity_logging: 'true' }),
  'staging-dw-params': parameters({ require_ssl: 'true' }),
};
const eastLogging = {
  'finance-dw': { LoggingEnabled: true, LogDestinationType: 'cloudwatch', LogExports: ['connectionlog', 'userlog', 'useractivitylog'], LastSuccessfulDeliveryTime: date('2026-11-01T08:55:00.000Z') },
  'marketing-bi': { LoggingEnabled: false },
  'staging-dw': { LoggingEnabled: true, BucketName: 'acme-redshift-audit-logs', S3KeyPrefix: 'staging-dw/', LogDestinationType: 's3', LastSuccessfulDeliveryTime: date('2026-10-30T17:00:00.000Z') },
};
const eastSubnetGroups = [
  subnetGroup('default', prodVpc, [['subnet-0a1b2c3d4e5f60101', 'us-east-1a']]),
  subnetGroup('finance-dw-subnets', prodVpc, [
    ['subnet-0a1b2c3d4e5f60102', 'us-east-1a'],
    ['subnet-0a1b2c3d4e5f60103', 'us-east-1b'],
  ]),
];

// eu-west-1: the analytics VPC of ec2-network.mjs.
const west = 'eu-west-1';
const analyticsVpc = 'vpc-0e1f2a3b4c5d60202';
const westClusters = [
  cluster(west, 'eu-reporting', {
    nodeType: 'ra3.4xlarge',
    nodes: 2,
    username: 'reporting_owner',
    created: '2025-02-11T10:00:00.000Z',
    retention: 7,
    groups: ['sg-0e1f2a3b4c5d60203'],
    parameterGroup: 'eu-reporting-params',
    subnetGroup: 'eu-analytics-subnets',
    vpc: analyticsVpc,
    allowUpgrade: true,
    public: false,
    encrypted: true,
    key: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f`,
    enhancedVpcRouting: true,
    multiAz: 'Enabled',
    team: 'analytics',
    namespace: '5e1f2a3b-4c5d-4e7f-8a9b-0c1d2e3f4a11',
  }),
];
const westGroups = { 'eu-reporting-params': parameters({ require_ssl: 'true', use_fips_ssl: 'true' }) };
const westLogging = { 'eu-reporting': { LoggingEnabled: true, BucketName: 'acme-eu-redshift-audit', S3KeyPrefix: 'eu-reporting/', LogDestinationType: 's3' } };
// The analytics VPC has one subnet: a subnet group that cannot fail over to another zone.
const westSubnetGroups = [subnetGroup('eu-analytics-subnets', analyticsVpc, [['subnet-0e1f2a3b4c5d60202', 'eu-west-1a']])];

const provisioned = (region, clusters, groups, logging, subnetGroups) => [
  redshift(region, 'DescribeClusters', {}, { Clusters: clusters }),
  ...Object.entries(groups).map(([name, Parameters]) => redshift(region, 'DescribeClusterParameters', { ParameterGroupName: name }, { Parameters })),
  ...Object.entries(logging).map(([id, status]) => redshift(region, 'DescribeLoggingStatus', { ClusterIdentifier: id }, status)),
  redshift(region, 'DescribeClusterSubnetGroups', {}, { ClusterSubnetGroups: subnetGroups }),
];

// Redshift Serverless.
const namespace = (region, name, id, o) => ({
  namespaceArn: `arn:aws:redshift-serverless:${region}:${ACCOUNT}:namespace/${id}`,
  namespaceId: id,
  namespaceName: name,
  adminUsername: o.admin,
  dbName: 'dev',
  kmsKeyId: o.key,
  defaultIamRoleArn: `arn:aws:iam::${ACCOUNT}:role/redshift-${name}`,
  iamRoles: [`arn:aws:iam::${ACCOUNT}:role/redshift-${name}`],
  logExports: o.logs,
  status: 'AVAILABLE',
  creationDate: date(o.created),
  ...(o.managedPassword ? { adminPasswordSecretArn: `arn:aws:secretsmanager:${region}:${ACCOUNT}:secret:redshift!${name}-admin-AbCdEf`, adminPasswordSecretKmsKeyId: o.key } : {}),
});
const workgroup = (region, name, id, o) => ({
  workgroupId: id,
  workgroupArn: `arn:aws:redshift-serverless:${region}:${ACCOUNT}:workgroup/${id}`,
  workgroupName: name,
  namespaceName: name,
  baseCapacity: o.capacity,
  enhancedVpcRouting: o.enhancedVpcRouting,
  configParameters: [
    { parameterKey: 'auto_mv', parameterValue: 'true' },
    { parameterKey: 'datestyle', parameterValue: 'ISO, MDY' },
    { parameterKey: 'enable_case_sensitive_identifier', parameterValue: 'false' },
    { parameterKey: 'enable_user_activity_logging', parameterValue: 'true' },
    { parameterKey: 'query_group', parameterValue: 'default' },
    { parameterKey: 'require_ssl', parameterValue: o.requireSsl },
    { parameterKey: 'search_path', parameterValue: '$user, public' },
    { parameterKey: 'use_fips_ssl', parameterValue: 'false' },
    { parameterKey: 'max_query_execution_time', parameterValue: '14400' },
  ],
  securityGroupIds: o.groups,
  subnetIds: o.subnets,
  status: 'AVAILABLE',
  endpoint: {
    address: `${name}.${ACCOUNT}.${region}.redshift-serverless.amazonaws.com`,
    port: 5439,
    vpcEndpoints: [{ vpcEndpointId: `vpce-0${id.slice(0, 16)}`, vpcId: o.vpc, networkInterfaces: o.subnets.map((subnetId, n) => ({ networkInterfaceId: `eni-0${id.slice(0, 15)}${n}`, subnetId, privateIpAddress: `10.${o.vpc === prodVpc ? 20 : 50}.1.${120 + n}`, availabilityZone: `${region}a` })) }],
  },
  publiclyAccessible: o.public,
  creationDate: date(o.created),
  port: 5439,
  workgroupVersion: '1.0.104392',
  patchVersion: '1.0.104392',
  maxCapacity: o.capacity * 8,
  ipAddressType: 'ipv4',
});

const eastNamespaces = [namespace(east, 'product-analytics', '8f3e2d1c-0b9a-4876-a5f4-e3d2c1b0a901', { admin: 'pa_admin', key: ORDERS_KEY, logs: ['connectionlog', 'userlog', 'useractivitylog'], created: '2025-05-14T09:00:00.000Z', managedPassword: true })];
const eastWorkgroups = [
  workgroup(east, 'product-analytics', '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c01', {
    capacity: 32,
    enhancedVpcRouting: true,
    requireSsl: 'true',
    groups: ['sg-0a1b2c3d4e5f60108'],
    subnets: ['subnet-0a1b2c3d4e5f60102', 'subnet-0a1b2c3d4e5f60103', 'subnet-0a1b2c3d4e5f60104'],
    vpc: prodVpc,
    public: false,
    created: '2025-05-14T09:05:00.000Z',
  }),
];
// A sandbox created with the console's defaults for a hackathon and never cleaned up.
const westNamespaces = [namespace(west, 'eu-sandbox', '2b3c4d5e-6f70-4819-92a3-b4c5d6e7f811', { admin: 'admin', key: 'AWS_OWNED_KMS_KEY', logs: ['connectionlog'], created: '2026-03-02T13:20:00.000Z' })];
const westWorkgroups = [
  workgroup(west, 'eu-sandbox', '3c4d5e6f-7081-4920-a3b4-c5d6e7f8a921', {
    capacity: 8,
    enhancedVpcRouting: false,
    requireSsl: 'false',
    groups: ['sg-0e1f2a3b4c5d60201'],
    subnets: ['subnet-0e1f2a3b4c5d60201'],
    vpc: 'vpc-0e1f2a3b4c5d60201',
    public: true,
    created: '2026-03-02T13:25:00.000Z',
  }),
];

export default [
  ...provisioned(east, eastClusters, eastGroups, eastLogging, eastSubnetGroups),
  ...provisioned(west, westClusters, westGroups, westLogging, westSubnetGroups),
  serverless(east, 'ListNamespaces', {}, { namespaces: eastNamespaces }),
  serverless(east, 'ListWorkgroups', {}, { workgroups: eastWorkgroups }),
  serverless(west, 'ListNamespaces', {}, { namespaces: westNamespaces }),
  serverless(west, 'ListWorkgroups', {}, { workgroups: westWorkgroups }),
];
