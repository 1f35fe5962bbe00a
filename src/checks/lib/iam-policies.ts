// What the IAM policy checks look for in a parsed document: full administrator grants, whole-service
// wildcards, KMS decryption of every key, and trust policies open to everyone. Each function
// returns the offending statements or actions, so that findings can name them.

import type { ManagedPolicyDetail, PolicyDetail } from '@aws-sdk/client-iam';
import type { AuthorizationDetails } from '../../data/datasets/iam.js';
import { parsePolicy, PolicyParseError, resourceCovers, statementCoversAction, type PolicyDocument, type Statement } from '../../policy/document.js';
import { isPublicStatement, type PinningContext } from '../../policy/pinning.js';

/** How a statement is named in messages: its Sid, or its position. */
export function statementLabel(doc: PolicyDocument, st: Statement): string {
  return st.sid ? `statement ${st.sid}` : `statement ${doc.statements.indexOf(st) + 1}`;
}

const isAllAction = (action: string) => action === '*' || action === '*:*';

/**
 * Allow statements granting Action `*` (or `*:*`) on Resource `*`. Conditions do not exempt a
 * statement; NotAction statements are not `*:*` and are left to the narrower checks.
 */
export function fullAdminStatements(doc: PolicyDocument): Statement[] {
  return doc.statements.filter(
    (st) => st.effect === 'Allow' && (st.actions?.some(isAllAction) ?? false) && (st.resources?.includes('*') ?? false),
  );
}

/** `*`, `*:*`, or `<service>:*`: an action pattern granting every action of one or all services. */
export function isServiceWildcard(action: string): boolean {
  if (isAllAction(action)) return true;
  const [service, name, ...rest] = action.split(':');
  return rest.length === 0 && !!service && !/[*?]/.test(service) && name !== undefined && /^\*+$/.test(name);
}

/** The Action entries of Allow statements that grant a whole service (`s3:*`) or everything (`*`). */
export function serviceWildcardActions(doc: PolicyDocument): string[] {
  const found = doc.statements.filter((st) => st.effect === 'Allow').flatMap((st) => (st.actions ?? []).filter(isServiceWildcard));
  return [...new Set(found)];
}

export const KMS_DECRYPT_ACTIONS = ['kms:Decrypt', 'kms:ReEncryptFrom'] as const;

/**
 * Whether a statement applies to every KMS key: Resource `*`, or a pattern such as
 * `arn:aws:kms:*:*:key/*`. Two unlike key ARNs stand for "any key" so that a pattern pinned to one
 * region, account or key never passes for all of them.
 */
export function coversEveryKmsKey(st: Statement, partition: string): boolean {
  const anyKeys = [
    `arn:${partition}:kms:zz-probe-1:000000000000:key/00000000-0000-0000-0000-000000000000`,
    `arn:${partition}:kms:yy-other-9:999999999999:key/mrk-ffffffffffffffffffffffffffffffff`,
  ];
  return anyKeys.every((arn) => resourceCovers(st, arn));
}

export interface KmsDecryptGrant {
  statement: Statement;
  actions: string[];
}

/**
 * Allow statements that let the holder use kms:Decrypt or kms:ReEncryptFrom on every key
 * (`kms:*`, `kms:Decrypt*`, `*`, or a NotAction that leaves them out). Conditions are not considered.
 */
export function kmsDecryptAllKeysGrants(doc: PolicyDocument, partition: string): KmsDecryptGrant[] {
  return doc.statements
    .filter((st) => st.effect === 'Allow' && coversEveryKmsKey(st, partition))
    .map((st) => ({ statement: st, actions: KMS_DECRYPT_ACTIONS.filter((action) => statementCoversAction(st, action)) }))
    .filter((grant) => grant.actions.length > 0);
}

/**
 * AssumeRole requests are always signed: the principal keys are on every one. `sts:ExternalId` is a
 * shared secret, not a key that pins the caller.
 */
const TRUST_POLICY: PinningContext = { anonymousRequests: false };

/**
 * Trust statements that let anyone assume the role: an Allow covering sts:AssumeRole to `"*"`,
 * `{"AWS": "*"}` or a NotPrincipal (everyone not listed), with no condition pinning the caller's
 * account, organisation or ARN.
 */
export function publicTrustStatements(doc: PolicyDocument): Statement[] {
  return doc.statements.filter((st) => statementCoversAction(st, 'sts:AssumeRole') && isPublicStatement(st, TRUST_POLICY));
}

/** The default version's document of a managed policy from GetAccountAuthorizationDetails. */
export function defaultVersionDocument(policy: ManagedPolicyDetail): string | undefined {
  const versions = policy.PolicyVersionList ?? [];
  const byFlag = versions.find((v) => v.IsDefaultVersion === true);
  const byId = versions.find((v) => v.VersionId === policy.DefaultVersionId);
  return (byFlag ?? byId)?.Document;
}

/**
 * A customer managed policy used only as a permissions boundary: attached to no identity but
 * bounding at least one. The Security Hub controls leave these out by default.
 */
export function isBoundaryOnly(policy: ManagedPolicyDetail): boolean {
  return (policy.AttachmentCount ?? 0) === 0 && (policy.PermissionsBoundaryUsageCount ?? 0) > 0;
}

export interface InlinePolicy {
  ownerKind: 'user' | 'group' | 'role';
  ownerName: string;
  ownerArn: string;
  policyName: string;
  /** URL-encoded JSON as IAM returns it. */
  document: string | undefined;
}

/** Every inline policy of every user, group and role. */
export function inlinePolicies(details: AuthorizationDetails): InlinePolicy[] {
  const of = (ownerKind: InlinePolicy['ownerKind'], ownerName: string | undefined, ownerArn: string | undefined, list: PolicyDetail[] | undefined) =>
    (list ?? []).map((p) => ({
      ownerKind,
      ownerName: ownerName ?? 'unknown',
      ownerArn: ownerArn ?? '',
      policyName: p.PolicyName ?? 'unnamed',
      document: p.PolicyDocument,
    }));
  return [
    ...details.users.flatMap((u) => of('user', u.UserName, u.Arn, u.UserPolicyList)),
    ...details.groups.flatMap((g) => of('group', g.GroupName, g.Arn, g.GroupPolicyList)),
    ...details.roles.flatMap((r) => of('role', r.RoleName, r.Arn, r.RolePolicyList)),
  ];
}

/** The resource of a finding about an inline policy: it has no ARN of its own, so its owner's is used. */
export function inlinePolicyResource(policy: InlinePolicy): { id: string; arn: string } {
  return { id: `${policy.ownerKind}/${policy.ownerName}/${policy.policyName}`, arn: policy.ownerArn };
}

export function describeInline(policy: InlinePolicy): string {
  return `Inline policy ${policy.policyName} of ${policy.ownerKind} ${policy.ownerName}`;
}

/** Parses a document that may be missing; a missing one cannot be judged. */
export function parseDocument(document: string | undefined): PolicyDocument {
  if (document === undefined) throw new PolicyParseError('IAM returned no policy document');
  return parsePolicy(document);
}
