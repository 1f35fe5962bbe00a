// Conditions of identity and trust policies, read for an escalation: is the condition true for the
// request the escalating principal would send? Three answers: true, false, or unknown (the chain is
// then "conditional", with the condition quoted).
//
// - Keys about the caller (aws:PrincipalArn, aws:username, aws:PrincipalTag/...) and about the
//   request the method sends (iam:PassedToService, iam:PolicyARN, the target's tags) are decided.
// - Keys that pin the caller to a network (aws:SourceIp, aws:SourceVpc, aws:SourceVpce) are read by
//   the one shared rule (src/policy/pinning.ts): a pinning condition restricts an Allow (the caller
//   is taken to be outside the pinned network), a negated one makes a Deny apply.
// - Keys the caller sets freely (the requested region, request tags) never stop it.
// - Anything else: an Allow is not restricted by Null, negated operators or wildcard-only values;
//   otherwise the condition cannot be decided.

import { wildcardMatch } from '../../glob.js';
import type { Condition } from '../../policy/document.js';
import { conditionPins, pinnedValue } from '../../policy/pinning.js';
import type { PrincipalModel } from './model.js';

export type Truth = 'true' | 'false' | 'unknown';

export interface RequestContext {
  caller: PrincipalModel;
  accountId: string;
  /** The action requested, lower-case service prefix included (`iam:passrole`). */
  action: string;
  /** Request keys the method decides (lower-case key); a key mapped to undefined is absent. */
  values?: Readonly<Record<string, readonly string[] | undefined>>;
  /** Tags of the target resource, when known (lower-case keys); undefined when not known. */
  resourceTags?: Readonly<Record<string, string>>;
}

const NETWORK = new Set(['aws:sourceip', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:vpcsourceip']);
const ORGANIZATION = new Set(['aws:principalorgid', 'aws:principalorgpaths']);
const CHOSEN_PREFIXES = ['aws:requesttag/', 'aws:tagkeys', 'sts:rolesessionname', 'sts:sourceidentity', 'iam:associatedresourcearn', 'aws:securetransport'];
const GLOBAL_SERVICES = new Set(['iam', 'organizations']);
const RESOURCE_TAG = /^(?:aws|iam|ec2|ssm|lambda):resourcetag\/(.+)$/;

const NEGATED = /not|^null$/;

export function quote(c: Condition): string {
  return `${c.operator} ${c.key} ${c.values.length === 1 ? JSON.stringify(c.values[0]) : JSON.stringify(c.values)}`;
}

/** Policy variables the caller's facts resolve; undefined when a variable cannot be resolved. */
export function substitute(text: string, ctx: Pick<RequestContext, 'caller' | 'accountId'>): string | undefined {
  if (!text.includes('${')) return text;
  let unresolved = false;
  const out = text.replace(/\$\{([^}]*)\}/g, (_, name: string) => {
    const key = name.toLowerCase();
    if (key === '*' || key === '?' || key === '$') return name;
    const value = callerValues(key, ctx)?.[0];
    if (value === undefined) {
      unresolved = true;
      return '';
    }
    return value;
  });
  return unresolved ? undefined : out;
}

/** Values of keys about the caller; undefined when the key is absent or unknown for it. */
function callerValues(key: string, ctx: Pick<RequestContext, 'caller' | 'accountId'>): string[] | undefined {
  const p = ctx.caller;
  switch (key) {
    case 'aws:principalarn':
      return [p.arn];
    case 'aws:principalaccount':
    case 'aws:resourceaccount':
      return [ctx.accountId];
    case 'aws:principaltype':
      return [p.kind === 'user' ? 'User' : 'AssumedRole'];
    case 'aws:username':
      return p.kind === 'user' ? [p.name] : undefined;
    case 'aws:userid':
      return p.kind === 'user' && p.id ? [p.id] : undefined;
    case 'aws:principalisawsservice':
    case 'aws:viaawsservice':
      return ['false'];
  }
  if (key.startsWith('aws:principaltag/')) {
    const tag = p.tags[key.slice('aws:principaltag/'.length)];
    return tag === undefined ? undefined : [tag];
  }
  return undefined;
}

const CALLER_KEYS = new Set(['aws:principalarn', 'aws:principalaccount', 'aws:resourceaccount', 'aws:principaltype', 'aws:username', 'aws:userid', 'aws:principalisawsservice', 'aws:viaawsservice']);
const isCallerKey = (key: string) => CALLER_KEYS.has(key) || key.startsWith('aws:principaltag/');

interface Operator {
  base: string;
  ifExists: boolean;
  set: 'any' | 'all' | undefined;
}

function operatorOf(raw: string): Operator {
  let op = raw.toLowerCase();
  let set: Operator['set'];
  if (op.startsWith('foranyvalue:')) {
    set = 'any';
    op = op.slice('foranyvalue:'.length);
  } else if (op.startsWith('forallvalues:')) {
    set = 'all';
    op = op.slice('forallvalues:'.length);
  }
  const ifExists = op.endsWith('ifexists');
  if (ifExists) op = op.slice(0, -'ifexists'.length);
  return { base: op, ifExists, set };
}

function matchOne(base: string, actual: string, expected: string): boolean | undefined {
  switch (base) {
    case 'stringequals':
    case 'stringnotequals':
      return actual === expected;
    case 'stringequalsignorecase':
    case 'stringnotequalsignorecase':
      return actual.toLowerCase() === expected.toLowerCase();
    case 'stringlike':
    case 'stringnotlike':
    case 'arnequals':
    case 'arnlike':
    case 'arnnotequals':
    case 'arnnotlike':
      return wildcardMatch(expected, actual);
    case 'bool':
      return actual.toLowerCase() === expected.toLowerCase();
    default:
      return undefined;
  }
}

/** A condition evaluated on known key values (undefined: the key is absent from the request). */
function evaluateKnown(op: Operator, actual: readonly string[] | undefined, expected: readonly string[]): Truth {
  if (op.base === 'null') {
    const wantsAbsent = expected.some((v) => v.toLowerCase() === 'true');
    return (actual === undefined || actual.length === 0) === wantsAbsent ? 'true' : 'false';
  }
  const negated = NEGATED.test(op.base);
  if (actual === undefined || actual.length === 0) {
    if (op.set === 'all') return 'true';
    return op.ifExists || negated ? 'true' : 'false';
  }
  const matches = (value: string): boolean | undefined => {
    let any = false;
    for (const e of expected) {
      const m = matchOne(op.base, value, e);
      if (m === undefined) return undefined;
      if (m) any = true;
    }
    return any;
  };
  const results = actual.map(matches);
  if (results.some((r) => r === undefined)) return 'unknown';
  const hits = results as boolean[];
  if (negated) {
    const ok = op.set === 'any' ? hits.some((h) => !h) : hits.every((h) => !h);
    return ok ? 'true' : 'false';
  }
  const ok = op.set === 'all' ? hits.every(Boolean) : hits.some(Boolean);
  return ok ? 'true' : 'false';
}

const wildcardOnly = (v: string) => /^[*?]+$/.test(v.trim());

/**
 * Network keys: the escalating caller is taken to be outside every pinned network, and may come
 * through a VPC or endpoint of its own. An Allow holds when some such request satisfies it; a Deny
 * applies when every such request satisfies it.
 */
function evaluateNetwork(c: Condition, effect: 'Allow' | 'Deny'): Truth {
  const op = operatorOf(c.operator);
  const pins = conditionPins(c, effect, { anonymousRequests: false });
  const alwaysPresent = c.key === 'aws:sourceip';
  if (effect === 'Allow') {
    if (pins) return 'false';
    if (op.base === 'null' && alwaysPresent) return c.values.some((v) => v.toLowerCase() === 'true') ? 'false' : 'true';
    return 'true';
  }
  // Deny: does it hold whatever the caller does?
  if (pins) return 'true';
  if (op.base === 'null') return alwaysPresent ? (c.values.some((v) => v.toLowerCase() === 'false') ? 'true' : 'false') : 'false';
  const negated = NEGATED.test(op.base);
  const pinnedValues = c.values.every((v) => pinnedValue(c.key, v));
  if (negated) return pinnedValues ? 'true' : 'false';
  // A positive operator: the caller avoids specific values; wildcard-only ones match any present key.
  if (c.values.some((v) => wildcardOnly(v) || v.trim().endsWith('/0'))) return alwaysPresent || op.ifExists ? 'true' : 'false';
  return 'false';
}

export function conditionTruth(c: Condition, effect: 'Allow' | 'Deny', ctx: RequestContext): Truth {
  const op = operatorOf(c.operator);
  const key = c.key;
  const expected: string[] = [];
  for (const v of c.values) {
    const s = substitute(v, ctx);
    if (s === undefined) return 'unknown';
    expected.push(s);
  }
  if (ctx.values && key in ctx.values) return evaluateKnown(op, ctx.values[key], expected);
  if (isCallerKey(key)) return evaluateKnown(op, callerValues(key, ctx), expected);
  const tag = RESOURCE_TAG.exec(key);
  if (tag && ctx.resourceTags) {
    const value = ctx.resourceTags[tag[1]!];
    return evaluateKnown(op, value === undefined ? undefined : [value], expected);
  }
  if (NETWORK.has(key)) return evaluateNetwork({ ...c, values: expected }, effect);
  if (key === 'aws:requestedregion') {
    // IAM is one endpoint in us-east-1 (of the partition); elsewhere the caller picks the region.
    if (GLOBAL_SERVICES.has(ctx.action.split(':')[0] ?? '')) return evaluateKnown(op, ['us-east-1'], expected);
    return effect === 'Allow' ? 'true' : 'false';
  }
  if (CHOSEN_PREFIXES.some((p) => key.startsWith(p))) return effect === 'Allow' ? 'true' : 'false';
  if (ORGANIZATION.has(key)) return 'unknown';
  if (effect === 'Allow') {
    if (op.base === 'null' || NEGATED.test(op.base)) return 'true';
    if (expected.length > 0 && expected.every(wildcardOnly) && op.base.includes('like')) return 'true';
  }
  return 'unknown';
}

/** All conditions of a statement together (AND). Unknown ones are returned quoted. */
export function statementTruth(conditions: readonly Condition[], effect: 'Allow' | 'Deny', ctx: RequestContext): { truth: Truth; unknown: string[] } {
  let truth: Truth = 'true';
  const unknown: string[] = [];
  for (const c of conditions) {
    const t = conditionTruth(c, effect, ctx);
    if (t === 'false') return { truth: 'false', unknown: [] };
    if (t === 'unknown') {
      truth = 'unknown';
      unknown.push(quote(c));
    }
  }
  return { truth, unknown };
}
