// Which conditions of a resource policy tie the caller down to a network, an account, an
// organization or a known resource: the one reading that every public-grant check uses (S3, KMS,
// role trust, and the resource policies of Lambda, SNS, SQS, Secrets Manager, ECR, EFS, API
// Gateway and OpenSearch). A condition that does not provably pin the caller counts as no condition.

import { isEveryone, statementCoversAction, type Condition, type PolicyDocument, type Statement } from './document.js';

export interface PinningContext {
  /**
   * The resource accepts unsigned requests (S3 buckets, API Gateway): then no request is sure to
   * carry the principal keys, and their IfExists forms let anonymous callers through.
   */
  anonymousRequests: boolean;
  /**
   * Read any wildcard or policy variable in a value as pinning nothing. Security Hub reads Lambda.1
   * that way; elsewhere an ARN or organization path with a wildcard after a literal account or
   * organization still pins.
   */
  strictWildcards?: boolean;
  /** Resource-specific conditions that pin (EFS: `elasticfilesystem:AccessedViaMountTarget` true). */
  extraPin?: (condition: Condition) => boolean;
}

/** Keys that name the caller's account, organization or identity (present on every signed request). */
const PRINCIPAL_KEYS = new Set(['aws:principalaccount', 'aws:principalarn', 'aws:principalorgid', 'aws:principalorgpaths']);
/** Keys present only when an AWS service calls on behalf of a resource (S3 to SNS, say). */
const SOURCE_KEYS = new Set(['aws:sourceaccount', 'aws:sourceowner', 'aws:sourcearn', 'aws:sourceorgid', 'aws:sourceorgpaths']);
/** Keys present only when the request comes through a VPC endpoint. */
const NETWORK_KEYS = new Set(['aws:sourcevpc', 'aws:sourcevpce']);
/** Keys a service sets on every request it serves. */
const ALWAYS_PRESENT = new Set(['kms:calleraccount']);
const OTHER_KEYS = new Set(['aws:sourceip', 'lambda:eventsourcetoken']);
/** Keys of requests made through an S3 access point, which S3 itself counts as not public. */
const ACCESS_POINT_KEYS = new Set(['s3:dataaccesspointaccount', 's3:dataaccesspointarn']);

export const PINNING_KEYS: ReadonlySet<string> = new Set([...PRINCIPAL_KEYS, ...SOURCE_KEYS, ...NETWORK_KEYS, ...ALWAYS_PRESENT, ...OTHER_KEYS, ...ACCESS_POINT_KEYS]);

const ACCOUNT_KEYS = new Set(['aws:principalaccount', 'aws:sourceaccount', 'aws:sourceowner', 'kms:calleraccount', 's3:dataaccesspointaccount']);
const ORG_ID_KEYS = new Set(['aws:principalorgid', 'aws:sourceorgid']);
const ORG_PATH_KEYS = new Set(['aws:principalorgpaths', 'aws:sourceorgpaths']);
const ARN_KEYS = new Set(['aws:principalarn', 'aws:sourcearn', 's3:dataaccesspointarn']);

/** Variables that stand for the resource's own account or organization: as fixed as a literal id. */
const RESOURCE_VARIABLES = new Set(['${aws:resourceaccount}', '${aws:resourceorgid}']);

// Operators under which a request passes only when the key holds one of the values (for an Allow),
// and the negated forms by which a Deny shuts out every other value.
const POSITIVE = new Set(['stringequals', 'stringequalsignorecase', 'stringlike', 'arnequals', 'arnlike', 'ipaddress']);
const NEGATED = new Set(['stringnotequals', 'stringnotequalsignorecase', 'stringnotlike', 'arnnotequals', 'arnnotlike', 'notipaddress']);

const hasWildcard = (value: string) => /[*?]/.test(value);
const hasVariable = (value: string) => value.includes('${');
const arnAccount = (arn: string): string | undefined => arn.split(':')[4];

/** Whether one value names a fixed network, account, organization or resource for this key. */
export function pinnedValue(key: string, raw: string, ctx: Pick<PinningContext, 'strictWildcards'> = {}): boolean {
  const value = raw.trim();
  if (value === '') return false;
  if (RESOURCE_VARIABLES.has(value.toLowerCase())) return key !== 'aws:sourceip';
  if (hasVariable(value)) return false;
  if (ctx.strictWildcards && hasWildcard(value)) return false;
  if (key === 'aws:sourceip') {
    const [address, prefix] = value.split('/');
    return !!address && !hasWildcard(value) && (prefix === undefined || Number(prefix) > 0);
  }
  if (ACCOUNT_KEYS.has(key)) return /^\d{12}$/.test(value);
  if (ORG_ID_KEYS.has(key)) return /^o-[a-z0-9]+$/i.test(value);
  // `o-abc/r-def/ou-ghi/*` pins to that part of one organization; `o-*/...` to anyone's.
  if (ORG_PATH_KEYS.has(key)) return /^o-[a-z0-9]+\//i.test(value);
  // An ARN pins when it names an account: a bucket ARN (`arn:aws:s3:::b`) does not, since anyone
  // can re-register a deleted bucket name, and `arn:aws:iam::*:role/x` matches a role anyone can make.
  if (ARN_KEYS.has(key)) return /^\d{12}$/.test(arnAccount(value) ?? '');
  return !hasWildcard(value);
}

/** Whether the request is sure to carry the key, so that an IfExists form pins as the plain one does. */
function alwaysPresent(key: string, ctx: PinningContext): boolean {
  if (ALWAYS_PRESENT.has(key)) return true;
  return PRINCIPAL_KEYS.has(key) && !ctx.anonymousRequests;
}

/**
 * Whether a condition of a statement with this effect lets only pinned callers through the grant
 * (Allow: the key must hold one of the values) or shuts out all others (Deny: the key must differ).
 */
export function conditionPins(condition: Condition, effect: Statement['effect'], ctx: PinningContext): boolean {
  if (ctx.extraPin?.(condition)) return true;
  if (!PINNING_KEYS.has(condition.key) || condition.values.length === 0) return false;
  let operator = condition.operator.toLowerCase();
  // ForAllValues passes a request whose key has no value at all; ForAnyValue on a single-valued key
  // is the plain operator.
  if (operator.startsWith('forallvalues:')) return false;
  if (operator.startsWith('foranyvalue:')) operator = operator.slice('foranyvalue:'.length);
  const ifExists = operator.endsWith('ifexists');
  if (ifExists) operator = operator.slice(0, -'ifexists'.length);
  if (effect === 'Allow') {
    if (!POSITIVE.has(operator)) return false;
    // A request without the key passes an IfExists condition.
    if (ifExists && !alwaysPresent(condition.key, ctx)) return false;
  } else {
    // A Deny's negated condition is true when the key is missing too, with or without IfExists.
    if (!NEGATED.has(operator)) return false;
  }
  if (operator.endsWith('ipaddress') !== (condition.key === 'aws:sourceip')) return false;
  return condition.values.every((value) => pinnedValue(condition.key, value, ctx));
}

/** The condition keys of the statement that pin the caller, each once. */
export function pinningKeys(st: Statement, ctx: PinningContext): string[] {
  return [...new Set(st.conditions.filter((c) => conditionPins(c, st.effect, ctx)).map((c) => c.key))];
}

/** An Allow to everyone: Principal `"*"`, `{"AWS": "*"}`, or NotPrincipal (everyone not named). */
export function allowsEveryone(st: Statement): boolean {
  return st.effect === 'Allow' && (isEveryone(st.principal) || st.notPrincipal !== undefined);
}

/** An Allow to everyone that no condition pins: what CHECKS.md and CHECKS-2.md call public. */
export function isPublicStatement(st: Statement, ctx: PinningContext): boolean {
  return allowsEveryone(st) && pinningKeys(st, ctx).length === 0;
}

export interface PublicStatement {
  statement: Statement;
  /** `'Sid'` or `#<position>`, for messages. */
  label: string;
  /** The actions it grants, as written (`every action except ...` for NotAction). */
  actions: string;
}

/**
 * The public statements of a policy, optionally only those granting one of `actions` (wildcards in
 * the statement count: `sqs:*` grants `sqs:SendMessage`).
 */
export function publicStatements(doc: PolicyDocument, ctx: PinningContext, actions?: readonly string[]): PublicStatement[] {
  return doc.statements.flatMap((statement, index) => {
    if (!isPublicStatement(statement, ctx)) return [];
    if (actions && !actions.some((action) => statementCoversAction(statement, action))) return [];
    return [{ statement, label: statement.sid ? `'${statement.sid}'` : `#${index + 1}`, actions: actionsText(statement) }];
  });
}

export function actionsText(st: Statement): string {
  if (st.actions) return st.actions.join(', ');
  return `every action except ${(st.notActions ?? []).join(', ')}`;
}
