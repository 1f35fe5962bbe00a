import { describe, expect, it } from 'vitest';
import {
  coversEveryKmsKey,
  defaultVersionDocument,
  fullAdminStatements,
  inlinePolicies,
  isBoundaryOnly,
  isServiceWildcard,
  kmsDecryptAllKeysGrants,
  publicTrustStatements,
  serviceWildcardActions,
} from '../../../src/checks/lib/iam-policies.js';
import { parsePolicy } from '../../../src/policy/document.js';

const doc = (statement: unknown) => parsePolicy(encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: statement })));

describe('fullAdminStatements', () => {
  it('finds Allow "*" or "*:*" on a Resource list holding "*"', () => {
    expect(fullAdminStatements(doc({ Effect: 'Allow', Action: '*', Resource: '*' }))).toHaveLength(1);
    expect(fullAdminStatements(doc({ Effect: 'Allow', Action: ['s3:GetObject', '*:*'], Resource: ['arn:aws:s3:::b', '*'] }))).toHaveLength(1);
  });

  it('ignores Deny, NotAction, narrower resources and NotResource', () => {
    expect(fullAdminStatements(doc({ Effect: 'Deny', Action: '*', Resource: '*' }))).toEqual([]);
    expect(fullAdminStatements(doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }))).toEqual([]);
    expect(fullAdminStatements(doc({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/*' }))).toEqual([]);
    expect(fullAdminStatements(doc({ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::b' }))).toEqual([]);
  });
});

describe('service wildcards', () => {
  it.each(['*', '*:*', 's3:*', 'EC2:*', 'iam:**'])('%s grants a whole service', (action) => expect(isServiceWildcard(action)).toBe(true));
  it.each(['s3:Get*', 'ec2:Describe*', 's3:*Object', '*:Get*', 's3:GetObject', 's?:*'])('%s does not', (action) => expect(isServiceWildcard(action)).toBe(false));

  it('collects them from Allow statements only, each once', () => {
    const d = doc([
      { Effect: 'Allow', Action: ['s3:*', 'sqs:SendMessage'], Resource: 'arn:aws:s3:::b' },
      { Effect: 'Allow', Action: 's3:*', Resource: '*' },
      { Effect: 'Deny', Action: 'iam:*', Resource: '*' },
    ]);
    expect(serviceWildcardActions(d)).toEqual(['s3:*']);
  });
});

describe('KMS decrypt on all keys', () => {
  it('knows which resources cover every key', () => {
    const covers = (resource: unknown) => coversEveryKmsKey(doc({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: resource }).statements[0]!, 'aws');
    expect(covers('*')).toBe(true);
    expect(covers('arn:aws:kms:*:*:key/*')).toBe(true);
    expect(covers('arn:aws:kms:*:*:*')).toBe(true);
    expect(covers('arn:aws:kms:us-east-1:*:key/*')).toBe(false);
    expect(covers('arn:aws:kms:*:123456789012:key/*')).toBe(false);
    expect(covers('arn:aws:kms:*:*:alias/*')).toBe(false);
  });

  it('names the decrypt actions each statement grants', () => {
    const grants = kmsDecryptAllKeysGrants(
      doc([
        { Effect: 'Allow', Action: 'kms:Decrypt*', Resource: '*' },
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Allow', Action: 'kms:GenerateDataKey', Resource: '*' },
      ]),
      'aws',
    );
    expect(grants.map((g) => g.actions)).toEqual([['kms:Decrypt'], ['kms:Decrypt', 'kms:ReEncryptFrom']]);
  });
});

describe('publicTrustStatements', () => {
  const trust = (extra: Record<string, unknown>) => doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: '*' }, ...extra });

  it('flags everyone without a restricting condition', () => {
    expect(publicTrustStatements(trust({}))).toHaveLength(1);
    expect(publicTrustStatements(trust({ Principal: '*' }))).toHaveLength(1);
    expect(publicTrustStatements(trust({ Principal: { AWS: ['arn:aws:iam::111122223333:root', '*'] } }))).toHaveLength(1);
    expect(publicTrustStatements(trust({ Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }))).toHaveLength(1);
    expect(publicTrustStatements(trust({ Condition: { StringEquals: { 'sts:ExternalId': 'x' } } }))).toHaveLength(1);
  });

  it.each([
    ['aws:PrincipalAccount', '111122223333'],
    ['aws:PrincipalOrgID', 'o-a1b2c3d4e5'],
    ['aws:PrincipalOrgPaths', 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*'],
    ['aws:PrincipalArn', 'arn:aws:iam::111122223333:role/deploy-*'],
    ['aws:SourceAccount', '111122223333'],
    ['aws:SourceArn', 'arn:aws:sns:eu-west-1:111122223333:alerts'],
  ])('accepts a condition on %s as a restriction', (key, value) => expect(publicTrustStatements(trust({ Condition: { StringLike: { [key]: value } } }))).toEqual([]));

  it.each([
    ['a bare "*"', { StringLike: { 'aws:PrincipalAccount': '*' } }],
    ['a wildcard organization id', { StringLike: { 'aws:PrincipalOrgID': 'o-*' } }],
    ['a role ARN in any account (anyone can create one)', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/admin' } }],
    ['a negated operator', { StringNotEquals: { 'aws:PrincipalAccount': '111122223333' } }],
    ['a Null test', { Null: { 'aws:PrincipalOrgID': 'false' } }],
    ['IfExists on a source key, absent from requests of AWS principals', { StringEqualsIfExists: { 'aws:SourceAccount': '111122223333' } }],
  ])('near miss: a condition with %s on a restricting key restricts nothing', (_name, Condition) => {
    expect(publicTrustStatements(trust({ Condition }))).toHaveLength(1);
  });

  it('accepts aws:PrincipalAccount pinned to ${aws:ResourceAccount}, and IfExists on a principal key', () => {
    expect(publicTrustStatements(trust({ Condition: { StringEquals: { 'aws:PrincipalAccount': '${aws:ResourceAccount}' } } }))).toEqual([]);
    expect(publicTrustStatements(trust({ Condition: { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }))).toEqual([]);
  });

  it('ignores other principals and actions', () => {
    expect(publicTrustStatements(trust({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } }))).toEqual([]);
    expect(publicTrustStatements(trust({ Principal: { Service: 'ec2.amazonaws.com' } }))).toEqual([]);
    expect(publicTrustStatements(trust({ Action: 'sts:TagSession' }))).toEqual([]);
    expect(publicTrustStatements(trust({ Effect: 'Deny' }))).toEqual([]);
  });
});

describe('authorization details helpers', () => {
  it('takes the default version, by flag or by id', () => {
    const versions = [
      { VersionId: 'v1', IsDefaultVersion: false, Document: 'old' },
      { VersionId: 'v2', IsDefaultVersion: true, Document: 'new' },
    ];
    expect(defaultVersionDocument({ DefaultVersionId: 'v2', PolicyVersionList: versions })).toBe('new');
    expect(defaultVersionDocument({ DefaultVersionId: 'v1', PolicyVersionList: [{ VersionId: 'v1', Document: 'only' }] })).toBe('only');
    expect(defaultVersionDocument({ DefaultVersionId: 'v3', PolicyVersionList: versions.slice(0, 1) })).toBeUndefined();
  });

  it('tells boundary-only policies apart', () => {
    expect(isBoundaryOnly({ AttachmentCount: 0, PermissionsBoundaryUsageCount: 2 })).toBe(true);
    expect(isBoundaryOnly({ AttachmentCount: 1, PermissionsBoundaryUsageCount: 2 })).toBe(false);
    expect(isBoundaryOnly({ AttachmentCount: 0, PermissionsBoundaryUsageCount: 0 })).toBe(false);
  });

  it('lists inline policies of users, groups and roles', () => {
    const list = inlinePolicies({
      users: [{ UserName: 'u', Arn: 'arn:aws:iam::123456789012:user/u', UserPolicyList: [{ PolicyName: 'pu', PolicyDocument: 'x' }] }],
      groups: [{ GroupName: 'g', Arn: 'arn:aws:iam::123456789012:group/g', GroupPolicyList: [{ PolicyName: 'pg', PolicyDocument: 'y' }] }],
      roles: [{ RoleName: 'r', Arn: 'arn:aws:iam::123456789012:role/r' }],
      policies: [],
    });
    expect(list.map((p) => `${p.ownerKind}/${p.ownerName}/${p.policyName}`)).toEqual(['user/u/pu', 'group/g/pg']);
  });
});
