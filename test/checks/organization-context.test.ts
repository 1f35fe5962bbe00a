// Verdicts that use the organization around the account (CHECKS-3 §3.1-3.2): public grants that a
// resource control policy neutralises, and EC2 account settings that a declarative policy enforces.
import { describe, expect, it } from 'vitest';
import multiRegionTrail from '../../src/checks/detection/cloudtrail-multi-region-trail-enabled.js';
import roleTrust from '../../src/checks/iam/iam-role-trust-no-public-principal.js';
import crossAccount from '../../src/checks/iam/s3-bucket-policy-cross-account-restricted.js';
import snapshotNotPublic from '../../src/checks/prevention/ec2-ebs-snapshot-not-public.js';
import launchTemplateImds from '../../src/checks/prevention/ec2-launch-template-imdsv2-required.js';
import keyNotPublic from '../../src/checks/prevention/kms-key-policy-not-public.js';
import publicRead from '../../src/checks/prevention/s3-bucket-no-public-read.js';
import publicWrite from '../../src/checks/prevention/s3-bucket-no-public-write.js';
import { knownFact, type OrganizationContext } from '../../src/data/organization.js';
import { kmsKey } from '../fixtures/kms.js';
import { lonelyMemberContext, memberContext, orgOnlyRcp, rcp, ROOT_ID } from '../fixtures/organizations.js';
import { evaluate, ok, verdicts } from '../helpers/check-harness.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'us-east-1' });
const doc = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const OWNER = { Grantee: { Type: 'CanonicalUser', ID: 'owner' }, Permission: 'FULL_CONTROL' };
const ALL_USERS_READ = { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' };
const PUBLIC_READ = doc({ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' });

function s3(check: typeof publicRead, organization: OrganizationContext, policy: string | null = PUBLIC_READ, grants: object[] = []) {
  return evaluate(
    check,
    {
      's3.bucketAcls': [{ bucket: bucket('site'), result: ok({ Owner: { ID: 'owner' }, Grants: [OWNER, ...grants] }) }],
      's3.bucketPolicies': [{ bucket: bucket('site'), result: ok(policy) }],
      's3.bucketPublicAccessBlocks': [{ bucket: bucket('site'), result: ok(null) }],
      's3.accountPublicAccessBlockRead': ok(null),
      'organizations.context': organization,
    },
    { region: 'global' },
  );
}

describe('resource control policies in public-grant verdicts', () => {
  it('passes a public bucket-policy grant that an organization scan finds neutralised by an RCP, naming it', () => {
    const findings = s3(publicRead, memberContext());
    expect(verdicts(findings)).toEqual([['PASS', 'site']]);
    expect(findings[0]!.message).toBe(
      `Bucket site is not publicly readable: policy statement 'PublicRead' allows s3:GetObject to everyone, but resource control policy OrgOnly (p-rcp0001, attached to ${ROOT_ID}; statement 'EnforceOrgIdentities') denies it to every principal outside organization o-a1b2c3d4e5. The grant is still in the bucket policy and takes effect again if the RCP is detached.`,
    );
  });

  it('neutralises a public ACL grant too, when the RCP denies every S3 action', () => {
    expect(s3(publicRead, memberContext(), null, [ALL_USERS_READ])[0]!.status).toBe('PASS');
  });

  it('keeps the FAIL in a member-account scan, saying RCPs could not be read', () => {
    const findings = s3(publicRead, lonelyMemberContext());
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('Resource control policies, which could neutralise this grant, were not taken into account: they cannot be read from a member account.');
  });

  it('keeps the FAIL in the management account: RCPs do not apply to it', () => {
    const findings = s3(publicRead, memberContext(undefined, { isManagementAccount: true }));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).not.toContain('resource control');
  });

  it('near miss: PrincipalIsAWSService under plain Bool lets anonymous S3 requests through', () => {
    const plainBool = memberContext(knownFact([rcp(orgOnlyRcp(undefined, { bool: 'Bool' }))]));
    expect(s3(publicRead, plainBool)[0]!.status).toBe('FAIL');
    // Role trust takes no anonymous requests: plain Bool is fine there.
    const role = { RoleName: 'open', Arn: 'arn:aws:iam::123456789012:role/open', AssumeRolePolicyDocument: encodeURIComponent(doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' })) };
    expect(evaluate(roleTrust, { 'iam.roles': [role], 'organizations.context': plainBool }, { region: 'global' })[0]!.status).toBe('PASS');
  });

  it('near miss: another condition key (source IP) can exempt callers, so the RCP does not neutralise', () => {
    const withIp = memberContext(knownFact([rcp(orgOnlyRcp(undefined, { conditions: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' }, NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }))]));
    expect(s3(publicRead, withIp)[0]!.status).toBe('FAIL');
  });

  it("near miss: plain StringNotEquals, another organization's id, or actions that miss the grant", () => {
    const plain = memberContext(knownFact([rcp(orgOnlyRcp(undefined, { conditions: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }))]));
    expect(s3(publicRead, plain)[0]!.status).toBe('FAIL');
    expect(s3(publicRead, memberContext(knownFact([rcp(orgOnlyRcp('o-other00000'))])))[0]!.status).toBe('FAIL');
    const putOnly = memberContext(knownFact([rcp(orgOnlyRcp(undefined, { actions: ['s3:PutObject'] }))]));
    expect(s3(publicRead, putOnly)[0]!.status).toBe('FAIL');
    const getOnly = memberContext(knownFact([rcp(orgOnlyRcp(undefined, { actions: ['s3:Get*'] }))]));
    expect(s3(publicRead, getOnly)[0]!.status).toBe('PASS');
  });

  it('applies to public write grants the same way', () => {
    const write = doc({ Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::site/*' });
    expect(s3(publicWrite, memberContext(), write)[0]!.status).toBe('PASS');
    expect(s3(publicWrite, lonelyMemberContext(), write)[0]!.status).toBe('FAIL');
  });

  it('passes a public KMS key policy under an RCP denying kms:* outside the organization', () => {
    const key = kmsKey('1234abcd-12ab-34cd-56ef-1234567890ab');
    const open = doc({ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' });
    const data = (organization: OrganizationContext) => ({ 'kms.keys': [key], 'kms.customerKeyPolicies': [{ key, policy: ok(open) }], 'organizations.context': organization });
    const findings = evaluate(keyNotPublic, data(memberContext()));
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('resource control policy OrgOnly');
    expect(evaluate(keyNotPublic, data(lonelyMemberContext()))[0]!.status).toBe('FAIL');
  });

  it('S3.6: drops a named account outside the organization that the RCP shuts out, but keeps a grant to everyone', () => {
    const outside = doc({ Sid: 'Partner', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 's3:PutBucketPolicy', Resource: 'arn:aws:s3:::site' });
    const data = (policy: string, organization: OrganizationContext) => ({ 's3.bucketPolicies': [{ bucket: bucket('site'), result: ok(policy) }], 'organizations.context': organization });
    const passed = evaluate(crossAccount, data(outside, memberContext()), { region: 'global' });
    expect(passed[0]!.status).toBe('PASS');
    expect(passed[0]!.message).toContain('resource control policy OrgOnly');
    const inside = doc({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::210987654321:root' }, Action: 's3:PutBucketPolicy', Resource: 'arn:aws:s3:::site' });
    expect(evaluate(crossAccount, data(inside, memberContext()), { region: 'global' })[0]!.status).toBe('FAIL');
    const everyone = doc({ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::site', 'arn:aws:s3:::site/*'] });
    const narrowed = evaluate(crossAccount, data(everyone, memberContext()), { region: 'global' });
    expect(narrowed[0]!.status).toBe('FAIL');
    expect(narrowed[0]!.message).toContain('narrows statement #1 to the accounts of organization o-a1b2c3d4e5, which keep the access');
    expect(evaluate(crossAccount, data(outside, lonelyMemberContext()), { region: 'global' })[0]!.status).toBe('FAIL');
  });
});

describe('declarative policies in EC2 account-setting verdicts', () => {
  const snapshot = { snapshot: { SnapshotId: 'snap-0123456789abcdef0' }, createVolumePermissions: ok([{ Group: 'all' }]) };
  it('passes a public snapshot when the organization enforces block_all_sharing, and says so', () => {
    const organization = memberContext(undefined, { declarativeEc2: knownFact({ snapshot_block_public_access: { state: 'block_all_sharing' } }) });
    const findings = evaluate(snapshotNotPublic, { 'ec2.snapshotSharing': [snapshot], 'ec2.snapshotBlockPublicAccess': ok('unblocked'), 'organizations.context': organization });
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain("enforced by the organization's EC2 declarative policy (snapshot_block_public_access.state block_all_sharing)");
    const none = evaluate(snapshotNotPublic, { 'ec2.snapshotSharing': [snapshot], 'ec2.snapshotBlockPublicAccess': ok('unblocked'), 'organizations.context': memberContext() });
    expect(none[0]!.status).toBe('FAIL');
  });

  it('passes a template without HttpTokens when the declarative policy makes IMDSv2 required; an explicit optional still fails', () => {
    const template = (options?: object) => ({
      template: { LaunchTemplateId: 'lt-0abc', LaunchTemplateName: 'web' },
      defaultVersion: ok({ VersionNumber: 1, LaunchTemplateData: options ? { MetadataOptions: options } : {} }),
    });
    const organization = memberContext(undefined, { declarativeEc2: knownFact({ instance_metadata_defaults: { http_tokens: { '@@assign': 'required' }, http_tokens_enforced: { '@@assign': 'enabled' } } }) });
    const data = (t: ReturnType<typeof template>) => ({ 'ec2.launchTemplates': [t], 'ec2.instanceMetadataDefaults': ok({}), 'organizations.context': organization });
    const unset = evaluate(launchTemplateImds, data(template()));
    expect(unset[0]!.status).toBe('PASS');
    expect(unset[0]!.message).toContain('declarative policy');
    const optional = evaluate(launchTemplateImds, data(template({ HttpTokens: 'optional' })));
    expect(optional[0]!.status).toBe('FAIL');
    expect(optional[0]!.message).toContain('so launches from it fail');
  });
});

describe('organization trails in the multi-Region trail verdict', () => {
  const ALL_MANAGEMENT = { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] }] };
  const orgTrail = (extra: object = {}) => ({ name: 'org-trail', arn: 'arn:aws:cloudtrail:us-east-1:999999999999:trail/org-trail', homeRegion: 'us-east-1', multiRegion: true, logging: true, selectors: ALL_MANAGEMENT, ...extra });
  const data = (organization: OrganizationContext) => ({ 'cloudtrail.trails': [], 'cloudtrail.trailStatuses': [], 'cloudtrail.eventSelectors': [], 'organizations.context': organization });

  it('passes a member with no trail of its own that the organization trail logs, and says so', () => {
    const findings = evaluate(multiRegionTrail, data(memberContext(undefined, { organizationTrails: knownFact([orgTrail()]) })), { region: 'global' });
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('Organization trail org-trail of management account 999999999999');
  });

  it('near miss: an organization trail that is not logging, or records only write events, does not cover it', () => {
    expect(evaluate(multiRegionTrail, data(memberContext(undefined, { organizationTrails: knownFact([orgTrail({ logging: false })]) })), { region: 'global' })[0]!.status).toBe('FAIL');
    const writeOnly = orgTrail({ selectors: { EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }] } });
    expect(evaluate(multiRegionTrail, data(memberContext(undefined, { organizationTrails: knownFact([writeOnly]) })), { region: 'global' })[0]!.status).toBe('FAIL');
  });

  it('keeps the FAIL when the organization trails could not be read', () => {
    expect(evaluate(multiRegionTrail, data(lonelyMemberContext()), { region: 'global' })[0]!.status).toBe('FAIL');
  });
});
