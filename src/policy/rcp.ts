// When a resource control policy neutralises a public or cross-account grant (§3.2 of the part-3
// catalogue). The rule is a strict shape match: an RCP statement that denies every granted action on
// the resource to every principal outside this organization, with no condition that could exempt an
// outside caller. Anything else counts as not neutralising. The grant stays in the resource policy
// and takes effect again if the RCP is detached, which every message says.

import { wildcardMatch } from '../glob.js';
import type { AppliedRcp, OrganizationContext } from '../data/organization.js';
import { isEveryone, parsePolicy, PolicyParseError, resourceCovers, type Condition, type Statement } from './document.js';

export interface RcpGrant {
  /** The actions granted, as written; undefined for a NotAction grant (every action but some). */
  actions: readonly string[] | undefined;
  /** The service whose actions the grant is about (`s3`, `kms`, `sts`). */
  service: string;
  /** The ARNs the grant covers (a bucket and its objects, a key, a role). */
  resources: readonly string[];
  /** The grant admits unsigned requests (S3 grants to everyone), which carry no principal keys. */
  anonymous: boolean;
}

export type RcpOutcome =
  /** An RCP denies the grant to everyone outside the organization. */
  | { kind: 'neutralised'; policy: AppliedRcp; statement: string; organizationId: string }
  /** RCPs apply but none of them neutralises the grant. */
  | { kind: 'none' }
  /** RCPs do not apply (management account, no organization). */
  | { kind: 'not-applicable'; reason: string }
  /** The RCPs that apply could not be read: the verdict ignores them and says so. */
  | { kind: 'unknown'; reason: string };

const ORG_ID = 'aws:principalorgid';
const ACCOUNT = 'aws:principalaccount';
const IS_AWS_SERVICE = 'aws:principalisawsservice';

/** Whether a condition keeps only callers from outside the organization inside the Deny. */
function outsideOnly(condition: Condition, organizationId: string, accounts: ReadonlySet<string> | undefined): boolean {
  // IfExists: a request without the key (anonymous) matches the Deny too.
  if (condition.operator.toLowerCase() !== 'stringnotequalsifexists' || condition.values.length === 0) return false;
  if (condition.key === ORG_ID) return condition.values.every((v) => v === organizationId);
  if (condition.key === ACCOUNT) return !!accounts && condition.values.every((v) => accounts.has(v));
  return false;
}

/** `aws:PrincipalIsAWSService` false: AWS services are spared. Under plain Bool an anonymous request (no key) escapes the Deny. */
function sparesServicesOnly(condition: Condition, anonymous: boolean): boolean {
  if (condition.key !== IS_AWS_SERVICE || condition.values.length !== 1 || condition.values[0]!.toLowerCase() !== 'false') return false;
  const operator = condition.operator.toLowerCase();
  return operator === 'boolifexists' || (operator === 'bool' && !anonymous);
}

/** Whether the statement's actions cover every granted action (a pattern covers another it matches as text). */
function coversActions(st: Statement, grant: RcpGrant): boolean {
  if (!st.actions) return false;
  const granted = grant.actions ?? [`${grant.service}:*`];
  return granted.every((action) => st.actions!.some((pattern) => wildcardMatch(pattern, action, { ignoreCase: true })));
}

/** Whether one RCP statement neutralises the grant, per the rule of §3.2. */
export function statementNeutralises(st: Statement, grant: RcpGrant, organizationId: string, accounts?: ReadonlySet<string>): boolean {
  if (st.effect !== 'Deny' || st.notPrincipal || !isEveryone(st.principal)) return false;
  if (!coversActions(st, grant)) return false;
  if (!grant.resources.every((arn) => resourceCovers(st, arn))) return false;
  const pinning = st.conditions.filter((c) => outsideOnly(c, organizationId, accounts));
  const others = st.conditions.filter((c) => !pinning.includes(c));
  return pinning.length > 0 && others.every((c) => sparesServicesOnly(c, grant.anonymous));
}

/** What the organization's RCPs make of one grant in this account. */
export function rcpOutcome(context: OrganizationContext, grant: RcpGrant): RcpOutcome {
  if (context.isManagementAccount) return { kind: 'not-applicable', reason: 'resource control policies do not apply to the management account' };
  const rcps = context.resourceControlPolicies;
  if (!rcps.known) return { kind: 'unknown', reason: rcps.reason };
  if (!context.organization) return { kind: 'not-applicable', reason: 'the account is in no organization' };
  const accounts = context.accountIds.known ? new Set(context.accountIds.value) : undefined;
  for (const policy of rcps.value) {
    let statements: Statement[];
    try {
      statements = parsePolicy(policy.content).statements;
    } catch (err) {
      // An RCP we cannot read neutralises nothing: the grant is judged as written.
      if (err instanceof PolicyParseError) continue;
      throw err;
    }
    const index = statements.findIndex((st) => statementNeutralises(st, grant, context.organization!.id, accounts));
    if (index >= 0) {
      const st = statements[index]!;
      return { kind: 'neutralised', policy, statement: st.sid ? `'${st.sid}'` : `#${index + 1}`, organizationId: context.organization.id };
    }
  }
  return { kind: 'none' };
}

/** The sentence a PASS gives for a neutralised grant, naming the RCP. */
export function neutralisedText(outcome: Extract<RcpOutcome, { kind: 'neutralised' }>, where: string): string {
  return (
    `resource control policy ${outcome.policy.name} (${outcome.policy.id}, attached to ${outcome.policy.target}; statement ${outcome.statement}) denies it to every principal outside organization ${outcome.organizationId}. ` +
    `The grant is still in the ${where} and takes effect again if the RCP is detached`
  );
}

/** The sentence a FAIL adds when the RCPs could not be read. */
export function unknownRcpText(outcome: Extract<RcpOutcome, { kind: 'unknown' }>): string {
  return ` Resource control policies, which could neutralise this grant, were not taken into account: ${outcome.reason}.`;
}

/** Whether an account id belongs to the organization; undefined when the organization's accounts are unknown. */
export function insideOrganization(context: OrganizationContext, accountId: string): boolean | undefined {
  if (!context.accountIds.known) return undefined;
  return context.accountIds.value.includes(accountId);
}

export type RcpJudgement =
  /** Every grant is neutralised: `reasons` says, per grant, which RCP denies it. */
  | { neutralised: true; reasons: string }
  /** Some grant stands; `note` (possibly empty) says when RCPs could not be read. */
  | { neutralised: false; note: string };

/**
 * The RCP rule over all the public grants of one resource: neutralised only when each one is.
 * `where` names the policy that holds the grants (`key policy`, `trust policy`), for the message.
 */
export function judgeUnderRcps(context: OrganizationContext, grants: ReadonlyArray<{ text: string; grant: RcpGrant }>, where: string): RcpJudgement {
  const outcomes = grants.map(({ grant }) => rcpOutcome(context, grant));
  if (grants.length > 0 && outcomes.every((o) => o.kind === 'neutralised')) {
    return { neutralised: true, reasons: grants.map((g, i) => `${g.text}, but ${neutralisedText(outcomes[i] as Extract<RcpOutcome, { kind: 'neutralised' }>, where)}`).join('; ') };
  }
  const unknown = outcomes.find((o): o is Extract<RcpOutcome, { kind: 'unknown' }> => o.kind === 'unknown');
  return { neutralised: false, note: unknown ? unknownRcpText(unknown) : '' };
}
