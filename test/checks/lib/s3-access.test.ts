import { describe, expect, it } from 'vitest';
import {
  allowAudiences,
  crossAccountGrants,
  effectiveBlock,
  globsOverlap,
  grantsAccess,
  publicAccessVerdict,
  publicGrants,
  type EffectiveBlock,
} from '../../../src/checks/lib/s3-access.js';
import { parsePolicy } from '../../../src/policy/document.js';

const OWNER = '123456789012';
const ARN = 'arn:aws:s3:::acme-web';
const NO_BLOCK = effectiveBlock(null, null);
const policy = (...statements: object[]) => parsePolicy({ Version: '2012-10-17', Statement: statements });
const allow = (extra: object) => ({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${ARN}/*`, ...extra });
const grantsOf = (doc: ReturnType<typeof policy> | null, block: EffectiveBlock = NO_BLOCK, acl: object = { Grants: [] }) =>
  publicGrants({ acl, policy: doc, block, bucketArn: ARN, owner: OWNER });
const allUsers = (Permission: string) => ({ Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission });
const authUsers = (Permission: string) => ({ Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers' }, Permission });

describe('effectiveBlock', () => {
  it('takes each setting from the bucket OR the account and remembers the level', () => {
    const block = effectiveBlock({ IgnorePublicAcls: true, RestrictPublicBuckets: false }, { IgnorePublicAcls: true, BlockPublicPolicy: true });
    expect(block).toEqual({ BlockPublicAcls: [], IgnorePublicAcls: ['bucket', 'account'], BlockPublicPolicy: ['account'], RestrictPublicBuckets: [] });
  });
});

describe('globsOverlap', () => {
  it.each([
    ['s3:Get*', 's3:Get*', true],
    ['*', 's3:List*', true],
    ['s3:*Object', 's3:Get*', true],
    ['s3:GetObject', 's3:get*', true],
    ['s3:Put*', 's3:Get*', false],
    ['s3:ListAllMyBuckets', 's3:Put*', false],
    ['iam:*', 's3:Get*', false],
    ['s3:?etObject', 's3:Get*', true],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(globsOverlap(a, b)).toBe(expected);
  });
});

describe('grantsAccess', () => {
  const st = (member: object) => policy({ Effect: 'Allow', Principal: '*', ...member }).statements[0]!;

  it('reads s3:Get* and s3:List* as read, s3:Put* and s3:Delete* as write, s3:* and * as both', () => {
    expect([grantsAccess(st({ Action: 's3:GetObject' }), 'read'), grantsAccess(st({ Action: 's3:GetObject' }), 'write')]).toEqual([true, false]);
    expect([grantsAccess(st({ Action: 's3:ListBucket' }), 'read'), grantsAccess(st({ Action: 's3:ListBucket' }), 'write')]).toEqual([true, false]);
    expect([grantsAccess(st({ Action: 's3:DeleteObject' }), 'read'), grantsAccess(st({ Action: 's3:DeleteObject' }), 'write')]).toEqual([false, true]);
    expect([grantsAccess(st({ Action: 's3:PutBucketAcl' }), 'read'), grantsAccess(st({ Action: 's3:PutBucketAcl' }), 'write')]).toEqual([false, true]);
    expect([grantsAccess(st({ Action: 's3:*' }), 'read'), grantsAccess(st({ Action: 's3:*' }), 'write')]).toEqual([true, true]);
    expect([grantsAccess(st({ Action: '*' }), 'read'), grantsAccess(st({ Action: '*' }), 'write')]).toEqual([true, true]);
  });

  it('reads NotAction as everything it does not list', () => {
    expect(grantsAccess(st({ NotAction: ['s3:Put*', 's3:Delete*'] }), 'read')).toBe(true);
    expect(grantsAccess(st({ NotAction: ['s3:Put*', 's3:Delete*'] }), 'write')).toBe(false);
    expect(grantsAccess(st({ NotAction: 's3:GetObject' }), 'read')).toBe(true);
  });

  it('near miss: actions of other services are neither', () => {
    expect(grantsAccess(st({ Action: 'kms:Decrypt' }), 'read')).toBe(false);
    expect(grantsAccess(st({ Action: 's3:AbortMultipartUpload' }), 'write')).toBe(false);
  });
});

describe('publicGrants: ACL', () => {
  it('reads AllUsers and AuthenticatedUsers grants by permission', () => {
    const grants = grantsOf(null, NO_BLOCK, { Grants: [allUsers('READ'), authUsers('WRITE_ACP'), allUsers('FULL_CONTROL')] });
    expect(grants.map((g) => [g.access, g.text])).toEqual([
      [['read'], 'the ACL grants READ to AllUsers (everyone)'],
      [['write'], 'the ACL grants WRITE_ACP to AuthenticatedUsers (any AWS account)'],
      [['read', 'write'], 'the ACL grants FULL_CONTROL to AllUsers (everyone)'],
    ]);
  });

  it('near miss: the owner and the log delivery group are not public', () => {
    const grants = grantsOf(null, NO_BLOCK, {
      Grants: [
        { Grantee: { Type: 'CanonicalUser', ID: 'abc' }, Permission: 'FULL_CONTROL' },
        { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/s3/LogDelivery' }, Permission: 'WRITE' },
      ],
    });
    expect(grants).toEqual([]);
  });

  it('reads a public group grant that an S3-compatible endpoint sends without Type, or with https and lower-case permission', () => {
    const grants = grantsOf(null, NO_BLOCK, {
      Grants: [
        { Grantee: { URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' },
        { Grantee: { Type: 'Group', URI: 'https://acs.amazonaws.com/groups/global/AuthenticatedUsers' }, Permission: 'write' },
      ],
    });
    expect(grants.map((g) => g.text)).toEqual(['the ACL grants READ to AllUsers (everyone)', 'the ACL grants WRITE to AuthenticatedUsers (any AWS account)']);
  });

  it('is neutralised by IgnorePublicAcls only, not by BlockPublicAcls', () => {
    expect(grantsOf(null, effectiveBlock({ IgnorePublicAcls: true }, null), { Grants: [allUsers('READ')] })[0]!.neutralisedBy).toBe('IgnorePublicAcls (bucket level)');
    expect(grantsOf(null, effectiveBlock({ BlockPublicAcls: true }, { BlockPublicAcls: true }), { Grants: [allUsers('READ')] })[0]!.neutralisedBy).toBeUndefined();
  });
});

describe('publicGrants: policy', () => {
  it('reads an Allow to "*" or {"AWS": "*"} as public', () => {
    expect(grantsOf(policy(allow({ Sid: 'PublicRead' })))).toEqual([{ source: 'policy', access: ['read'], text: "policy statement 'PublicRead' allows s3:GetObject to everyone", actions: ['s3:GetObject'], anonymous: true }]);
    expect(grantsOf(policy(allow({ Principal: { AWS: ['*'] } })))).toHaveLength(1);
  });

  it('reads an Allow with NotPrincipal as everyone', () => {
    const grants = grantsOf(policy(allow({ Principal: undefined, NotPrincipal: { AWS: `arn:aws:iam::${OWNER}:role/blocked` } })));
    expect(grants[0]!.text).toBe('policy statement #1 allows s3:GetObject to everyone not named in its NotPrincipal');
  });

  it('ignores named principals, services and Deny statements', () => {
    const doc = policy(
      allow({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } }),
      allow({ Principal: { Service: 'logging.s3.amazonaws.com' }, Action: 's3:PutObject' }),
      { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: `${ARN}/*` },
    );
    expect(grantsOf(doc)).toEqual([]);
  });

  it.each([
    ['aws:SourceIp with a /24', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }],
    ['aws:SourceIp with a bare address', { IpAddress: { 'aws:SourceIp': ['203.0.113.7'] } }],
    ['aws:SourceVpce', { StringEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' } }],
    ['aws:SourceVpc', { StringEquals: { 'aws:sourcevpc': 'vpc-0a1b2c3d' } }],
    ['aws:PrincipalOrgID', { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }],
    ['aws:PrincipalAccount', { StringEquals: { 'aws:PrincipalAccount': OWNER } }],
    ['aws:PrincipalArn with a path wildcard in a fixed account', { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${OWNER}:role/app-*` } }],
    ['aws:SourceAccount', { StringEquals: { 'aws:SourceAccount': OWNER } }],
    ['aws:SourceArn', { ArnEquals: { 'aws:SourceArn': 'arn:aws:cloudfront::123456789012:distribution/E1ABC' } }],
    ['ForAnyValue:StringLike aws:PrincipalOrgPaths', { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*' } }],
    ['s3:DataAccessPointAccount (access point delegation)', { StringEquals: { 's3:DataAccessPointAccount': OWNER } }],
    ['aws:PrincipalAccount equal to ${aws:ResourceAccount} (the bucket owner)', { StringEquals: { 'aws:PrincipalAccount': '${aws:ResourceAccount}' } }],
  ])('is not public when a condition pins the caller: %s', (_name, Condition) => {
    expect(grantsOf(policy(allow({ Condition })))).toEqual([]);
  });

  it.each([
    ['aws:SourceIp 0.0.0.0/0', { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }],
    ['aws:SourceIp with one narrow and one /0 range', { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '::/0'] } }],
    ['NotIpAddress (everyone else)', { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }],
    ['StringNotEquals aws:SourceVpce in an Allow', { StringNotEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' } }],
    ['StringEqualsIfExists aws:PrincipalAccount (anonymous callers lack the key)', { StringEqualsIfExists: { 'aws:PrincipalAccount': OWNER } }],
    ['a wildcard account in aws:PrincipalArn', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/app' } }],
    ['StringLike aws:PrincipalOrgID o-*', { StringLike: { 'aws:PrincipalOrgID': 'o-*' } }],
    ['a condition on the user agent', { StringLike: { 'aws:UserAgent': 'acme-sync/*' } }],
    ['aws:Referer (a header anyone can set)', { StringLike: { 'aws:Referer': 'https://www.example.com/*' } }],
    ['ForAllValues on aws:SourceVpce (true when the key is absent)', { 'ForAllValues:StringEquals': { 'aws:SourceVpce': 'vpce-0a1b2c3d' } }],
  ])('near miss: still public with %s', (_name, Condition) => {
    expect(grantsOf(policy(allow({ Condition })))).toHaveLength(1);
  });

  it('is not public when a Deny to everyone of s3:* pins callers to a VPC endpoint', () => {
    const deny = { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [ARN, `${ARN}/*`], Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' } } };
    expect(grantsOf(policy(allow({}), deny))).toEqual([]);
  });

  it('near miss: a Deny of s3:PutObject only, or one with an unrelated condition, does not pin reads', () => {
    const denyPut = { Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: [ARN, `${ARN}/*`], Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' } } };
    const denyOther = { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [ARN, `${ARN}/*`], Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' }, Bool: { 'aws:SecureTransport': 'false' } } };
    expect(grantsOf(policy(allow({}), denyPut))).toHaveLength(1);
    expect(grantsOf(policy(allow({}), denyOther))).toHaveLength(1);
  });

  it('is neutralised by RestrictPublicBuckets only, not by BlockPublicPolicy', () => {
    expect(grantsOf(policy(allow({})), effectiveBlock(null, { RestrictPublicBuckets: true }))[0]!.neutralisedBy).toBe('RestrictPublicBuckets (account level)');
    expect(grantsOf(policy(allow({})), effectiveBlock({ BlockPublicPolicy: true }, { BlockPublicPolicy: true }))[0]!.neutralisedBy).toBeUndefined();
  });
});

describe('publicAccessVerdict', () => {
  it('fails on a grant in force, naming it and the setting that is off', () => {
    const verdict = publicAccessVerdict('acme-web', grantsOf(policy(allow({ Sid: 'PublicRead' }))), 'read', true);
    expect(verdict).toEqual({
      exposed: true,
      message: "Bucket acme-web is publicly readable: policy statement 'PublicRead' allows s3:GetObject to everyone; Block Public Access RestrictPublicBuckets is off at both bucket and account level.",
    });
  });

  it('passes a neutralised grant and says it returns if the setting is lifted', () => {
    const verdict = publicAccessVerdict('acme-web', grantsOf(null, effectiveBlock(null, { IgnorePublicAcls: true }), { Grants: [allUsers('READ')] }), 'read', false);
    expect(verdict.exposed).toBe(false);
    expect(verdict.message).toBe(
      'Bucket acme-web is not publicly readable: the ACL grants READ to AllUsers (everyone), but IgnorePublicAcls (account level) neutralises it. The grant takes effect again if that setting is turned off.',
    );
  });

  it('judges read and write apart', () => {
    const grants = grantsOf(policy(allow({})));
    expect(publicAccessVerdict('acme-web', grants, 'write', true)).toEqual({ exposed: false, message: 'Bucket acme-web grants no public write, delete or permission-change access through its ACL or bucket policy.' });
  });
});

describe('crossAccountGrants', () => {
  const sensitive = (extra: object) => allow({ Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:PutBucketPolicy', Resource: ARN, ...extra });

  it('reports another account, by id or ARN, granted a sensitive action', () => {
    expect(crossAccountGrants(policy(sensitive({ Sid: 'Partner' })), ARN, OWNER)).toEqual([{ label: "'Partner'", principals: ['arn:aws:iam::111122223333:root'], actions: ['s3:PutBucketPolicy'] }]);
    expect(crossAccountGrants(policy(sensitive({ Principal: { AWS: '111122223333' }, Action: 's3:Put*' })), ARN, OWNER)[0]!.actions).toEqual([
      's3:PutBucketAcl',
      's3:PutBucketPolicy',
      's3:PutEncryptionConfiguration',
      's3:PutObjectAcl',
    ]);
  });

  it('reports everyone, unless a condition ties the caller to the owner account', () => {
    expect(crossAccountGrants(policy(sensitive({ Principal: '*', Action: 's3:*' })), ARN, OWNER)[0]!.principals).toEqual(['everyone']);
    expect(crossAccountGrants(policy(sensitive({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': OWNER } } })), ARN, OWNER)).toEqual([]);
    expect(crossAccountGrants(policy(sensitive({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } })), ARN, OWNER)).toHaveLength(1);
  });

  it('near miss: aws:PrincipalAccount equal to ${aws:ResourceAccount} ties the caller to the owner account', () => {
    const own = sensitive({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': '${aws:ResourceAccount}' } } });
    expect(crossAccountGrants(policy(own), ARN, OWNER)).toEqual([]);
  });

  it('near miss: the owner account, its roles, services and deleted principals are not outside', () => {
    const doc = policy(
      sensitive({ Principal: { AWS: [`arn:aws:iam::${OWNER}:root`, `arn:aws:iam::${OWNER}:role/admin`, OWNER, 'AROAEXAMPLEDELETED'] } }),
      sensitive({ Principal: { Service: 'cloudtrail.amazonaws.com' } }),
    );
    expect(crossAccountGrants(doc, ARN, OWNER)).toEqual([]);
  });

  it('near miss: another account granted only read actions is not reported', () => {
    expect(crossAccountGrants(policy(sensitive({ Action: ['s3:GetObject', 's3:ListBucket', 's3:PutObject'] })), ARN, OWNER)).toEqual([]);
  });

  it('names the audience of each Allow once', () => {
    const audiences = allowAudiences(policy(allow({ Principal: { AWS: ['*', 'arn:aws:iam::111122223333:root'] } })), ARN, OWNER);
    expect(audiences.map((a) => [a.everyone, a.outside])).toEqual([[true, ['arn:aws:iam::111122223333:root']]]);
  });
});
