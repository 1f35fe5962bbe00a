// Recorded IAM calls of the demo account. IAM is global: every call is recorded once, in the home
// region us-east-1. The account's clock stands at 2026-11-01 (the inventory's recordedAt): ages
// below are measured from there. Each IAM check meets a resource that passes and, where the check
// judges more than the account as a whole, one that fails.

const ACCOUNT = '123456789012';
const date = (iso) => ({ $date: iso });
const iam = (operation, input, output) => ({ service: 'iam', region: 'us-east-1', operation, input, output });
/** IAM returns policy documents URL-encoded. */
const doc = (statement) => encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: statement }));
const arn = (kind, name, path = '/') => `arn:aws:iam::${ACCOUNT}:${kind}${path}${name}`;
const awsPolicy = (name) => `arn:aws:iam::aws:policy/${name}`;
/** The page size the datasets ask IAM's listings for. */
const PAGE = 1000;

// --- credential report ------------------------------------------------------------------------

const REPORT_COLUMNS = [
  'user', 'arn', 'user_creation_time', 'password_enabled', 'password_last_used', 'password_last_changed', 'password_next_rotation',
  'mfa_active', 'access_key_1_active', 'access_key_1_last_rotated', 'access_key_1_last_used_date', 'access_key_1_last_used_region',
  'access_key_1_last_used_service', 'access_key_2_active', 'access_key_2_last_rotated', 'access_key_2_last_used_date',
  'access_key_2_last_used_region', 'access_key_2_last_used_service', 'cert_1_active', 'cert_1_last_rotated', 'cert_2_active', 'cert_2_last_rotated',
];

const noKey = { active: 'false', rotated: 'N/A', used: 'N/A', region: 'N/A', service: 'N/A' };
const reportRow = ({ user, arn: userArn, created, password = {}, mfa = 'false', key1 = noKey, key2 = noKey }) => ({
  user,
  arn: userArn,
  user_creation_time: created,
  password_enabled: password.enabled ?? 'false',
  password_last_used: password.used ?? 'N/A',
  password_last_changed: password.changed ?? 'N/A',
  password_next_rotation: password.next ?? 'N/A',
  mfa_active: mfa,
  access_key_1_active: key1.active,
  access_key_1_last_rotated: key1.rotated,
  access_key_1_last_used_date: key1.used,
  access_key_1_last_used_region: key1.region,
  access_key_1_last_used_service: key1.service,
  access_key_2_active: key2.active,
  access_key_2_last_rotated: key2.rotated,
  access_key_2_last_used_date: key2.used,
  access_key_2_last_used_region: key2.region,
  access_key_2_last_used_service: key2.service,
  cert_1_active: 'false',
  cert_1_last_rotated: 'N/A',
  cert_2_active: 'false',
  cert_2_last_rotated: 'N/A',
});
const key = (rotated, used, region = 'us-east-1', service = 's3') => ({ active: 'true', rotated, used, region: used === 'N/A' ? 'N/A' : region, service: used === 'N/A' ? 'N/A' : service });

const reportRows = [
  reportRow({
    user: '<root_account>',
    arn: `arn:aws:iam::${ACCOUNT}:root`,
    created: '2019-04-02T09:12:44+00:00',
    password: { enabled: 'not_supported', used: '2026-07-14T16:03:11+00:00', changed: 'not_supported', next: 'not_supported' },
    mfa: 'true',
  }),
  // Console user with MFA, one fresh key in use: passes everything.
  reportRow({
    user: 'alice',
    arn: arn('user', 'alice'),
    created: '2024-01-10T09:00:00+00:00',
    password: { enabled: 'true', used: '2026-10-31T08:41:09+00:00', changed: '2026-06-02T10:00:00+00:00' },
    mfa: 'true',
    key1: key('2026-09-15T10:22:31+00:00', '2026-10-31T17:05:00+00:00', 'us-east-1', 'ec2'),
  }),
  // Console user without MFA whose key, created in June, was never used.
  reportRow({
    user: 'bob',
    arn: arn('user', 'bob'),
    created: '2026-06-01T13:30:00+00:00',
    password: { enabled: 'true', used: '2026-10-28T07:55:12+00:00', changed: '2026-06-01T13:30:00+00:00' },
    mfa: 'false',
    key1: key('2026-06-01T13:31:02+00:00', 'N/A'),
  }),
  // Programmatic-only user with a recent key.
  reportRow({
    user: 'ci-deployer',
    arn: arn('user', 'ci-deployer', '/automation/'),
    created: '2025-02-20T11:00:00+00:00',
    key1: key('2026-10-01T09:00:00+00:00', '2026-10-31T23:10:00+00:00', 'eu-west-1', 'cloudformation'),
  }),
  // Two active keys, the first from 2024: a rotation never finished.
  reportRow({
    user: 'legacy-backup',
    arn: arn('user', 'legacy-backup', '/automation/'),
    created: '2024-03-10T08:00:00+00:00',
    key1: key('2024-03-10T08:05:00+00:00', '2026-10-30T02:00:00+00:00'),
    key2: key('2026-08-20T15:40:00+00:00', '2026-10-31T02:00:00+00:00'),
  }),
  // Left in May: password unused for six months, old key already deactivated.
  reportRow({
    user: 'former-contractor',
    arn: arn('user', 'former-contractor'),
    created: '2025-09-01T09:00:00+00:00',
    password: { enabled: 'true', used: '2026-05-02T16:20:00+00:00', changed: '2025-09-01T09:00:00+00:00' },
    mfa: 'true',
    key1: { active: 'false', rotated: '2025-09-01T09:10:00+00:00', used: '2026-05-01T12:00:00+00:00', region: 'us-east-1', service: 's3' },
  }),
  // Last signed in 61 days ago: unused for CIS (45 days), not yet for IAM.8 (90 days).
  reportRow({
    user: 'data-analyst',
    arn: arn('user', 'data-analyst'),
    created: '2025-11-12T10:00:00+00:00',
    password: { enabled: 'true', used: '2026-09-01T09:30:00+00:00', changed: '2025-11-12T10:00:00+00:00' },
    mfa: 'true',
  }),
];
const csv = [REPORT_COLUMNS.join(','), ...reportRows.map((row) => REPORT_COLUMNS.map((c) => row[c]).join(','))].join('\n');

// --- policies ---------------------------------------------------------------------------------

const ADMIN = doc([{ Effect: 'Allow', Action: '*', Resource: '*' }]);
const SUPPORT = doc([{ Effect: 'Allow', Action: ['support:*'], Resource: '*' }]);
const CLOUDSHELL = doc([{ Effect: 'Allow', Action: ['cloudshell:*'], Resource: '*' }]);
const DEPLOY = doc([
  { Sid: 'CloudFormation', Effect: 'Allow', Action: ['cloudformation:CreateChangeSet', 'cloudformation:DescribeChangeSet', 'cloudformation:ExecuteChangeSet', 'cloudformation:DescribeStacks'], Resource: `arn:aws:cloudformation:*:${ACCOUNT}:stack/acme-*/*` },
  { Sid: 'Artifacts', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::acme-deploy-artifacts/*' },
  { Sid: 'PassExecutionRole', Effect: 'Allow', Action: 'iam:PassRole', Resource: arn('role', 'acme-cfn-execution') },
]);
const DATA_READER = doc([
  { Sid: 'ReadLake', Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: ['arn:aws:s3:::acme-datalake-prod', 'arn:aws:s3:::acme-datalake-prod/*'] },
  { Sid: 'DecryptAnything', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' },
]);
const OPS_TOOLS = doc([
  { Sid: 'Fleet', Effect: 'Allow', Action: ['ec2:*'], Resource: '*' },
  { Sid: 'Metrics', Effect: 'Allow', Action: ['cloudwatch:Describe*', 'cloudwatch:Get*', 'cloudwatch:List*'], Resource: '*' },
]);
const LEGACY_ADMIN = doc([{ Sid: 'FullAccess', Effect: 'Allow', Action: '*', Resource: '*' }]);
const DEV_BOUNDARY = doc([
  { Sid: 'Workloads', Effect: 'Allow', Action: ['ec2:*', 'lambda:*', 's3:*', 'logs:*'], Resource: '*' },
  { Sid: 'NoIam', Effect: 'Deny', Action: ['iam:*', 'organizations:*'], Resource: '*' },
]);

const awsManaged = [
  { name: 'AdministratorAccess', id: 'ANPAIWMBCKSKIEE64ZLYK', version: 'v1', document: ADMIN, attachments: 3, created: '2015-02-06T18:39:46Z', updated: '2015-02-06T18:39:46Z' },
  { name: 'AWSSupportAccess', id: 'ANPAJSNKQX2OW67GF4S7E', version: 'v1', document: SUPPORT, attachments: 1, created: '2015-02-06T18:41:11Z', updated: '2015-02-06T18:41:11Z' },
  { name: 'AWSCloudShellFullAccess', id: 'ANPAZKAPJZG4PDZQHMJVP', version: 'v1', document: CLOUDSHELL, attachments: 1, created: '2020-12-15T18:21:26Z', updated: '2020-12-15T18:21:26Z' },
].map((p) => ({ ...p, arn: awsPolicy(p.name), path: '/' }));

const customer = [
  { name: 'acme-deploy-pipeline', id: 'ANPAQEXAMPLEDEPLOY001', document: DEPLOY, attachments: 1, boundaries: 0 },
  { name: 'acme-data-reader', id: 'ANPAQEXAMPLEREADER001', document: DATA_READER, attachments: 2, boundaries: 0 },
  { name: 'acme-ops-tools', id: 'ANPAQEXAMPLEOPSTOOL01', document: OPS_TOOLS, attachments: 1, boundaries: 0 },
  { name: 'acme-legacy-admin', id: 'ANPAQEXAMPLELEGACY001', document: LEGACY_ADMIN, attachments: 0, boundaries: 0 },
  { name: 'acme-dev-boundary', id: 'ANPAQEXAMPLEBOUNDRY01', document: DEV_BOUNDARY, attachments: 0, boundaries: 2 },
].map((p) => ({ ...p, arn: arn('policy', p.name), path: '/', version: 'v2', created: '2025-03-04T10:00:00Z', updated: '2025-08-19T14:30:00Z' }));

const listedPolicy = (p) => ({
  PolicyName: p.name,
  PolicyId: p.id,
  Arn: p.arn,
  Path: p.path,
  DefaultVersionId: p.version,
  AttachmentCount: p.attachments,
  PermissionsBoundaryUsageCount: p.boundaries ?? 0,
  IsAttachable: true,
  CreateDate: date(p.created),
  UpdateDate: date(p.updated),
});
const attachedRef = (p) => ({ PolicyName: p.name, PolicyArn: p.arn });
const policy = (name) => [...awsManaged, ...customer].find((p) => p.name === name);

// --- identities -------------------------------------------------------------------------------

const trust = (statement) => doc(statement);
const roles = [
  {
    RoleName: 'aws-support',
    RoleId: 'AROAQEXAMPLESUPPORT01',
    trust: trust([{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }]),
    attached: ['AWSSupportAccess'],
    inline: [],
  },
  {
    RoleName: 'orders-api-lambda',
    RoleId: 'AROAQEXAMPLEORDERS001',
    path: '/service-role/',
    trust: trust([{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
    attached: [],
    inline: [
      {
        PolicyName: 'orders-table-access',
        PolicyDocument: doc([
          { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'], Resource: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders` },
          { Effect: 'Allow', Action: 'kms:Decrypt', Resource: `arn:aws:kms:us-east-1:${ACCOUNT}:key/5f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f` },
        ]),
      },
    ],
  },
  {
    // "Anyone who knows the external id" is still anyone: FAIL.
    RoleName: 'ops-breakglass',
    RoleId: 'AROAQEXAMPLEBREAK0001',
    trust: trust([{ Sid: 'VendorSupport', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'acme-ops-7f3e91' } } }]),
    attached: ['acme-ops-tools'],
    inline: [{ PolicyName: 'breakglass-admin', PolicyDocument: doc([{ Sid: 'Everything', Effect: 'Allow', Action: '*', Resource: '*' }]) }],
  },
  {
    RoleName: 'partner-readonly',
    RoleId: 'AROAQEXAMPLEPARTNER01',
    trust: trust([{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }]),
    attached: [],
    inline: [{ PolicyName: 'read-reports', PolicyDocument: doc([{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::acme-reports', 'arn:aws:s3:::acme-reports/*'] }]) }],
  },
  {
    RoleName: 'batch-etl',
    RoleId: 'AROAQEXAMPLEBATCHETL1',
    trust: trust([{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
    attached: [],
    inline: [
      {
        PolicyName: 'etl-kms',
        PolicyDocument: doc([
          { Sid: 'AllKeys', Effect: 'Allow', Action: 'kms:*', Resource: '*' },
          { Sid: 'Staging', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::acme-etl-staging/*' },
        ]),
      },
    ],
  },
  {
    RoleName: 'github-deploy',
    RoleId: 'AROAQEXAMPLEGITHUB01',
    trust: trust([
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/platform:*' } },
      },
    ]),
    attached: [],
    inline: [],
  },
  // --- instance roles and the escalation paths of the exposure analysis ---------------------------
  {
    // The administrator role EC2 may run as: whoever can pass it to a new instance becomes admin.
    RoleName: 'platform-admin',
    RoleId: 'AROAQEXAMPLEPLATADM01',
    trust: trust([{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
    attached: ['AdministratorAccess'],
    inline: [],
    profiles: ['platform-admin-profile'],
  },
  {
    RoleName: 'acme-cfn-execution',
    RoleId: 'AROAQEXAMPLECFNEXEC01',
    trust: trust([{ Effect: 'Allow', Principal: { Service: 'cloudformation.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
    attached: ['AdministratorAccess'],
    inline: [],
  },
  {
    RoleName: 'prod-web',
    RoleId: 'AROAQEXAMPLEPRODWEB01',
    trust: trust([{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
    attached: [],
    inline: [{ PolicyName: 'web-assets', PolicyDocument: doc([{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::acme-web-assets/*' }]) }],
    profiles: ['prod-web-instance-profile'],
  },
  {
    RoleName: 'reporting',
    RoleId: 'AROAQEXAMPLEREPORTS01',
    trust: trust([{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
    attached: [],
    inline: [{ PolicyName: 'reports-out', PolicyDocument: doc([{ Effect: 'Allow', Action: ['s3:PutObject'], Resource: 'arn:aws:s3:::acme-reports/*' }]) }],
    profiles: ['reporting-instance-profile'],
  },
  {
    RoleName: 'nat-appliance',
    RoleId: 'AROAQEXAMPLENATAPPL01',
    trust: trust([{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
    attached: [],
    inline: [{ PolicyName: 'route-failover', PolicyDocument: doc([{ Effect: 'Allow', Action: ['ec2:DescribeRouteTables', 'ec2:ReplaceRoute'], Resource: '*' }]) }],
    profiles: ['nat-appliance-instance-profile'],
  },
  {
    RoleName: 'ci-runner',
    RoleId: 'AROAQEXAMPLECIRUNNR1',
    trust: trust([{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
    attached: [],
    inline: [
      {
        PolicyName: 'build-artifacts',
        PolicyDocument: doc([
          { Effect: 'Allow', Action: ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:PutImage'], Resource: '*' },
          { Effect: 'Allow', Action: ['s3:PutObject'], Resource: 'arn:aws:s3:::acme-deploy-artifacts/*' },
        ]),
      },
    ],
    profiles: ['ci-runner-profile'],
  },
  {
    RoleName: 'win-jump',
    RoleId: 'AROAQEXAMPLEWINJUMP1',
    trust: trust([{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
    attached: [],
    inline: [{ PolicyName: 'session-manager', PolicyDocument: doc([{ Effect: 'Allow', Action: ['ssm:UpdateInstanceInformation', 'ssmmessages:CreateControlChannel', 'ssmmessages:OpenControlChannel'], Resource: '*' }]) }],
    profiles: ['win-jump-profile'],
  },
  {
    RoleName: 'eu-api',
    RoleId: 'AROAQEXAMPLEEUAPI001',
    trust: trust([{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
    attached: [],
    inline: [{ PolicyName: 'orders-table', PolicyDocument: doc([{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders-eu` }]) }],
    profiles: ['eu-api-instance-profile'],
  },
  {
    // Launches its own workers, and may pass any role to them: platform-admin included.
    RoleName: 'analytics-node',
    RoleId: 'AROAQEXAMPLEANALYTN1',
    trust: trust([{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
    attached: [],
    inline: [
      {
        PolicyName: 'spawn-workers',
        PolicyDocument: doc([
          { Sid: 'Workers', Effect: 'Allow', Action: ['ec2:RunInstances', 'ec2:DescribeInstances'], Resource: '*' },
          { Sid: 'PassWorkerRole', Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' },
        ]),
      },
    ],
    profiles: ['analytics-instance-profile'],
  },
  {
    // Assumed by the support engineer; may rewrite its own inline policy.
    RoleName: 'ops-deploy',
    RoleId: 'AROAQEXAMPLEOPSDEPL1',
    trust: trust([{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/support-engineer` }, Action: 'sts:AssumeRole' }]),
    attached: [],
    inline: [{ PolicyName: 'self-service', PolicyDocument: doc([{ Effect: 'Allow', Action: ['iam:PutRolePolicy', 'iam:GetRolePolicy'], Resource: `arn:aws:iam::${ACCOUNT}:role/ops-deploy` }]) }],
  },
  {
    RoleName: 'AWSServiceRoleForSupport',
    RoleId: 'AROAQEXAMPLESLRSUPP01',
    path: '/aws-service-role/support.amazonaws.com/',
    trust: trust([{ Effect: 'Allow', Principal: { Service: 'support.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
    attached: [],
    inline: [],
  },
].map((r) => ({ path: '/', ...r, arn: arn('role', r.RoleName, r.path ?? '/'), created: '2025-05-20T12:00:00Z' }));

const users = [
  { UserName: 'alice', UserId: 'AIDAQEXAMPLEALICE0001', groups: ['developers'], attached: [], inline: [], created: '2024-01-10T09:00:00Z' },
  { UserName: 'bob', UserId: 'AIDAQEXAMPLEBOB000001', groups: ['developers'], attached: ['AdministratorAccess'], inline: [], created: '2026-06-01T13:30:00Z' },
  { UserName: 'ci-deployer', UserId: 'AIDAQEXAMPLECIDEPLOY1', path: '/automation/', groups: [], attached: ['acme-deploy-pipeline'], inline: [], created: '2025-02-20T11:00:00Z' },
  {
    UserName: 'legacy-backup',
    UserId: 'AIDAQEXAMPLELEGACYBK1',
    path: '/automation/',
    groups: [],
    attached: [],
    inline: [{ PolicyName: 'legacy-backup-s3', PolicyDocument: doc([{ Effect: 'Allow', Action: ['s3:PutObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::acme-backups', 'arn:aws:s3:::acme-backups/*'] }]) }],
    created: '2024-03-10T08:00:00Z',
  },
  { UserName: 'former-contractor', UserId: 'AIDAQEXAMPLEFORMER01', groups: ['analysts'], attached: [], inline: [], created: '2025-09-01T09:00:00Z' },
  { UserName: 'data-analyst', UserId: 'AIDAQEXAMPLEANALYST1', groups: ['analysts'], attached: [], inline: [], created: '2025-11-12T10:00:00Z' },
  // Escalation paths of the exposure analysis, each with a negative twin.
  {
    // Can launch an instance as platform-admin: iam:PassRole + ec2:RunInstances.
    UserName: 'build-bot',
    UserId: 'AIDAQEXAMPLEBUILDBT1',
    path: '/automation/',
    groups: [],
    attached: [],
    inline: [{ PolicyName: 'launch-admin-workers', PolicyDocument: doc([{ Effect: 'Allow', Action: 'iam:PassRole', Resource: arn('role', 'platform-admin') }, { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' }]) }],
    created: '2026-03-01T09:00:00Z',
  },
  {
    // The twin: may pass platform-admin to Lambda only, which does not trust it.
    UserName: 'build-bot-scoped',
    UserId: 'AIDAQEXAMPLEBUILDSC1',
    path: '/automation/',
    groups: [],
    attached: [],
    inline: [
      {
        PolicyName: 'launch-workers',
        PolicyDocument: doc([
          { Effect: 'Allow', Action: 'iam:PassRole', Resource: arn('role', 'platform-admin'), Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } },
          { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' },
        ]),
      },
    ],
    created: '2026-03-01T09:00:00Z',
  },
  {
    // Assumes ops-deploy, which can write itself an administrator policy.
    UserName: 'support-engineer',
    UserId: 'AIDAQEXAMPLESUPPENG1',
    groups: [],
    attached: [],
    inline: [{ PolicyName: 'assume-ops', PolicyDocument: doc([{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: arn('role', 'ops-deploy') }]) }],
    created: '2026-02-10T09:00:00Z',
  },
  {
    // The twin: allowed to call AssumeRole on ops-deploy, but its trust policy names only support-engineer.
    UserName: 'auditor',
    UserId: 'AIDAQEXAMPLEAUDITOR1',
    groups: [],
    attached: [],
    inline: [{ PolicyName: 'assume-ops', PolicyDocument: doc([{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: arn('role', 'ops-deploy') }]) }],
    created: '2026-02-10T09:00:00Z',
  },
  {
    // Can assume the break-glass role only with the vendor's external id: a conditional escalation.
    UserName: 'vendor-sync',
    UserId: 'AIDAQEXAMPLEVENDOR01',
    path: '/automation/',
    groups: [],
    attached: [],
    inline: [{ PolicyName: 'assume-breakglass', PolicyDocument: doc([{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: arn('role', 'ops-breakglass') }]) }],
    created: '2026-04-20T09:00:00Z',
  },
].map((u) => ({ path: '/', ...u, arn: arn('user', u.UserName, u.path ?? '/') }));

const groups = [
  { GroupName: 'developers', GroupId: 'AGPAQEXAMPLEDEVS0001', attached: ['acme-data-reader', 'AWSCloudShellFullAccess'], inline: [] },
  {
    GroupName: 'analysts',
    GroupId: 'AGPAQEXAMPLEANALYST1',
    attached: ['acme-data-reader'],
    inline: [{ PolicyName: 'athena-queries', PolicyDocument: doc([{ Effect: 'Allow', Action: ['athena:StartQueryExecution', 'athena:GetQueryResults'], Resource: `arn:aws:athena:us-east-1:${ACCOUNT}:workgroup/analysts` }]) }],
  },
].map((g) => ({ ...g, arn: arn('group', g.GroupName) }));

const boundary = (name) => ({ PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: policy(name).arn });

const authorizationDetails = {
  UserDetailList: users.map((u) => ({
    Path: u.path,
    UserName: u.UserName,
    UserId: u.UserId,
    Arn: u.arn,
    CreateDate: date(u.created),
    UserPolicyList: u.inline,
    GroupList: u.groups,
    AttachedManagedPolicies: u.attached.map((n) => attachedRef(policy(n))),
    ...(u.UserName === 'data-analyst' || u.UserName === 'former-contractor' ? { PermissionsBoundary: boundary('acme-dev-boundary') } : {}),
    Tags: [],
  })),
  GroupDetailList: groups.map((g) => ({
    Path: '/',
    GroupName: g.GroupName,
    GroupId: g.GroupId,
    Arn: g.arn,
    CreateDate: date('2024-01-05T09:00:00Z'),
    GroupPolicyList: g.inline,
    AttachedManagedPolicies: g.attached.map((n) => attachedRef(policy(n))),
  })),
  RoleDetailList: roles.map((r) => ({
    Path: r.path,
    RoleName: r.RoleName,
    RoleId: r.RoleId,
    Arn: r.arn,
    CreateDate: date(r.created),
    AssumeRolePolicyDocument: r.trust,
    InstanceProfileList: (r.profiles ?? []).map((name) => ({
      Path: '/',
      InstanceProfileName: name,
      InstanceProfileId: `AIPAQ${name.toUpperCase().replace(/[^A-Z0-9]/g, '').padEnd(16, 'X').slice(0, 16)}`,
      Arn: arn('instance-profile', name),
      CreateDate: date(r.created),
      Roles: [],
    })),
    RolePolicyList: r.inline,
    AttachedManagedPolicies: r.attached.map((n) => attachedRef(policy(n))),
    Tags: [],
    RoleLastUsed: {},
  })),
  Policies: customer.map((p) => ({
    ...listedPolicy(p),
    PolicyVersionList: [
      { Document: p.document, VersionId: 'v2', IsDefaultVersion: true, CreateDate: date(p.updated) },
      { Document: doc([{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }]), VersionId: 'v1', IsDefaultVersion: false, CreateDate: date(p.created) },
    ],
  })),
  IsTruncated: false,
};

const attachedPolicies = [...awsManaged, ...customer].filter((p) => p.attachments > 0);

export default [
  iam('GetAccountSummary', {}, {
    SummaryMap: {
      AccountMFAEnabled: 1,
      AccountPasswordPresent: 1,
      AccountAccessKeysPresent: 0,
      AccountSigningCertificatesPresent: 0,
      Users: users.length,
      UsersQuota: 5000,
      Groups: groups.length,
      GroupsQuota: 300,
      Roles: roles.length,
      RolesQuota: 1000,
      Policies: customer.length,
      PoliciesQuota: 1500,
      MFADevices: 4,
      MFADevicesInUse: 4,
      ServerCertificates: 2,
      ServerCertificatesQuota: 20,
    },
  }),
  iam('GetAccountPasswordPolicy', {}, {
    PasswordPolicy: {
      MinimumPasswordLength: 14,
      RequireSymbols: true,
      RequireNumbers: true,
      RequireUppercaseCharacters: true,
      RequireLowercaseCharacters: true,
      AllowUsersToChangePassword: true,
      ExpirePasswords: true,
      MaxPasswordAge: 180,
      PasswordReusePrevention: 5,
      HardExpiry: false,
    },
  }),
  iam('GetCredentialReport', {}, {
    Content: { $base64: Buffer.from(csv, 'utf8').toString('base64') },
    ReportFormat: 'text/csv',
    GeneratedTime: date('2026-11-01T08:30:00.000Z'),
  }),
  iam('ListOrganizationsFeatures', {}, { OrganizationId: 'o-a1b2c3d4e5', EnabledFeatures: [] }),
  iam('ListVirtualMFADevices', { AssignmentStatus: 'Assigned', MaxItems: PAGE }, {
    VirtualMFADevices: [
      {
        SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device`,
        User: { Path: '/', UserName: '', UserId: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:root`, CreateDate: date('2019-04-02T09:12:44Z') },
        EnableDate: date('2019-04-02T09:30:00Z'),
      },
      ...['alice', 'former-contractor', 'data-analyst'].map((name) => {
        const u = users.find((x) => x.UserName === name);
        return {
          SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/${name}`,
          User: { Path: u.path, UserName: name, UserId: u.UserId, Arn: u.arn, CreateDate: date(u.created) },
          EnableDate: date(u.created),
        };
      }),
    ],
    IsTruncated: false,
  }),
  iam('ListServerCertificates', { MaxItems: PAGE }, {
    ServerCertificateMetadataList: [
      {
        Path: '/cloudfront/',
        ServerCertificateName: 'www-acme-2025',
        ServerCertificateId: 'ASCAQEXAMPLEWWW2025A',
        Arn: `arn:aws:iam::${ACCOUNT}:server-certificate/cloudfront/www-acme-2025`,
        UploadDate: date('2025-03-28T10:00:00Z'),
        Expiration: date('2026-03-31T23:59:59Z'),
      },
      {
        Path: '/',
        ServerCertificateName: 'api-acme-2027',
        ServerCertificateId: 'ASCAQEXAMPLEAPI20270',
        Arn: `arn:aws:iam::${ACCOUNT}:server-certificate/api-acme-2027`,
        UploadDate: date('2026-06-20T10:00:00Z'),
        Expiration: date('2027-06-30T23:59:59Z'),
      },
    ],
    IsTruncated: false,
  }),
  iam('ListPolicies', { OnlyAttached: true, Scope: 'All', MaxItems: PAGE }, { Policies: attachedPolicies.map(listedPolicy), IsTruncated: false }),
  // Customer managed policies' documents come from GetAccountAuthorizationDetails: only AWS managed ones are read one by one.
  ...attachedPolicies.filter((p) => awsManaged.includes(p)).map((p) =>
    iam('GetPolicyVersion', { PolicyArn: p.arn, VersionId: p.version }, {
      PolicyVersion: { Document: p.document, VersionId: p.version, IsDefaultVersion: true, CreateDate: date(p.updated) },
    }),
  ),
  iam('GetAccountAuthorizationDetails', { Filter: ['User', 'Role', 'Group', 'LocalManagedPolicy'], MaxItems: PAGE }, authorizationDetails),
  iam('ListRoles', { MaxItems: PAGE }, {
    Roles: roles.map((r) => ({
      Path: r.path,
      RoleName: r.RoleName,
      RoleId: r.RoleId,
      Arn: r.arn,
      CreateDate: date(r.created),
      AssumeRolePolicyDocument: r.trust,
      MaxSessionDuration: 3600,
    })),
    IsTruncated: false,
  }),
  iam('ListEntitiesForPolicy', { PolicyArn: awsPolicy('AWSSupportAccess'), MaxItems: PAGE }, {
    PolicyGroups: [],
    PolicyUsers: [],
    PolicyRoles: [{ RoleName: 'aws-support', RoleId: 'AROAQEXAMPLESUPPORT01' }],
    IsTruncated: false,
  }),
  iam('ListEntitiesForPolicy', { PolicyArn: awsPolicy('AWSCloudShellFullAccess'), MaxItems: PAGE }, {
    PolicyGroups: [{ GroupName: 'developers', GroupId: 'AGPAQEXAMPLEDEVS0001' }],
    PolicyUsers: [],
    PolicyRoles: [],
    IsTruncated: false,
  }),
];
