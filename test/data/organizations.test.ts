// The organizations datasets against recorded answers: the caller's standing (§3.3), the
// organization read once by the management account, and the context a member's verdicts use.
import { describe, expect, it } from 'vitest';
import { AwsData } from '../../src/data/aws-data.js';
import { DatasetLoader } from '../../src/data/dataset.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { INVENTORY_FORMAT, INVENTORY_VERSION, ReplayTransport, type RecordedCall } from '../../src/data/inventory.js';
import type { OrganizationContext } from '../../src/data/organization.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
import { replayLoader } from '../helpers/replay-loader.js';

const HOME = 'us-east-1';
const REGIONS = [HOME];
const ORG_ID = 'o-a1b2c3d4e5';
const MGMT = ACCOUNT.id;
const MEMBER = '210987654321';
const OU = 'ou-ab12-11111111';

const org = (call: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service: 'organizations', region: HOME, operation: call, input, output });
const refused = (call: string, input: Record<string, unknown>, code: string): RecordedCall => ({
  service: 'organizations',
  region: HOME,
  operation: call,
  input,
  error: { code, message: `refused ${call}`, httpStatus: code.startsWith('AccessDenied') ? 403 : 400 },
});
const describeOrg = (master = MGMT) => org('DescribeOrganization', {}, { Organization: { Id: ORG_ID, MasterAccountId: master, FeatureSet: 'ALL' } });
const RCP_DOC = JSON.stringify({ Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ORG_ID } } }] });

/** The management account's view of a two-account organization with one RCP at the root. */
function managementCalls(overrides: RecordedCall[] = []): RecordedCall[] {
  const base = [
    describeOrg(),
    org('ListRoots', {}, { Roots: [{ Id: 'r-ab12', Name: 'Root', PolicyTypes: [{ Type: 'RESOURCE_CONTROL_POLICY', Status: 'ENABLED' }, { Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }] }] }),
    org('ListAccounts', {}, { Accounts: [{ Id: MGMT, Name: 'management', State: 'ACTIVE' }], NextToken: 'page2' }),
    org('ListAccounts', { NextToken: 'page2' }, { Accounts: [{ Id: MEMBER, Name: 'prod', State: 'ACTIVE' }] }),
    org('ListParents', { ChildId: MGMT }, { Parents: [{ Id: 'r-ab12', Type: 'ROOT' }] }),
    org('ListParents', { ChildId: MEMBER }, { Parents: [{ Id: OU, Type: 'ORGANIZATIONAL_UNIT' }] }),
    org('ListParents', { ChildId: OU }, { Parents: [{ Id: 'r-ab12', Type: 'ROOT' }] }),
    ...['r-ab12', OU, MGMT, MEMBER].flatMap((target) => [
      org('ListPoliciesForTarget', { TargetId: target, Filter: 'SERVICE_CONTROL_POLICY' }, { Policies: target === 'r-ab12' ? [{ Id: 'p-FullAWSAccess', Name: 'FullAWSAccess', AwsManaged: true }] : [] }),
      org('ListPoliciesForTarget', { TargetId: target, Filter: 'RESOURCE_CONTROL_POLICY' }, {
        Policies: target === 'r-ab12' ? [{ Id: 'p-RCPFullAWSAccess', Name: 'RCPFullAWSAccess', AwsManaged: true }, { Id: 'p-rcp0001', Name: 'OrgOnly', AwsManaged: false }] : [],
      }),
    ]),
    org('DescribePolicy', { PolicyId: 'p-rcp0001' }, { Policy: { PolicySummary: { Id: 'p-rcp0001', Name: 'OrgOnly' }, Content: RCP_DOC } }),
    org('DescribeEffectivePolicy', { PolicyType: 'DECLARATIVE_POLICY_EC2', TargetId: MEMBER }, { EffectivePolicy: { PolicyContent: JSON.stringify({ ec2_attributes: { image_block_public_access: { state: 'block_new_sharing' } } }), TargetId: MEMBER, PolicyType: 'DECLARATIVE_POLICY_EC2' } }),
    refused('DescribeEffectivePolicy', { PolicyType: 'DECLARATIVE_POLICY_EC2', TargetId: MGMT }, 'EffectivePolicyNotFoundException'),
    refused('DescribeEffectivePolicy', { PolicyType: 'DECLARATIVE_POLICY_EC2' }, 'EffectivePolicyNotFoundException'),
    { service: 'cloudtrail', region: HOME, operation: 'DescribeTrails', input: {}, output: { trailList: [{ Name: 'org-trail', TrailARN: `arn:aws:cloudtrail:us-east-1:${MGMT}:trail/org-trail`, HomeRegion: HOME, IsMultiRegionTrail: true, IsOrganizationTrail: true }] } },
    { service: 'cloudtrail', region: HOME, operation: 'GetTrailStatus', input: { Name: `arn:aws:cloudtrail:us-east-1:${MGMT}:trail/org-trail` }, output: { IsLogging: true } },
  ] satisfies RecordedCall[];
  const key = (c: RecordedCall) => `${c.operation} ${JSON.stringify(c.input)}`;
  const replaced = new Set(overrides.map(key));
  return [...base.filter((c) => !replaced.has(key(c))), ...overrides];
}

function loaderWith(calls: RecordedCall[], organization?: OrganizationContext, account = ACCOUNT) {
  const transport = new ReplayTransport({ format: INVENTORY_FORMAT, version: INVENTORY_VERSION, tool: { name: 'aws-posture', version: 'test' }, recordedAt: NOW.toISOString(), account, regions: REGIONS, calls });
  return new DatasetLoader(DATASETS, new AwsData(transport, { concurrency: 4 }), { regions: REGIONS, homeRegion: HOME, account, ...(organization ? { organization } : {}) });
}

const memberAccount = { id: MEMBER, principalArn: `arn:aws:iam::${MEMBER}:role/audit`, partition: 'aws' };

describe('organizations.standing (CHECKS-3 §3.3)', () => {
  it('is standalone when DescribeOrganization answers AWSOrganizationsNotInUseException', async () => {
    const { loader } = replayLoader([refused('DescribeOrganization', {}, 'AWSOrganizationsNotInUseException')], REGIONS);
    expect(await loader.load('organizations.standing', HOME)).toEqual({ role: 'standalone' });
  });

  it('is the management account when the caller is MasterAccountId, without asking for delegations', async () => {
    const { loader, sent } = replayLoader([describeOrg()], REGIONS);
    expect((await loader.load('organizations.standing', HOME)).role).toBe('management');
    expect(sent.map((r) => r.operation)).toEqual(['DescribeOrganization']);
  });

  it('is a member, with the reason of §3.3, when ListDelegatedAdministrators is refused', async () => {
    const loader = loaderWith([describeOrg('999999999999'), refused('ListDelegatedAdministrators', {}, 'AccessDeniedException')], undefined, memberAccount);
    expect(await loader.load('organizations.standing', HOME)).toEqual({
      role: 'member',
      organization: { id: ORG_ID, managementAccountId: '999999999999', featureSet: 'ALL' },
      reason: 'member account, not a delegated administrator (or organizations:ListDelegatedAdministrators is not allowed)',
    });
  });

  it('is a delegated administrator naming its services when it is listed', async () => {
    const loader = loaderWith(
      [
        describeOrg('999999999999'),
        org('ListDelegatedAdministrators', {}, { DelegatedAdministrators: [{ Id: MEMBER, State: 'ACTIVE' }] }),
        org('ListDelegatedServicesForAccount', { AccountId: MEMBER }, { DelegatedServices: [{ ServicePrincipal: 'iam.amazonaws.com' }, { ServicePrincipal: 'access-analyzer.amazonaws.com' }] }),
      ],
      undefined,
      memberAccount,
    );
    expect(await loader.load('organizations.standing', HOME)).toMatchObject({ role: 'delegated-administrator', services: ['access-analyzer.amazonaws.com', 'iam.amazonaws.com'] });
  });
});

describe('organizations.memberContexts: the organization read once by the management account', () => {
  it('gives each account its RCPs (AWS managed ones aside), its effective declarative policy and the organization trails', async () => {
    const loader = loaderWith(managementCalls());
    const contexts = (await loader.load('organizations.memberContexts', HOME))!;
    const member = contexts.get(MEMBER)!;
    expect(member.resourceControlPolicies).toEqual({ known: true, value: [{ id: 'p-rcp0001', name: 'OrgOnly', awsManaged: false, target: 'r-ab12', content: RCP_DOC }] });
    expect(member.declarativeEc2).toEqual({ known: true, value: { image_block_public_access: { state: 'block_new_sharing' } } });
    expect(member.accountIds).toEqual({ known: true, value: [MGMT, MEMBER] });
    expect(member.organizationTrails).toEqual({ known: true, value: [{ name: 'org-trail', arn: `arn:aws:cloudtrail:us-east-1:${MGMT}:trail/org-trail`, homeRegion: HOME, multiRegion: true, logging: true }] });
    // RCPs never apply to the management account.
    expect(contexts.get(MGMT)).toMatchObject({ isManagementAccount: true, resourceControlPolicies: { known: true, value: [] }, declarativeEc2: { known: true, value: null } });
  });

  it('marks RCPs unknown, with the refused action, when the management account may not list them', async () => {
    const loader = loaderWith(managementCalls([refused('ListPoliciesForTarget', { TargetId: 'r-ab12', Filter: 'RESOURCE_CONTROL_POLICY' }, 'AccessDeniedException')]));
    const member = (await loader.load('organizations.memberContexts', HOME))!.get(MEMBER)!;
    expect(member.resourceControlPolicies).toEqual({ known: false, reason: 'organizations:ListPoliciesForTarget failed: AccessDeniedException' });
  });

  it('marks everything but the trails unknown when the accounts cannot be listed', async () => {
    const loader = loaderWith(managementCalls([refused('ListAccounts', {}, 'AccessDeniedException')]));
    expect((await loader.load('organizations.memberContexts', HOME))!.size).toBe(0);
  });

  it('RCPs contribute nothing when the policy type is not enabled at the root', async () => {
    const loader = loaderWith(managementCalls([org('ListRoots', {}, { Roots: [{ Id: 'r-ab12', PolicyTypes: [] }] })]));
    expect((await loader.load('organizations.memberContexts', HOME))!.get(MEMBER)!.resourceControlPolicies).toEqual({ known: true, value: [] });
  });
});

describe('organizations.context', () => {
  it('in a member scanned alone: RCPs, accounts and trails unknown, its own declarative policy read, and one report note', async () => {
    const loader = loaderWith(
      [
        describeOrg('999999999999'),
        refused('ListDelegatedAdministrators', {}, 'AccessDeniedException'),
        org('DescribeEffectivePolicy', { PolicyType: 'DECLARATIVE_POLICY_EC2' }, { EffectivePolicy: { PolicyContent: '{"ec2_attributes":{"serial_console_access":{"status":"disabled"}}}' } }),
      ],
      undefined,
      memberAccount,
    );
    const context = await loader.load('organizations.context', HOME);
    expect(context.resourceControlPolicies).toEqual({ known: false, reason: 'they cannot be read from a member account' });
    expect(context.declarativeEc2).toEqual({ known: true, value: { serial_console_access: { status: 'disabled' } } });
    expect(loader.notes()).toEqual([
      `Organization ${ORG_ID}: these organization facts could not be read, and no verdict uses them: resource control policies (they cannot be read from a member account); the organization's accounts (they cannot be read from a member account); organization trails (they cannot be read from a member account).`,
    ]);
  });

  it('in scan --org: the management account reading comes with the scan and no note is made', async () => {
    const contexts = (await loaderWith(managementCalls()).load('organizations.memberContexts', HOME))!;
    const loader = loaderWith([describeOrg('999999999999'), refused('ListDelegatedAdministrators', {}, 'AccessDeniedException'), refused('DescribeEffectivePolicy', { PolicyType: 'DECLARATIVE_POLICY_EC2' }, 'EffectivePolicyNotFoundException')], contexts.get(MEMBER), memberAccount);
    const context = await loader.load('organizations.context', HOME);
    expect(context.readBy).toBe('management-account');
    expect(context.resourceControlPolicies.known).toBe(true);
    expect(loader.notes()).toEqual([]);
  });

  it('is empty, with no note, outside any organization', async () => {
    const loader = loaderWith([refused('DescribeOrganization', {}, 'AWSOrganizationsNotInUseException')]);
    expect((await loader.load('organizations.context', HOME)).organization).toBeUndefined();
    expect(loader.notes()).toEqual([]);
  });
});
