// The organization around the benchmark's accounts: what a member may ask of AWS Organizations
// (DescribeOrganization, its own effective declarative policy) and what the management account
// reads once for all of them (roots, accounts, parents, policies per target, RCP documents, each
// account's effective declarative policy, the organization trail). The organization has a resource
// control policy at the root that keeps S3, STS and KMS to the organization, and an EC2 declarative
// policy that enforces VPC Block Public Access, so that member verdicts show both at work.

export const ORG_ID = 'o-bnch0rg001';
export const MANAGEMENT_ID = '999999999999';
export const MANAGEMENT_ACCESS_KEY = `ASIA${MANAGEMENT_ID}MGMT`;
const ROOT = 'r-bn01';
const OU = 'ou-bn01-w0rkl0ad';
const PAGE = 20;

const RCP = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'EnforceOrgIdentities',
      Effect: 'Deny',
      Principal: '*',
      Action: ['s3:*', 'sts:*', 'kms:*', 'sqs:*', 'secretsmanager:*'],
      Resource: '*',
      Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ORG_ID }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } },
    },
  ],
};
const DECLARATIVE_EC2 = { ec2_attributes: { vpc_block_public_access: { internet_gateway_block: { mode: 'block_ingress', exclusions_allowed: 'enabled' } } } };
const policy = (Id, Name, Type, AwsManaged) => ({ Id, Arn: `arn:aws:organizations::${MANAGEMENT_ID}:policy/${ORG_ID}/${Type.toLowerCase()}/${Id}`, Name, Type, AwsManaged });
const AT_ROOT = {
  SERVICE_CONTROL_POLICY: [policy('p-FullAWSAccess', 'FullAWSAccess', 'SERVICE_CONTROL_POLICY', true), policy('p-bnchscp1', 'WorkloadsBaseline', 'SERVICE_CONTROL_POLICY', false)],
  RESOURCE_CONTROL_POLICY: [policy('p-RCPFullAWSAccess', 'RCPFullAWSAccess', 'RESOURCE_CONTROL_POLICY', true), policy('p-bnchrcp1', 'EnforceOrgIdentities', 'RESOURCE_CONTROL_POLICY', false)],
};

const ok = (output) => ({ output });
const error = (code, message, status = 400) => ({ error: { code, message, status } });
const organization = { Id: ORG_ID, Arn: `arn:aws:organizations::${MANAGEMENT_ID}:organization/${ORG_ID}`, FeatureSet: 'ALL', MasterAccountId: MANAGEMENT_ID, MasterAccountArn: `arn:aws:organizations::${MANAGEMENT_ID}:account/${ORG_ID}/${MANAGEMENT_ID}` };
const effective = (target) => ok({ EffectivePolicy: { PolicyContent: JSON.stringify(DECLARATIVE_EC2), TargetId: target, PolicyType: 'DECLARATIVE_POLICY_EC2' } });

/** A member's questions to Organizations; undefined for other services. */
export function respondMember(accountId, { service, operation }) {
  if (service !== 'organizations') return undefined;
  switch (operation) {
    case 'DescribeOrganization':
      return ok({ Organization: organization });
    case 'ListDelegatedAdministrators':
      return error('AccessDeniedException', `User: arn:aws:sts::${accountId}:assumed-role/posture-audit is not authorized to perform: organizations:ListDelegatedAdministrators`);
    case 'DescribeEffectivePolicy':
      return effective(accountId);
    default:
      return undefined;
  }
}

/** The management account's reading of the organization whose members are `memberIds`. */
export function respondManagement(memberIds, { service, region, operation, params }) {
  const accounts = [MANAGEMENT_ID, ...memberIds];
  const trailArn = `arn:aws:cloudtrail:us-east-1:${MANAGEMENT_ID}:trail/org-trail`;
  switch (`${service}:${operation}`) {
    case 'sts:GetCallerIdentity':
      return ok({ Account: MANAGEMENT_ID, Arn: `arn:aws:iam::${MANAGEMENT_ID}:user/ci`, UserId: 'AIDAMANAGEMENT' });
    case 'organizations:DescribeOrganization':
      return ok({ Organization: organization });
    case 'organizations:ListRoots':
      return ok({ Roots: [{ Id: ROOT, Name: 'Root', PolicyTypes: ['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY', 'DECLARATIVE_POLICY_EC2'].map((Type) => ({ Type, Status: 'ENABLED' })) }] });
    case 'organizations:ListAccounts': {
      const start = params.NextToken ? Number(params.NextToken) : 0;
      const page = accounts.slice(start, start + PAGE).map((Id) => ({ Id, Name: Id === MANAGEMENT_ID ? 'management' : `bench-${Id}`, State: 'ACTIVE' }));
      return ok({ Accounts: page, ...(start + PAGE < accounts.length ? { NextToken: String(start + PAGE) } : {}) });
    }
    case 'organizations:ListParents':
      return ok({ Parents: [params.ChildId === MANAGEMENT_ID || params.ChildId === OU ? { Id: ROOT, Type: 'ROOT' } : { Id: OU, Type: 'ORGANIZATIONAL_UNIT' }] });
    case 'organizations:ListPoliciesForTarget':
      return ok({ Policies: params.TargetId === ROOT ? (AT_ROOT[params.Filter] ?? []) : [] });
    case 'organizations:DescribePolicy':
      return params.PolicyId === 'p-bnchrcp1' ? ok({ Policy: { PolicySummary: AT_ROOT.RESOURCE_CONTROL_POLICY[1], Content: JSON.stringify(RCP) } }) : error('PolicyNotFoundException', `Policy ${params.PolicyId} not found`);
    case 'organizations:DescribeEffectivePolicy':
      return params.TargetId && params.TargetId !== MANAGEMENT_ID ? effective(params.TargetId) : error('EffectivePolicyNotFoundException', 'No effective policy of this type applies to the target.');
    case 'cloudtrail:DescribeTrails':
      return ok({ trailList: [{ Name: 'org-trail', TrailARN: trailArn, HomeRegion: 'us-east-1', IsMultiRegionTrail: true, IsOrganizationTrail: true, S3BucketName: 'org-trail-logs' }] });
    case 'cloudtrail:GetTrailStatus':
      return region === 'us-east-1' && params.Name === trailArn ? ok({ IsLogging: true }) : error('TrailNotFoundException', 'Unknown trail');
    case 'cloudtrail:GetEventSelectors':
      return region === 'us-east-1' && params.TrailName === trailArn
        ? ok({ TrailARN: trailArn, EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }] })
        : error('TrailNotFoundException', 'Unknown trail');
    default:
      return undefined;
  }
}
