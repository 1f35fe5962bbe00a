// Every AWS operation the scanner is able to call, and how to page it. Nothing outside this
// catalogue can be sent: the data layer refuses it, the IAM policy is derived from it, and a test
// proves each entry is read-only.

export interface Paging {
  /** Input member that carries the continuation token. */
  inputToken: string;
  /** Output member that carries the next token; absent or empty means the last page. */
  outputToken: string;
}

export interface OperationSpec {
  paging?: Paging;
  /** IAM action when it differs from `<iamPrefix>:<operation>`. */
  iamAction?: string;
}

export interface ServiceSpec {
  /** npm module of the SDK v3 client. */
  sdkModule: string;
  /** Exported client class of that module. */
  clientClass: string;
  iamPrefix: string;
  /** Name used by AWS_ENDPOINT_URL_<NAME> (the SDK's service id, upper snake case). */
  endpointEnvName: string;
  operations: Readonly<Record<string, OperationSpec>>;
}

const NEXT_TOKEN: Paging = { inputToken: 'NextToken', outputToken: 'NextToken' };
const MARKER: Paging = { inputToken: 'Marker', outputToken: 'Marker' };
const NEXT_MARKER: Paging = { inputToken: 'Marker', outputToken: 'NextMarker' };

export const CATALOGUE = {
  sts: {
    sdkModule: '@aws-sdk/client-sts',
    clientClass: 'STSClient',
    iamPrefix: 'sts',
    endpointEnvName: 'STS',
    operations: { GetCallerIdentity: {} },
  },
  ec2: {
    sdkModule: '@aws-sdk/client-ec2',
    clientClass: 'EC2Client',
    iamPrefix: 'ec2',
    endpointEnvName: 'EC2',
    operations: {
      DescribeRegions: {},
      DescribeClientVpnEndpoints: { paging: NEXT_TOKEN },
      DescribeFlowLogs: { paging: NEXT_TOKEN },
      DescribeImages: { paging: NEXT_TOKEN },
      DescribeInstances: { paging: NEXT_TOKEN },
      DescribeLaunchTemplates: { paging: NEXT_TOKEN },
      DescribeLaunchTemplateVersions: { paging: NEXT_TOKEN },
      DescribeNetworkAcls: { paging: NEXT_TOKEN },
      DescribeNetworkInterfaces: { paging: NEXT_TOKEN },
      DescribeSecurityGroups: { paging: NEXT_TOKEN },
      DescribeSnapshotAttribute: {},
      DescribeSnapshots: { paging: NEXT_TOKEN },
      DescribeSubnets: { paging: NEXT_TOKEN },
      DescribeTransitGateways: { paging: NEXT_TOKEN },
      DescribeVolumes: { paging: NEXT_TOKEN },
      DescribeVpcBlockPublicAccessOptions: {},
      DescribeVpcEndpoints: { paging: NEXT_TOKEN },
      DescribeVpcs: { paging: NEXT_TOKEN },
      DescribeVpnConnections: {},
      GetEbsEncryptionByDefault: {},
      GetInstanceMetadataDefaults: {},
      GetManagedPrefixListEntries: { paging: NEXT_TOKEN },
      GetSnapshotBlockPublicAccessState: {},
    },
  },
  s3: {
    sdkModule: '@aws-sdk/client-s3',
    clientClass: 'S3Client',
    iamPrefix: 's3',
    endpointEnvName: 'S3',
    operations: {
      ListBuckets: {
        paging: { inputToken: 'ContinuationToken', outputToken: 'ContinuationToken' },
        iamAction: 's3:ListAllMyBuckets',
      },
      GetBucketLocation: {},
      GetBucketAcl: {},
      GetBucketEncryption: { iamAction: 's3:GetEncryptionConfiguration' },
      GetBucketLifecycleConfiguration: { iamAction: 's3:GetLifecycleConfiguration' },
      GetBucketLogging: {},
      GetBucketNotificationConfiguration: { iamAction: 's3:GetBucketNotification' },
      GetBucketOwnershipControls: {},
      GetBucketPolicy: {},
      GetBucketVersioning: {},
      GetObjectLockConfiguration: { iamAction: 's3:GetBucketObjectLockConfiguration' },
      GetPublicAccessBlock: { iamAction: 's3:GetBucketPublicAccessBlock' },
    },
  },
  s3control: {
    sdkModule: '@aws-sdk/client-s3-control',
    clientClass: 'S3ControlClient',
    iamPrefix: 's3',
    endpointEnvName: 'S3_CONTROL',
    operations: {
      GetPublicAccessBlock: { iamAction: 's3:GetAccountPublicAccessBlock' },
      ListAccessPoints: { paging: NEXT_TOKEN },
      GetAccessPoint: {},
      ListMultiRegionAccessPoints: { paging: NEXT_TOKEN },
    },
  },
  iam: {
    sdkModule: '@aws-sdk/client-iam',
    clientClass: 'IAMClient',
    iamPrefix: 'iam',
    endpointEnvName: 'IAM',
    operations: {
      GenerateCredentialReport: {},
      GetCredentialReport: {},
      GetAccountAuthorizationDetails: { paging: MARKER },
      GetAccountPasswordPolicy: {},
      GetAccountSummary: {},
      GetLoginProfile: {},
      GetPolicyVersion: {},
      ListEntitiesForPolicy: { paging: MARKER },
      ListOrganizationsFeatures: {},
      ListPolicies: { paging: MARKER },
      ListRoles: { paging: MARKER },
      ListServerCertificates: { paging: MARKER },
      ListVirtualMFADevices: { paging: MARKER },
    },
  },
  rds: {
    sdkModule: '@aws-sdk/client-rds',
    clientClass: 'RDSClient',
    iamPrefix: 'rds',
    endpointEnvName: 'RDS',
    operations: {
      DescribeDBClusterParameters: { paging: MARKER },
      DescribeDBClusters: { paging: MARKER },
      DescribeDBClusterSnapshotAttributes: {},
      DescribeDBClusterSnapshots: { paging: MARKER },
      DescribeDBInstances: { paging: MARKER },
      DescribeDBParameters: { paging: MARKER },
      DescribeDBProxies: { paging: MARKER },
      DescribeDBSnapshotAttributes: {},
      DescribeDBSnapshots: { paging: MARKER },
      DescribeEventSubscriptions: { paging: MARKER },
    },
  },
  kms: {
    sdkModule: '@aws-sdk/client-kms',
    clientClass: 'KMSClient',
    iamPrefix: 'kms',
    endpointEnvName: 'KMS',
    operations: {
      ListKeys: { paging: NEXT_MARKER },
      DescribeKey: {},
      GetKeyPolicy: {},
      GetKeyRotationStatus: {},
    },
  },
  cloudtrail: {
    sdkModule: '@aws-sdk/client-cloudtrail',
    clientClass: 'CloudTrailClient',
    iamPrefix: 'cloudtrail',
    endpointEnvName: 'CLOUDTRAIL',
    operations: {
      DescribeTrails: {},
      GetTrailStatus: {},
      GetEventSelectors: {},
    },
  },
  elbv2: {
    sdkModule: '@aws-sdk/client-elastic-load-balancing-v2',
    clientClass: 'ElasticLoadBalancingV2Client',
    iamPrefix: 'elasticloadbalancing',
    endpointEnvName: 'ELASTIC_LOAD_BALANCING_V2',
    operations: {
      DescribeLoadBalancers: { paging: NEXT_MARKER },
      DescribeLoadBalancerAttributes: {},
      DescribeListeners: { paging: NEXT_MARKER },
      DescribeRules: { paging: NEXT_MARKER },
      DescribeSSLPolicies: { paging: NEXT_MARKER },
    },
  },
  // Only for `scan --org`: listing the accounts of the organization, from the management account or a
  // delegated administrator. No check reads it.
  organizations: {
    sdkModule: '@aws-sdk/client-organizations',
    clientClass: 'OrganizationsClient',
    iamPrefix: 'organizations',
    endpointEnvName: 'ORGANIZATIONS',
    operations: {
      DescribeOrganization: {},
      ListAccounts: { paging: NEXT_TOKEN },
      ListAccountsForParent: { paging: NEXT_TOKEN },
      ListOrganizationalUnitsForParent: { paging: NEXT_TOKEN },
    },
  },
} as const satisfies Record<string, ServiceSpec>;

export type AwsService = keyof typeof CATALOGUE;
export type OperationOf<S extends AwsService> = keyof (typeof CATALOGUE)[S]['operations'] & string;
/** `service:Operation`, as written in dataset declarations. */
export type OperationId = { [S in AwsService]: `${S}:${OperationOf<S>}` }[AwsService];

export function operationSpec(service: AwsService, operation: string): OperationSpec | undefined {
  const operations: Readonly<Record<string, OperationSpec>> = CATALOGUE[service].operations;
  return Object.hasOwn(operations, operation) ? operations[operation] : undefined;
}

export function iamActionOf(service: AwsService, operation: string): string {
  return operationSpec(service, operation)?.iamAction ?? `${CATALOGUE[service].iamPrefix}:${operation}`;
}

export function splitOperationId(id: OperationId): [AwsService, string] {
  const [service, operation] = id.split(':') as [AwsService, string];
  return [service, operation];
}

export function allOperationIds(): OperationId[] {
  return (Object.keys(CATALOGUE) as AwsService[]).flatMap((service) =>
    Object.keys(CATALOGUE[service].operations).map((op) => `${service}:${op}` as OperationId),
  );
}
