import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-ec2',
  clientClass: 'EC2Client',
  iamPrefix: 'ec2',
  endpointEnvName: 'EC2',
  // Half of AWS's token bucket, for two reasons: the account's own workloads draw from the same
  // buckets, and AWS counts requests when they arrive, so a pause on our side can bunch requests
  // sent apart. EC2: one bucket per API action and Region, 100 tokens, 20 back per second
  // (non-mutating actions).
  limit: { concurrency: 8, scope: 'region', bucket: { capacity: 50, refillPerSecond: 10, per: 'operation' } },
  operations: {
    DescribeRegions: {},
    DescribeClientVpnEndpoints: { paging: NEXT_TOKEN },
    DescribeEgressOnlyInternetGateways: { paging: NEXT_TOKEN },
    DescribeFlowLogs: { paging: NEXT_TOKEN },
    DescribeIamInstanceProfileAssociations: { paging: NEXT_TOKEN },
    DescribeImages: { paging: NEXT_TOKEN },
    DescribeInstances: { paging: NEXT_TOKEN },
    DescribeInternetGateways: { paging: NEXT_TOKEN },
    DescribeLaunchTemplateVersions: { paging: NEXT_TOKEN },
    DescribeLaunchTemplates: { paging: NEXT_TOKEN },
    DescribeManagedPrefixLists: { paging: NEXT_TOKEN },
    DescribeNetworkAcls: { paging: NEXT_TOKEN },
    DescribeNetworkInterfaces: { paging: NEXT_TOKEN },
    DescribeRouteTables: { paging: NEXT_TOKEN },
    DescribeSecurityGroups: { paging: NEXT_TOKEN },
    DescribeSnapshotAttribute: {},
    DescribeSnapshots: { paging: NEXT_TOKEN },
    DescribeSubnets: { paging: NEXT_TOKEN },
    DescribeTransitGateways: { paging: NEXT_TOKEN },
    DescribeVolumes: { paging: NEXT_TOKEN },
    DescribeVpcBlockPublicAccessExclusions: { paging: NEXT_TOKEN },
    DescribeVpcBlockPublicAccessOptions: {},
    DescribeVpcEndpoints: { paging: NEXT_TOKEN },
    DescribeVpcs: { paging: NEXT_TOKEN },
    DescribeVpnConnections: {},
    GetAllowedImagesSettings: {},
    GetEbsEncryptionByDefault: {},
    GetImageBlockPublicAccessState: {},
    GetInstanceMetadataDefaults: {},
    GetManagedPrefixListEntries: { paging: NEXT_TOKEN },
    GetSerialConsoleAccessStatus: {},
    GetSnapshotBlockPublicAccessState: {},
  },
} as const satisfies ServiceSpec;
