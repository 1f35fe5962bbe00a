// Who a bucket lets in: Block Public Access as it applies to the bucket (bucket OR account), public
// grants of the ACL and the bucket policy, and policy grants to principals outside the account.
// One reading shared by the public-read, public-write and cross-account checks, so they cannot
// disagree about the same statement.

import type { Grant, Grantee, PublicAccessBlockConfiguration } from '@aws-sdk/client-s3';
import type { BucketAcl } from '../../data/datasets/s3.js';
import { actionMatches, isEveryone, resourceCovers, statementCoversAction, type Condition, type PolicyDocument, type Statement } from '../../policy/document.js';
import { conditionPins, type PinningContext } from '../../policy/pinning.js';

export const BPA_SETTINGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;
export type BpaSetting = (typeof BPA_SETTINGS)[number];
export type BpaLevel = 'bucket' | 'account';

/** For each setting, the levels at which it is on; empty means off. */
export type EffectiveBlock = Record<BpaSetting, BpaLevel[]>;

export function effectiveBlock(bucket: PublicAccessBlockConfiguration | null, account: PublicAccessBlockConfiguration | null): EffectiveBlock {
  const levels = (setting: BpaSetting): BpaLevel[] => [
    ...(bucket?.[setting] === true ? (['bucket'] as const) : []),
    ...(account?.[setting] === true ? (['account'] as const) : []),
  ];
  return Object.fromEntries(BPA_SETTINGS.map((setting) => [setting, levels(setting)])) as EffectiveBlock;
}

export function levelsText(levels: readonly BpaLevel[]): string {
  return levels.length === 2 ? 'bucket and account level' : `${levels[0] ?? 'no'} level`;
}

/** The four settings of one level, all true. */
export function allFourOn(config: PublicAccessBlockConfiguration | null | undefined): boolean {
  return BPA_SETTINGS.every((setting) => config?.[setting] === true);
}

export function settingsOff(config: PublicAccessBlockConfiguration | null | undefined): BpaSetting[] {
  return BPA_SETTINGS.filter((setting) => config?.[setting] !== true);
}

export type Access = 'read' | 'write';

export interface PublicGrant {
  source: 'acl' | 'policy';
  access: Access[];
  /** A clause naming the grant, e.g. `the ACL grants READ to AllUsers (everyone)`. */
  text: string;
  /** The Block Public Access setting and level that make AWS ignore the grant, when one does. */
  neutralisedBy?: string;
  /** The actions granted, for resource control policies; undefined for NotAction (every action but some). */
  actions: string[] | undefined;
  /** The grant admits unsigned requests (AllUsers, or a policy Allow to everyone). */
  anonymous: boolean;
}

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

const ACL_ACCESS: Record<string, Access[]> = {
  READ: ['read'],
  READ_ACP: ['read'],
  WRITE: ['write'],
  WRITE_ACP: ['write'],
  FULL_CONTROL: ['read', 'write'],
};

export type GranteeKind = 'Group' | 'CanonicalUser' | 'AmazonCustomerByEmail' | 'unknown';

/**
 * The grantee's type. `Type` is an XML attribute that some S3-compatible endpoints leave out, so
 * without it the member present says what the grantee is: a URI is a group, an ID a canonical user.
 */
export function granteeKind(grantee: Grantee | undefined): GranteeKind {
  const type = grantee?.Type?.toLowerCase();
  if (type === 'group' || (!type && grantee?.URI)) return 'Group';
  if (type === 'canonicaluser' || (!type && grantee?.ID)) return 'CanonicalUser';
  if (type === 'amazoncustomerbyemail' || (!type && grantee?.EmailAddress)) return 'AmazonCustomerByEmail';
  return 'unknown';
}

/** AllUsers or AuthenticatedUsers when the grantee is one of the public groups, whatever the URI's scheme or case. */
export function publicGroupOf(grantee: Grantee | undefined): 'AllUsers' | 'AuthenticatedUsers' | undefined {
  if (granteeKind(grantee) !== 'Group' || !grantee?.URI) return undefined;
  const uri = grantee.URI.trim().toLowerCase().replace(/^https:/, 'http:').replace(/\/+$/, '');
  return uri === ALL_USERS.toLowerCase() ? 'AllUsers' : uri === AUTHENTICATED_USERS.toLowerCase() ? 'AuthenticatedUsers' : undefined;
}

/** The grant's permission in AWS's spelling (READ, WRITE_ACP, FULL_CONTROL...). */
export function permissionOf(grant: Grant): string | undefined {
  return grant.Permission ? grant.Permission.trim().toUpperCase() : undefined;
}

export function publicAclGrants(acl: BucketAcl): Array<{ group: 'AllUsers' | 'AuthenticatedUsers'; permission: string; access: Access[] }> {
  return (acl.Grants ?? []).flatMap((grant) => {
    const group = publicGroupOf(grant.Grantee);
    const permission = permissionOf(grant);
    const access = permission ? ACL_ACCESS[permission] : undefined;
    return group && permission && access ? [{ group, permission, access }] : [];
  });
}

// The action families of S3.2 and S3.3: s3:Get* and s3:List* read, s3:Put* and s3:Delete* write.
const ACCESS_FAMILIES: Record<Access, string[]> = { read: ['s3:Get*', 's3:List*'], write: ['s3:Put*', 's3:Delete*'] };

// Concrete actions of each family, to judge NotAction (which grants what it does not list).
const ACCESS_ACTIONS: Record<Access, string[]> = {
  read: [
    'GetObject', 'GetObjectVersion', 'GetObjectAcl', 'GetObjectVersionAcl', 'GetObjectTagging', 'GetObjectVersionTagging',
    'GetObjectAttributes', 'GetObjectVersionAttributes', 'GetObjectLegalHold', 'GetObjectRetention', 'GetObjectTorrent',
    'GetObjectVersionTorrent', 'GetObjectVersionForReplication', 'GetBucketAcl', 'GetBucketPolicy', 'GetBucketPolicyStatus',
    'GetBucketLocation', 'GetBucketLogging', 'GetBucketNotification', 'GetBucketVersioning', 'GetBucketTagging', 'GetBucketCORS',
    'GetBucketWebsite', 'GetBucketPublicAccessBlock', 'GetBucketOwnershipControls', 'GetBucketObjectLockConfiguration',
    'GetBucketRequestPayment', 'GetEncryptionConfiguration', 'GetLifecycleConfiguration', 'GetReplicationConfiguration',
    'GetAccelerateConfiguration', 'GetAnalyticsConfiguration', 'GetInventoryConfiguration', 'GetMetricsConfiguration',
    'GetIntelligentTieringConfiguration', 'ListBucket', 'ListBucketVersions', 'ListBucketMultipartUploads', 'ListMultipartUploadParts',
  ].map((name) => `s3:${name}`),
  write: [
    'PutObject', 'PutObjectAcl', 'PutObjectVersionAcl', 'PutObjectTagging', 'PutObjectVersionTagging', 'PutObjectLegalHold',
    'PutObjectRetention', 'DeleteObject', 'DeleteObjectVersion', 'DeleteObjectTagging', 'DeleteObjectVersionTagging', 'PutBucketPolicy',
    'DeleteBucketPolicy', 'PutBucketAcl', 'PutBucketLogging', 'PutBucketNotification', 'PutBucketVersioning', 'PutBucketTagging',
    'DeleteBucketTagging', 'PutBucketCORS', 'PutBucketWebsite', 'DeleteBucketWebsite', 'PutBucketPublicAccessBlock',
    'PutBucketOwnershipControls', 'DeleteBucketOwnershipControls', 'PutBucketObjectLockConfiguration', 'PutBucketRequestPayment',
    'PutEncryptionConfiguration', 'PutLifecycleConfiguration', 'PutReplicationConfiguration', 'PutAccelerateConfiguration',
    'PutAnalyticsConfiguration', 'PutInventoryConfiguration', 'PutMetricsConfiguration', 'PutIntelligentTieringConfiguration', 'DeleteBucket',
  ].map((name) => `s3:${name}`),
};

/** The five actions of S3.6 that must not be granted outside the account. */
export const SENSITIVE_ACTIONS = ['s3:DeleteBucketPolicy', 's3:PutBucketAcl', 's3:PutBucketPolicy', 's3:PutEncryptionConfiguration', 's3:PutObjectAcl'] as const;

/**
 * Whether some string matches both globs (`*` and `?`, case-insensitive). Bottom-up over the two
 * patterns, one row at a time: time grows with the product of their lengths and memory with one of
 * them, and no pattern written into a policy can exhaust the stack (a recursive walk overflowed on
 * a 9 KB action of stars, turning a public bucket's FAIL into an ERROR).
 */
export function globsOverlap(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // next[j]: whether x[i+1..] and y[j..] can match a common string; cur[j]: the same for x[i..].
  let next = new Array<boolean>(y.length + 1).fill(false);
  let cur = new Array<boolean>(y.length + 1).fill(false);
  for (let i = x.length; i >= 0; i--) {
    for (let j = y.length; j >= 0; j--) {
      let result: boolean;
      if (i === x.length && j === y.length) result = true;
      else if (i < x.length && x[i] === '*') result = next[j]! || (j < y.length && cur[j + 1]!);
      else if (j < y.length && y[j] === '*') result = cur[j + 1]! || (i < x.length && next[j]!);
      else if (i < x.length && j < y.length) result = (x[i] === '?' || y[j] === '?' || x[i] === y[j]) && next[j + 1]!;
      else result = false;
      cur[j] = result;
    }
    [next, cur] = [cur, next];
  }
  return next[0]!;
}

/** Whether the statement grants some action of the family. */
export function grantsAccess(st: Statement, access: Access): boolean {
  if (st.actions) return st.actions.some((pattern) => ACCESS_FAMILIES[access].some((family) => globsOverlap(pattern, family)));
  return ACCESS_ACTIONS[access].some((action) => statementCoversAction(st, action));
}

export function statementLabel(st: Statement, index: number): string {
  return st.sid ? `'${st.sid}'` : `#${index + 1}`;
}

function actionsText(st: Statement): string {
  if (st.actions) return st.actions.join(', ');
  return `every action except ${(st.notActions ?? []).join(', ')}`;
}

// Bucket policies also serve unsigned requests, so the principal keys are not on every request.
const BUCKET_POLICY: PinningContext = { anonymousRequests: true };

/** Keys whose values name an account, and the variable that stands for the bucket's own. */
const OWNER_ID_KEYS = new Set(['aws:principalaccount', 'aws:sourceaccount', 'aws:sourceowner', 's3:dataaccesspointaccount']);
const ARN_KEYS = new Set(['aws:principalarn', 'aws:sourcearn', 's3:dataaccesspointarn']);
const OWN_ACCOUNT = '${aws:resourceaccount}';
const arnAccount = (arn: string): string | undefined => arn.split(':')[4];

function ownedBy(key: string, value: string, owner: string): boolean {
  if (OWNER_ID_KEYS.has(key)) return value === owner || value.trim().toLowerCase() === OWN_ACCOUNT;
  if (ARN_KEYS.has(key)) return arnAccount(value) === owner;
  return false;
}

interface Pin {
  key: string;
  /** The condition limits callers to the owner account. */
  toOwner: boolean;
}

function conditionPin(condition: Condition, effect: Statement['effect'], owner: string): Pin | undefined {
  if (!conditionPins(condition, effect, BUCKET_POLICY)) return undefined;
  return { key: condition.key, toOwner: condition.values.every((value) => ownedBy(condition.key, value, owner)) };
}

function statementPins(st: Statement, owner: string): Pin[] {
  return st.conditions.flatMap((condition) => conditionPin(condition, st.effect, owner) ?? []);
}

/** An action pattern that matches every S3 action (`s3:*`, `*`), as opposed to some of them. */
export function matchesAllS3Actions(pattern: string): boolean {
  return actionMatches(pattern, 's3:') && actionMatches(pattern, 's3:x');
}

const coversAllS3 = (st: Statement) => !!st.actions?.some(matchesAllS3Actions);

/**
 * A Deny to everyone of all S3 actions on the bucket and its objects whose every condition excludes
 * callers outside a fixed network, account or organization: what it leaves allowed is pinned.
 */
function pinningDeny(st: Statement, bucketArn: string, owner: string): Pin[] | undefined {
  if (st.effect !== 'Deny' || st.notPrincipal || !isEveryone(st.principal) || !coversAllS3(st)) return undefined;
  if (!resourceCovers(st, bucketArn) || !resourceCovers(st, `${bucketArn}/*`) || st.conditions.length === 0) return undefined;
  const pins = statementPins(st, owner);
  return pins.length === st.conditions.length ? pins : undefined;
}

export interface AllowAudience {
  statement: Statement;
  label: string;
  /** Everyone may use it: Principal "*" or {"AWS": "*"}, or NotPrincipal. */
  everyone: boolean;
  viaNotPrincipal: boolean;
  /** Condition keys (of this statement or of a pinning Deny) that tie the caller down. */
  pinnedBy: string[];
  /** The caller is tied to the owner account. */
  pinnedToOwner: boolean;
  /** Named principals outside the owner account. */
  outside: string[];
}

function outsidePrincipals(st: Statement, owner: string): string[] {
  const p = st.principal;
  if (!p || p === '*') return [];
  const accountOf = (value: string) => (/^\d{12}$/.test(value) ? value : /^arn:[^:]+:(iam|sts)::/.test(value) ? arnAccount(value) : undefined);
  return [
    // Unique ids (AIDA..., AROA...) stand for deleted principals and let nobody in.
    ...(p.AWS ?? []).filter((value) => value !== '*' && accountOf(value) !== undefined && accountOf(value) !== owner),
    ...(p.Federated ?? []).filter((value) => !value.startsWith('arn:') || arnAccount(value) !== owner).map((value) => `federated ${value}`),
    ...(p.CanonicalUser ?? []).map((value) => `canonical user ${value}`),
  ];
}

/** Every Allow of the bucket policy: who it lets in, and what narrows it. */
export function allowAudiences(policy: PolicyDocument, bucketArn: string, owner: string): AllowAudience[] {
  const denyPins = policy.statements.flatMap((st) => pinningDeny(st, bucketArn, owner) ?? []);
  return policy.statements.flatMap((st, index) => {
    if (st.effect !== 'Allow') return [];
    const viaNotPrincipal = st.notPrincipal !== undefined;
    const everyone = viaNotPrincipal || isEveryone(st.principal);
    const pins = everyone ? [...statementPins(st, owner), ...denyPins] : [];
    return [
      {
        statement: st,
        label: statementLabel(st, index),
        everyone,
        viaNotPrincipal,
        pinnedBy: [...new Set(pins.map((pin) => pin.key))],
        pinnedToOwner: pins.some((pin) => pin.toOwner),
        outside: outsidePrincipals(st, owner),
      },
    ];
  });
}

function whom(audience: AllowAudience): string {
  return audience.viaNotPrincipal ? 'everyone not named in its NotPrincipal' : 'everyone';
}

/** Public grants of the ACL and the policy, each marked when Block Public Access neutralises it. */
export function publicGrants(input: { acl: BucketAcl; policy: PolicyDocument | null; block: EffectiveBlock; bucketArn: string; owner: string }): PublicGrant[] {
  const { acl, policy, block } = input;
  const ignoreAcls = block.IgnorePublicAcls;
  const restrict = block.RestrictPublicBuckets;
  const aclGrants = publicAclGrants(acl).map(
    (grant): PublicGrant => ({
      source: 'acl',
      access: grant.access,
      text: `the ACL grants ${grant.permission} to ${grant.group} (${grant.group === 'AllUsers' ? 'everyone' : 'any AWS account'})`,
      // What an ACL permission allows is not written as actions: only an RCP denying every S3 action covers it.
      actions: ['s3:*'],
      anonymous: grant.group === 'AllUsers',
      ...(ignoreAcls.length ? { neutralisedBy: `IgnorePublicAcls (${levelsText(ignoreAcls)})` } : {}),
    }),
  );
  const policyGrants = policy
    ? allowAudiences(policy, input.bucketArn, input.owner)
        .filter((audience) => audience.everyone && audience.pinnedBy.length === 0)
        .flatMap((audience): PublicGrant[] => {
          const access = (['read', 'write'] as const).filter((kind) => grantsAccess(audience.statement, kind));
          if (access.length === 0) return [];
          return [
            {
              source: 'policy',
              access,
              text: `policy statement ${audience.label} allows ${actionsText(audience.statement)} to ${whom(audience)}`,
              actions: audience.statement.actions,
              anonymous: true,
              ...(restrict.length ? { neutralisedBy: `RestrictPublicBuckets (${levelsText(restrict)})` } : {}),
            },
          ];
        })
    : [];
  return [...aclGrants, ...policyGrants];
}

export interface CrossAccountGrant {
  label: string;
  /** Who outside the account: named principals, or everyone. */
  principals: string[];
  /** The sensitive actions the statement grants. */
  actions: string[];
}

/** Allows of the sensitive S3.6 actions to anyone outside the owner account. */
export function crossAccountGrants(policy: PolicyDocument, bucketArn: string, owner: string): CrossAccountGrant[] {
  return allowAudiences(policy, bucketArn, owner).flatMap((audience) => {
    const actions = SENSITIVE_ACTIONS.filter((action) => statementCoversAction(audience.statement, action));
    if (actions.length === 0) return [];
    const principals = [...(audience.everyone && !audience.pinnedToOwner ? [whom(audience)] : []), ...audience.outside];
    return principals.length ? [{ label: audience.label, principals, actions }] : [];
  });
}

const ACCESS_WORDS: Record<Access, { adjective: string; noun: string }> = {
  read: { adjective: 'publicly readable', noun: 'public read or list access' },
  write: { adjective: 'publicly writable', noun: 'public write, delete or permission-change access' },
};

/** The verdict of S3.2 (read) or S3.3 (write) on one bucket, once Block Public Access is applied. */
export function publicAccessVerdict(
  bucketName: string,
  grants: readonly PublicGrant[],
  access: Access,
  hasPolicy: boolean,
): { exposed: boolean; message: string } {
  const words = ACCESS_WORDS[access];
  const relevant = grants.filter((grant) => grant.access.includes(access));
  const effective = relevant.filter((grant) => !grant.neutralisedBy);
  if (effective.length) {
    const off = [
      ...(effective.some((g) => g.source === 'acl') ? ['IgnorePublicAcls'] : []),
      ...(effective.some((g) => g.source === 'policy') ? ['RestrictPublicBuckets'] : []),
    ];
    return {
      exposed: true,
      message: `Bucket ${bucketName} is ${words.adjective}: ${effective.map((g) => g.text).join('; ')}; Block Public Access ${off.join(' and ')} ${off.length > 1 ? 'are' : 'is'} off at both bucket and account level.`,
    };
  }
  if (relevant.length) {
    const neutralised = relevant.map((g) => `${g.text}, but ${g.neutralisedBy} neutralises it`).join('; ');
    return { exposed: false, message: `Bucket ${bucketName} is not ${words.adjective}: ${neutralised}. The grant takes effect again if that setting is turned off.` };
  }
  const where = hasPolicy ? 'its ACL or bucket policy' : 'its ACL and it has no bucket policy';
  return { exposed: false, message: `Bucket ${bucketName} grants no ${words.noun} through ${where}.` };
}
