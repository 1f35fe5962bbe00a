// One reading of IAM-style policy documents (identity, trust, bucket and key policies) for every
// check. The parser normalises the shapes AWS accepts (string or list, object or array, boolean or
// string condition values) so checks compare like with like, and refuses anything it cannot read:
// a policy we misread must end as ERROR, never as PASS.

import { wildcardMatch } from '../glob.js';

export type Principal = '*' | { AWS?: string[]; Service?: string[]; Federated?: string[]; CanonicalUser?: string[] };

export interface Condition {
  /** As written, e.g. 'Bool', 'StringEquals', 'ForAnyValue:StringLike'. */
  operator: string;
  /** Lower-cased: condition keys are case-insensitive. */
  key: string;
  /** Booleans and numbers as strings. */
  values: string[];
}

export interface Statement {
  sid?: string;
  effect: 'Allow' | 'Deny';
  actions?: string[];
  notActions?: string[];
  resources?: string[];
  notResources?: string[];
  principal?: Principal;
  notPrincipal?: Principal;
  conditions: Condition[];
}

export interface PolicyDocument {
  version?: string;
  statements: Statement[];
}

export class PolicyParseError extends Error {
  override readonly name = 'PolicyParseError';
}

const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;

/** Parses JSON text, URL-encoded JSON (as IAM returns documents) or an already parsed object. */
export function parsePolicy(input: string | object): PolicyDocument {
  let raw: unknown = typeof input === 'string' ? parseText(input) : input;
  // Some emulators and export tools hand the document back JSON-encoded twice.
  if (typeof raw === 'string') raw = parseText(raw);
  if (!isRecord(raw)) throw new PolicyParseError('A policy document must be a JSON object.');
  const version = raw.Version;
  if (version !== undefined && typeof version !== 'string') throw new PolicyParseError('Version must be a string.');
  const statement = raw.Statement;
  if (statement === undefined) throw new PolicyParseError('The policy document has no Statement.');
  const list = Array.isArray(statement) ? statement : [statement];
  return { ...(version !== undefined ? { version } : {}), statements: list.map(parseStatement) };
}

function parseText(text: string): unknown {
  const trimmed = text.trim();
  let json = trimmed;
  // IAM answers with URL-encoded JSON; S3 and KMS with plain JSON, which always starts with '{'
  // (or '"' when an endpoint encoded the document twice).
  if (!trimmed.startsWith('{') && !trimmed.startsWith('"')) {
    try {
      json = decodeURIComponent(trimmed);
    } catch {
      throw new PolicyParseError('The policy document is neither JSON nor URL-encoded JSON.');
    }
  }
  try {
    return JSON.parse(json) as unknown;
  } catch (err) {
    throw new PolicyParseError(`The policy document is not valid JSON: ${(err as Error).message}`);
  }
}

function parseStatement(raw: unknown, index: number): Statement {
  if (!isRecord(raw)) throw new PolicyParseError(`Statement ${index} is not an object.`);
  const effect = typeof raw.Effect === 'string' ? raw.Effect.toLowerCase() : undefined;
  if (effect !== 'allow' && effect !== 'deny') throw new PolicyParseError(`Statement ${index} has no valid Effect.`);
  const where = `Statement ${index}`;
  const statement: Statement = { effect: effect === 'allow' ? 'Allow' : 'Deny', conditions: parseConditions(raw.Condition, where) };
  if (raw.Sid !== undefined) {
    if (typeof raw.Sid !== 'string') throw new PolicyParseError(`${where}: Sid must be a string.`);
    statement.sid = raw.Sid;
  }
  const lists = [
    ['Action', 'actions'],
    ['NotAction', 'notActions'],
    ['Resource', 'resources'],
    ['NotResource', 'notResources'],
  ] as const;
  for (const [member, field] of lists) {
    if (raw[member] !== undefined) statement[field] = stringList(raw[member], `${where}: ${member}`);
  }
  if (raw.Principal !== undefined) statement.principal = parsePrincipal(raw.Principal, `${where}: Principal`);
  if (raw.NotPrincipal !== undefined) statement.notPrincipal = parsePrincipal(raw.NotPrincipal, `${where}: NotPrincipal`);
  return statement;
}

function parsePrincipal(raw: unknown, where: string): Principal {
  if (raw === '*') return '*';
  // Not valid in AWS, but some tools write a bare account id or ARN; read it as the AWS form.
  if (typeof raw === 'string') return { AWS: [raw] };
  if (!isRecord(raw)) throw new PolicyParseError(`${where} must be "*" or an object.`);
  const principal: Exclude<Principal, '*'> = {};
  for (const [type, value] of Object.entries(raw)) {
    const known = PRINCIPAL_TYPES.find((name) => name.toLowerCase() === type.toLowerCase());
    if (!known) throw new PolicyParseError(`${where} has an unknown principal type ${type}.`);
    principal[known] = [...(principal[known] ?? []), ...stringList(value, `${where}.${type}`)];
  }
  return principal;
}

function parseConditions(raw: unknown, where: string): Condition[] {
  if (raw === undefined) return [];
  if (!isRecord(raw)) throw new PolicyParseError(`${where}: Condition must be an object.`);
  const conditions: Condition[] = [];
  for (const [operator, block] of Object.entries(raw)) {
    if (!isRecord(block)) throw new PolicyParseError(`${where}: Condition ${operator} must be an object.`);
    for (const [key, value] of Object.entries(block)) {
      conditions.push({ operator, key: key.toLowerCase(), values: scalarList(value, `${where}: Condition ${operator} ${key}`) });
    }
  }
  return conditions;
}

function stringList(value: unknown, where: string): string[] {
  const items = Array.isArray(value) ? value : [value];
  if (!items.every((item): item is string => typeof item === 'string')) throw new PolicyParseError(`${where} must be a string or a list of strings.`);
  return items;
}

function scalarList(value: unknown, where: string): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.map((item) => {
    if (typeof item === 'string') return item;
    if (typeof item === 'boolean' || typeof item === 'number') return String(item);
    throw new PolicyParseError(`${where} must be a string, number or boolean, or a list of them.`);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Action names are case-insensitive; `*` matches any run of characters and `?` any one. */
export function actionMatches(pattern: string, action: string): boolean {
  return wildcardMatch(pattern, action, { ignoreCase: true });
}

/** Whether the statement's Action (or, with NotAction, everything it does not list) includes `action`. */
export function statementCoversAction(st: Statement, action: string): boolean {
  if (st.actions) return st.actions.some((pattern) => actionMatches(pattern, action));
  if (st.notActions) return !st.notActions.some((pattern) => actionMatches(pattern, action));
  return false;
}

/** `"*"`, or an AWS principal list holding `"*"`. */
export function isEveryone(p: Principal | undefined): boolean {
  if (p === undefined) return false;
  return p === '*' || (p.AWS?.includes('*') ?? false);
}

/**
 * Whether the statement applies to `arn`. ARNs match case-sensitively, with the same globs as
 * actions. A statement without Resource or NotResource (a trust policy) applies to the resource the
 * policy is attached to.
 */
export function resourceCovers(st: Statement, arn: string): boolean {
  if (st.resources) return st.resources.some((pattern) => wildcardMatch(pattern, arn));
  if (st.notResources) return !st.notResources.some((pattern) => wildcardMatch(pattern, arn));
  return true;
}

/** The statement's condition keys, lower-cased, each once. */
export function conditionKeys(st: Statement): string[] {
  return [...new Set(st.conditions.map((condition) => condition.key))];
}
