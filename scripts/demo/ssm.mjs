// Recorded Systems Manager calls of the demo account: owned documents (one made public by
// mistake), the public sharing and Automation logging settings, Parameter Store metadata (never a
// value), the managed nodes of the EC2 demo instances (the legacy bastion is unmanaged), and their
// patch and association compliance.

const ssm = (region, operation, input, output) => ({ service: 'ssm', region, operation, input, output });
const date = (iso) => ({ $date: iso });
const ACCOUNT = '123456789012';
const OWNED = { Filters: [{ Key: 'Owner', Values: ['Self'] }] };

const document = (name, type, created) => ({
  Name: name,
  CreatedDate: date(created),
  Owner: ACCOUNT,
  PlatformTypes: ['Linux'],
  DocumentVersion: '1',
  DocumentType: type,
  SchemaVersion: type === 'Automation' ? '0.3' : '2.2',
  DocumentFormat: 'YAML',
  Tags: [],
});
const permission = (name, accounts) =>
  ssm('us-east-1', 'DescribeDocumentPermission', { Name: name, PermissionType: 'Share' }, {
    AccountIds: accounts,
    AccountSharingInfoList: accounts.map((AccountId) => ({ AccountId, SharedDocumentVersion: 'default' })),
  });

const setting = (region, id, value, status) =>
  ssm(region, 'GetServiceSetting', { SettingId: id }, {
    ServiceSetting: {
      SettingId: id,
      SettingValue: value,
      LastModifiedDate: date(status === 'Default' ? '2023-01-01T00:00:00.000Z' : '2025-06-03T09:20:00.000Z'),
      LastModifiedUser: status === 'Default' ? 'System' : `arn:aws:iam::${ACCOUNT}:role/platform-admin`,
      ARN: `arn:aws:ssm:${region}:${ACCOUNT}:servicesetting${id}`,
      Status: status,
    },
  });

const parameter = (region, name, type, extra = {}) => ({
  Name: name,
  ARN: `arn:aws:ssm:${region}:${ACCOUNT}:parameter${name}`,
  Type: type,
  ...(type === 'SecureString' ? { KeyId: 'alias/aws/ssm' } : {}),
  LastModifiedDate: date('2026-05-12T13:40:00.000Z'),
  LastModifiedUser: `arn:aws:iam::${ACCOUNT}:role/deploy-pipeline`,
  Version: 3,
  Tier: 'Standard',
  Policies: [],
  DataType: 'text',
  ...extra,
});

const node = (id, ping, platform = 'Amazon Linux', extra = {}) => ({
  InstanceId: id,
  PingStatus: ping,
  LastPingDateTime: date(ping === 'Online' ? '2026-11-01T08:55:00.000Z' : '2025-06-14T16:22:00.000Z'),
  AgentVersion: '3.3.1142.0',
  IsLatestVersion: false,
  PlatformType: 'Linux',
  PlatformName: platform,
  PlatformVersion: '2023',
  ResourceType: 'EC2Instance',
  AssociationStatus: 'Success',
  ...extra,
});

const severities = (counts = {}) => ({ CriticalCount: 0, HighCount: 0, MediumCount: 0, LowCount: 0, InformationalCount: 0, UnspecifiedCount: 0, ...counts });
const compliance = (type, id, status, executed, nonCompliant = {}) => {
  const missing = Object.values(nonCompliant).reduce((a, b) => a + b, 0);
  return {
    ComplianceType: type,
    ResourceType: 'ManagedInstance',
    ResourceId: id,
    Status: status,
    OverallSeverity: missing === 0 ? 'UNSPECIFIED' : nonCompliant.CriticalCount ? 'CRITICAL' : 'HIGH',
    ExecutionSummary: { ExecutionTime: date(executed), ExecutionId: `exec-${id.slice(-4)}`, ExecutionType: 'Command' },
    CompliantSummary: { CompliantCount: 57, SeveritySummary: severities({ CriticalCount: 4, HighCount: 21, MediumCount: 32 }) },
    NonCompliantSummary: { NonCompliantCount: missing, SeveritySummary: severities(nonCompliant) },
  };
};
const patchFilter = { Filters: [{ Key: 'ComplianceType', Values: ['Patch'], Type: 'EQUAL' }] };
const associationFilter = { Filters: [{ Key: 'ComplianceType', Values: ['Association'], Type: 'EQUAL' }] };

const PUBLIC_SHARING = '/ssm/documents/console/public-sharing-permission';
const LOG_DESTINATION = '/ssm/automation/customer-script-log-destination';
const LOG_GROUP = '/ssm/automation/customer-script-log-group-name';

export default [
  // us-east-1
  ssm('us-east-1', 'ListDocuments', OWNED, {
    DocumentIdentifiers: [
      document('Acme-RestartWebTier', 'Command', '2025-02-10T10:00:00.000Z'),
      // Shared with everyone while a partner was onboarding, and never un-shared.
      document('Acme-BootstrapAgent', 'Command', '2024-08-01T15:30:00.000Z'),
      document('Acme-RotateDbCredentials', 'Automation', '2025-11-20T09:00:00.000Z'),
    ],
  }),
  permission('Acme-RestartWebTier', []),
  permission('Acme-BootstrapAgent', ['all']),
  permission('Acme-RotateDbCredentials', ['210987654321']),
  setting('us-east-1', PUBLIC_SHARING, 'Enable', 'Default'),
  setting('us-east-1', LOG_DESTINATION, 'CloudWatch', 'Customized'),
  setting('us-east-1', LOG_GROUP, '/aws/ssm/automation/executeScript', 'Default'),
  ssm('us-east-1', 'DescribeParameters', { MaxResults: 50 }, {
    Parameters: [
      parameter('us-east-1', '/orders/prod/db/host', 'String'),
      parameter('us-east-1', '/orders/prod/db/password', 'SecureString', { KeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60` }),
      // Pasted as a plain String during an incident.
      parameter('us-east-1', '/payments/stripe/api-key', 'String'),
      parameter('us-east-1', '/shared/feature-flags', 'StringList'),
    ],
  }),
  ssm('us-east-1', 'DescribeInstanceInformation', { MaxResults: 50 }, {
    InstanceInformationList: [
      node('i-0a1b2c3d4e5f60101', 'Online'),
      node('i-0a1b2c3d4e5f60103', 'ConnectionLost', 'Amazon Linux AMI'),
      node('i-0a1b2c3d4e5f60104', 'Online'),
    ],
  }),
  ssm('us-east-1', 'ListResourceComplianceSummaries', patchFilter, {
    ResourceComplianceSummaryItems: [
      compliance('Patch', 'i-0a1b2c3d4e5f60101', 'COMPLIANT', '2026-10-31T03:00:00.000Z'),
      compliance('Patch', 'i-0a1b2c3d4e5f60104', 'NON_COMPLIANT', '2026-10-31T03:00:00.000Z', { CriticalCount: 2, HighCount: 1 }),
      compliance('Patch', 'i-0a1b2c3d4e5f60103', 'COMPLIANT', '2025-06-10T03:00:00.000Z'),
    ],
  }),
  ssm('us-east-1', 'ListResourceComplianceSummaries', associationFilter, {
    ResourceComplianceSummaryItems: [
      compliance('Association', 'i-0a1b2c3d4e5f60101', 'COMPLIANT', '2026-11-01T06:00:00.000Z'),
      compliance('Association', 'i-0a1b2c3d4e5f60104', 'NON_COMPLIANT', '2026-11-01T06:00:00.000Z', { UnspecifiedCount: 1 }),
    ],
  }),
  // eu-west-1
  ssm('eu-west-1', 'ListDocuments', OWNED, { DocumentIdentifiers: [] }),
  setting('eu-west-1', PUBLIC_SHARING, 'Disable', 'Customized'),
  setting('eu-west-1', LOG_DESTINATION, 'None', 'Default'),
  ssm('eu-west-1', 'DescribeParameters', { MaxResults: 50 }, {
    Parameters: [
      parameter('eu-west-1', '/eu-api/config/log-level', 'String'),
      parameter('eu-west-1', '/eu-api/oauth/client-secret', 'SecureString'),
    ],
  }),
  ssm('eu-west-1', 'DescribeInstanceInformation', { MaxResults: 50 }, {
    InstanceInformationList: [
      node('i-0e1f2a3b4c5d60201', 'Online'),
      // An on-premises server registered with a hybrid activation.
      node('mi-0c7d2e1f3a4b5c6d7', 'Online', 'Ubuntu', { ResourceType: 'ManagedInstance', ActivationId: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f', ComputerName: 'dc1-build-01', PlatformVersion: '22.04' }),
    ],
  }),
  ssm('eu-west-1', 'ListResourceComplianceSummaries', patchFilter, {
    ResourceComplianceSummaryItems: [
      compliance('Patch', 'i-0e1f2a3b4c5d60201', 'COMPLIANT', '2026-10-30T02:00:00.000Z'),
      compliance('Patch', 'mi-0c7d2e1f3a4b5c6d7', 'NON_COMPLIANT', '2026-10-30T02:00:00.000Z', { HighCount: 4, MediumCount: 2 }),
    ],
  }),
  ssm('eu-west-1', 'ListResourceComplianceSummaries', associationFilter, {
    ResourceComplianceSummaryItems: [compliance('Association', 'i-0e1f2a3b4c5d60201', 'COMPLIANT', '2026-11-01T06:00:00.000Z')],
  }),
];
