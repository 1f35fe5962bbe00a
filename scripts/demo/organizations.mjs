// Recorded AWS Organizations calls of the demo account: it is the delegated administrator (for IAM
// Access Analyzer and IAM) of organization o-a1b2c3d4e5, whose management account is 999999999999.
// As such it reads the organization's structure and policies: a custom SCP on the Workloads OU (the
// Sandbox OU has only FullAWSAccess), a resource control policy that keeps the partner dropbox
// bucket to the organization (its public upload grant is neutralised), an EC2 declarative policy
// that enforces VPC Block Public Access, and a delegation policy for policy management.

const ACCOUNT = '123456789012';
const MANAGEMENT = '999999999999';
const SANDBOX = '210987654321';
const ORG_ID = 'o-a1b2c3d4e5';
const ROOT = 'r-a1b2';
const WORKLOADS = 'ou-a1b2-wrkl0ads';
const SANDBOXES = 'ou-a1b2-sandb0x1';
const HOME = 'us-east-1';
const org = (operation, input, output) => ({ service: 'organizations', region: HOME, operation, input, output });
const date = (iso) => ({ $date: iso });
const account = (Id, Name, joined) => ({
  Id,
  Arn: `arn:aws:organizations::${MANAGEMENT}:account/${ORG_ID}/${Id}`,
  Email: `aws+${Name}@acme.example`,
  Name,
  State: 'ACTIVE',
  Status: 'ACTIVE',
  JoinedMethod: Id === MANAGEMENT ? 'CREATED' : 'INVITED',
  JoinedTimestamp: date(joined),
});
const summary = (Id, Name, Type, AwsManaged = false) => ({ Id, Arn: `arn:aws:organizations::${MANAGEMENT}:policy/${ORG_ID}/${Type.toLowerCase()}/${Id}`, Name, Description: '', Type, AwsManaged });
const FULL_AWS_ACCESS = summary('p-FullAWSAccess', 'FullAWSAccess', 'SERVICE_CONTROL_POLICY', true);
const RCP_FULL_AWS_ACCESS = summary('p-RCPFullAWSAccess', 'RCPFullAWSAccess', 'RESOURCE_CONTROL_POLICY', true);
const BASELINE_SCP = summary('p-baseline01', 'WorkloadsBaseline', 'SERVICE_CONTROL_POLICY');
const DROPBOX_RCP = summary('p-rcpdropbx', 'PartnerDropboxOrgOnly', 'RESOURCE_CONTROL_POLICY');

const DROPBOX_RCP_DOCUMENT = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DropboxOnlyForOrgIdentities',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::acme-partner-dropbox', 'arn:aws:s3:::acme-partner-dropbox/*'],
      Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ORG_ID }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } },
    },
  ],
};

/** What applies to each target, by policy type. */
const attached = {
  [ROOT]: { SERVICE_CONTROL_POLICY: [FULL_AWS_ACCESS], RESOURCE_CONTROL_POLICY: [RCP_FULL_AWS_ACCESS] },
  [WORKLOADS]: { SERVICE_CONTROL_POLICY: [BASELINE_SCP], RESOURCE_CONTROL_POLICY: [DROPBOX_RCP] },
  [SANDBOXES]: { SERVICE_CONTROL_POLICY: [], RESOURCE_CONTROL_POLICY: [] },
  [MANAGEMENT]: { SERVICE_CONTROL_POLICY: [], RESOURCE_CONTROL_POLICY: [] },
  [ACCOUNT]: { SERVICE_CONTROL_POLICY: [], RESOURCE_CONTROL_POLICY: [] },
  [SANDBOX]: { SERVICE_CONTROL_POLICY: [], RESOURCE_CONTROL_POLICY: [] },
};

const DECLARATIVE_EC2 = JSON.stringify({ ec2_attributes: { vpc_block_public_access: { internet_gateway_block: { mode: 'block_ingress', exclusions_allowed: 'enabled' } } } });
const effective = (target) => ({
  EffectivePolicy: { PolicyContent: DECLARATIVE_EC2, LastUpdatedTimestamp: date('2026-10-20T08:00:00.000Z'), TargetId: target, PolicyType: 'DECLARATIVE_POLICY_EC2' },
});

const DELEGATION_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'SecurityAccountManagesPolicies',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: ['organizations:DescribeOrganization', 'organizations:List*', 'organizations:Describe*', 'organizations:CreatePolicy', 'organizations:UpdatePolicy', 'organizations:AttachPolicy', 'organizations:DetachPolicy'],
      Resource: '*',
      Condition: { StringLikeIfExists: { 'organizations:PolicyType': ['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY', 'DECLARATIVE_POLICY_EC2'] } },
    },
  ],
};

const admin = (Id, Name) => ({ ...account(Id, Name, '2023-04-02T10:00:00.000Z'), DelegationEnabledDate: date('2024-01-15T09:00:00.000Z') });

export default [
  org('DescribeOrganization', {}, {
    Organization: { Id: ORG_ID, Arn: `arn:aws:organizations::${MANAGEMENT}:organization/${ORG_ID}`, FeatureSet: 'ALL', MasterAccountArn: `arn:aws:organizations::${MANAGEMENT}:account/${ORG_ID}/${MANAGEMENT}`, MasterAccountId: MANAGEMENT, MasterAccountEmail: 'aws+management@acme.example' },
  }),
  org('ListDelegatedAdministrators', {}, { DelegatedAdministrators: [admin(ACCOUNT, 'security')] }),
  org('ListDelegatedServicesForAccount', { AccountId: ACCOUNT }, {
    DelegatedServices: [
      { ServicePrincipal: 'access-analyzer.amazonaws.com', DelegationEnabledDate: date('2024-01-15T09:00:00.000Z') },
      { ServicePrincipal: 'iam.amazonaws.com', DelegationEnabledDate: date('2025-02-03T09:00:00.000Z') },
    ],
  }),
  org('ListRoots', {}, {
    Roots: [
      {
        Id: ROOT,
        Arn: `arn:aws:organizations::${MANAGEMENT}:root/${ORG_ID}/${ROOT}`,
        Name: 'Root',
        PolicyTypes: [
          { Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' },
          { Type: 'RESOURCE_CONTROL_POLICY', Status: 'ENABLED' },
          { Type: 'DECLARATIVE_POLICY_EC2', Status: 'ENABLED' },
        ],
      },
    ],
  }),
  org('ListAccounts', {}, {
    Accounts: [account(MANAGEMENT, 'management', '2021-03-01T09:00:00.000Z'), account(ACCOUNT, 'security', '2023-04-02T10:00:00.000Z'), account(SANDBOX, 'sandbox', '2025-09-12T14:00:00.000Z')],
  }),
  org('ListParents', { ChildId: MANAGEMENT }, { Parents: [{ Id: ROOT, Type: 'ROOT' }] }),
  org('ListParents', { ChildId: ACCOUNT }, { Parents: [{ Id: WORKLOADS, Type: 'ORGANIZATIONAL_UNIT' }] }),
  org('ListParents', { ChildId: SANDBOX }, { Parents: [{ Id: SANDBOXES, Type: 'ORGANIZATIONAL_UNIT' }] }),
  org('ListParents', { ChildId: WORKLOADS }, { Parents: [{ Id: ROOT, Type: 'ROOT' }] }),
  org('ListParents', { ChildId: SANDBOXES }, { Parents: [{ Id: ROOT, Type: 'ROOT' }] }),
  ...Object.entries(attached).flatMap(([target, byType]) =>
    Object.entries(byType).map(([type, policies]) => org('ListPoliciesForTarget', { TargetId: target, Filter: type }, { Policies: policies })),
  ),
  org('DescribePolicy', { PolicyId: DROPBOX_RCP.Id }, { Policy: { PolicySummary: DROPBOX_RCP, Content: JSON.stringify(DROPBOX_RCP_DOCUMENT) } }),
  org('DescribeEffectivePolicy', { PolicyType: 'DECLARATIVE_POLICY_EC2' }, effective(ACCOUNT)),
  org('DescribeResourcePolicy', {}, {
    ResourcePolicy: { ResourcePolicySummary: { Id: 'rp-a1b2c3d4', Arn: `arn:aws:organizations::${MANAGEMENT}:resourcepolicy/${ORG_ID}/rp-a1b2c3d4` }, Content: JSON.stringify(DELEGATION_POLICY) },
  }),
  org('ListAWSServiceAccessForOrganization', {}, {
    EnabledServicePrincipals: [
      { ServicePrincipal: 'access-analyzer.amazonaws.com', DateEnabled: date('2024-01-15T08:55:00.000Z') },
      { ServicePrincipal: 'iam.amazonaws.com', DateEnabled: date('2025-02-03T08:55:00.000Z') },
      { ServicePrincipal: 'sso.amazonaws.com', DateEnabled: date('2021-03-01T09:30:00.000Z') },
    ],
  }),
  org('ListDelegatedAdministrators', { ServicePrincipal: 'access-analyzer.amazonaws.com' }, { DelegatedAdministrators: [admin(ACCOUNT, 'security')] }),
  org('ListDelegatedAdministrators', { ServicePrincipal: 'iam.amazonaws.com' }, { DelegatedAdministrators: [admin(ACCOUNT, 'security')] }),
  org('ListDelegatedAdministrators', { ServicePrincipal: 'cloudtrail.amazonaws.com' }, { DelegatedAdministrators: [] }),
];
