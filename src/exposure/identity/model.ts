// Users and roles with the policies that apply to them, from GetAccountAuthorizationDetails: inline
// and attached managed policies (for users, their groups' too), the permission boundary, and for
// roles the trust policy and instance profiles. A document that cannot be read or parsed is kept as
// a problem: the principal is then judged unknown, never as holding nothing.

import type { AwsErrorInfo } from '../../model.js';
import { parsePolicy, PolicyParseError, type PolicyDocument } from '../../policy/document.js';

export interface PolicySource {
  /** For messages: `AdministratorAccess`, `inline policy deploy`, `inline policy x of group devs`. */
  label: string;
  /** The managed policy's ARN; undefined for inline policies. */
  arn?: string;
  /** The group it comes through, for a user's group policies. */
  group?: string;
  doc: PolicyDocument;
}

export interface Problem {
  what: string;
  error?: AwsErrorInfo;
}

export interface GroupModel {
  name: string;
  arn: string;
  sources: PolicySource[];
  /** ARNs of the managed policies attached to the group. */
  managed: string[];
}

export interface PrincipalModel {
  kind: 'user' | 'role';
  name: string;
  arn: string;
  id: string;
  path: string;
  tags: Record<string, string>;
  /** Identity policies: inline, attached managed, and (users) their groups' policies. */
  sources: PolicySource[];
  /** ARNs of managed policies attached to the principal itself. */
  managed: string[];
  groups: GroupModel[];
  boundary?: PolicySource;
  boundaryArn?: string;
  /** Roles: trust policy; undefined for users or when it could not be parsed (then a problem). */
  trust?: PolicyDocument;
  /** Roles: ARNs of the instance profiles that hold the role. */
  instanceProfiles: string[];
  problems: Problem[];
}

/** A managed policy: its default document and, for customer-managed ones, every version. */
export interface ManagedPolicy {
  arn: string;
  name: string;
  awsManaged: boolean;
  defaultVersion?: string;
  doc?: PolicyDocument;
  /** Non-default versions (customer-managed policies only). */
  versions: Array<{ id: string; doc: PolicyDocument }>;
  problem?: Problem;
}

export interface RawUser {
  UserName?: string;
  UserId?: string;
  Arn?: string;
  Path?: string;
  UserPolicyList?: Array<{ PolicyName?: string; PolicyDocument?: string }>;
  GroupList?: string[];
  AttachedManagedPolicies?: Array<{ PolicyName?: string; PolicyArn?: string }>;
  PermissionsBoundary?: { PermissionsBoundaryArn?: string };
  Tags?: Array<{ Key?: string; Value?: string }>;
}

export interface RawGroup {
  GroupName?: string;
  Arn?: string;
  GroupPolicyList?: Array<{ PolicyName?: string; PolicyDocument?: string }>;
  AttachedManagedPolicies?: Array<{ PolicyName?: string; PolicyArn?: string }>;
}

export interface RawRole {
  RoleName?: string;
  RoleId?: string;
  Arn?: string;
  Path?: string;
  AssumeRolePolicyDocument?: string;
  RolePolicyList?: Array<{ PolicyName?: string; PolicyDocument?: string }>;
  AttachedManagedPolicies?: Array<{ PolicyName?: string; PolicyArn?: string }>;
  PermissionsBoundary?: { PermissionsBoundaryArn?: string };
  InstanceProfileList?: Array<{ Arn?: string; InstanceProfileName?: string }>;
  Tags?: Array<{ Key?: string; Value?: string }>;
}

export interface RawPolicy {
  Arn?: string;
  PolicyName?: string;
  DefaultVersionId?: string;
  PolicyVersionList?: Array<{ VersionId?: string; IsDefaultVersion?: boolean; Document?: string }>;
}

/** An AWS managed policy's default document as iam.attachedPolicies read it. */
export interface RawAwsManaged {
  policy: { Arn: string; PolicyName?: string; DefaultVersionId?: string };
  document: { ok: true; value: string | undefined } | { ok: false; error: AwsErrorInfo };
}

export interface AccountAuthorization {
  users: RawUser[];
  groups: RawGroup[];
  roles: RawRole[];
  policies: RawPolicy[];
}

/** AdministratorAccess exists in every account: its document is fixed. */
export const ADMINISTRATOR_ACCESS = (partition: string) => `arn:${partition}:iam::aws:policy/AdministratorAccess`;
const ADMIN_DOC: PolicyDocument = { version: '2012-10-17', statements: [{ effect: 'Allow', actions: ['*'], resources: ['*'], conditions: [] }] };

function parse(text: string | undefined, what: string): { doc?: PolicyDocument; problem?: Problem } {
  if (text === undefined) return { problem: { what: `${what} (IAM returned no document)` } };
  try {
    return { doc: parsePolicy(text) };
  } catch (err) {
    if (err instanceof PolicyParseError) return { problem: { what: `${what} (${err.message})` } };
    throw err;
  }
}

/** Managed policies by ARN: customer-managed from the details (every version), AWS managed from their reads. */
export function managedPolicies(
  policies: readonly RawPolicy[],
  awsManaged: { ok: true; value: readonly RawAwsManaged[] } | { ok: false; error: AwsErrorInfo },
  partition: string,
): { byArn: Map<string, ManagedPolicy>; awsManagedError?: AwsErrorInfo } {
  const byArn = new Map<string, ManagedPolicy>();
  for (const p of policies) {
    if (!p.Arn) continue;
    const name = p.PolicyName ?? p.Arn.split('/').pop() ?? p.Arn;
    const versions = p.PolicyVersionList ?? [];
    const def = versions.find((v) => v.IsDefaultVersion === true) ?? versions.find((v) => v.VersionId === p.DefaultVersionId);
    const parsed = parse(def?.Document, `the default version of managed policy ${name}`);
    const others: ManagedPolicy['versions'] = [];
    for (const v of versions) {
      if (v === def || !v.VersionId) continue;
      const o = parse(v.Document, `version ${v.VersionId} of managed policy ${name}`);
      if (o.doc) others.push({ id: v.VersionId, doc: o.doc });
    }
    byArn.set(p.Arn, { arn: p.Arn, name, awsManaged: false, defaultVersion: def?.VersionId ?? p.DefaultVersionId, ...(parsed.doc ? { doc: parsed.doc } : {}), versions: others, ...(parsed.problem ? { problem: parsed.problem } : {}) });
  }
  const admin = ADMINISTRATOR_ACCESS(partition);
  byArn.set(admin, { arn: admin, name: 'AdministratorAccess', awsManaged: true, doc: ADMIN_DOC, versions: [] });
  if (!awsManaged.ok) return { byArn, awsManagedError: awsManaged.error };
  for (const { policy, document } of awsManaged.value) {
    if (byArn.has(policy.Arn) && policy.Arn !== admin) continue;
    const name = policy.PolicyName ?? policy.Arn.split('/').pop() ?? policy.Arn;
    if (!document.ok) {
      if (policy.Arn !== admin) byArn.set(policy.Arn, { arn: policy.Arn, name, awsManaged: true, versions: [], problem: { what: `the default version of AWS managed policy ${name}`, error: document.error } });
      continue;
    }
    if (policy.Arn === admin && document.value === undefined) continue;
    const parsed = parse(document.value, `the default version of AWS managed policy ${name}`);
    byArn.set(policy.Arn, { arn: policy.Arn, name, awsManaged: true, defaultVersion: policy.DefaultVersionId, ...(parsed.doc ? { doc: parsed.doc } : {}), versions: [], ...(parsed.problem ? { problem: parsed.problem } : {}) });
  }
  return { byArn };
}

const tagsOf = (tags: RawUser['Tags']) => Object.fromEntries((tags ?? []).filter((t) => t.Key).map((t) => [t.Key!.toLowerCase(), t.Value ?? '']));

interface Resolver {
  policy(arn: string, owner: string): { source?: PolicySource; problem?: Problem };
}

function resolver(byArn: ReadonlyMap<string, ManagedPolicy>, awsManagedError: AwsErrorInfo | undefined): Resolver {
  return {
    policy(arn, owner) {
      const p = byArn.get(arn);
      if (p?.doc) return { source: { label: p.name, arn, doc: p.doc } };
      if (p?.problem) return { problem: p.problem };
      const name = arn.split('/').pop() ?? arn;
      if (arn.includes(':iam::aws:') && awsManagedError) return { problem: { what: `AWS managed policy ${name} of ${owner}`, error: awsManagedError } };
      return { problem: { what: `managed policy ${name} of ${owner} (its document was not among those read)` } };
    },
  };
}

function inlineSources(list: RawUser['UserPolicyList'], owner: string, group?: string): { sources: PolicySource[]; problems: Problem[] } {
  const sources: PolicySource[] = [];
  const problems: Problem[] = [];
  for (const p of list ?? []) {
    const label = `inline policy ${p.PolicyName ?? 'unnamed'}${group ? ` of group ${group}` : ''}`;
    const parsed = parse(p.PolicyDocument, `${label} of ${owner}`);
    if (parsed.doc) sources.push({ label, doc: parsed.doc, ...(group ? { group } : {}) });
    else if (parsed.problem) problems.push(parsed.problem);
  }
  return { sources, problems };
}

export function buildModels(details: AccountAuthorization, byArn: ReadonlyMap<string, ManagedPolicy>, awsManagedError: AwsErrorInfo | undefined): { principals: PrincipalModel[]; groups: Map<string, GroupModel>; groupProblems: Map<string, Problem[]> } {
  const resolve = resolver(byArn, awsManagedError);
  const groups = new Map<string, GroupModel>();
  const groupProblems = new Map<string, Problem[]>();
  for (const g of details.groups) {
    if (!g.GroupName) continue;
    const inline = inlineSources(g.GroupPolicyList, `group ${g.GroupName}`, g.GroupName);
    const problems = [...inline.problems];
    const sources = [...inline.sources];
    const managed: string[] = [];
    for (const a of g.AttachedManagedPolicies ?? []) {
      if (!a.PolicyArn) continue;
      managed.push(a.PolicyArn);
      const r = resolve.policy(a.PolicyArn, `group ${g.GroupName}`);
      if (r.source) sources.push({ ...r.source, group: g.GroupName, label: `${r.source.label} (group ${g.GroupName})` });
      else if (r.problem) problems.push(r.problem);
    }
    groups.set(g.GroupName, { name: g.GroupName, arn: g.Arn ?? '', sources, managed });
    groupProblems.set(g.GroupName, problems);
  }
  const principals: PrincipalModel[] = [];
  const attach = (list: RawUser['AttachedManagedPolicies'], owner: string, sources: PolicySource[], problems: Problem[], managed: string[]) => {
    for (const a of list ?? []) {
      if (!a.PolicyArn) continue;
      managed.push(a.PolicyArn);
      const r = resolve.policy(a.PolicyArn, owner);
      if (r.source) sources.push(r.source);
      else if (r.problem) problems.push(r.problem);
    }
  };
  const boundaryOf = (arn: string | undefined, owner: string, problems: Problem[]): PolicySource | undefined => {
    if (!arn) return undefined;
    const r = resolve.policy(arn, `${owner} (its permissions boundary)`);
    if (r.problem) problems.push({ ...r.problem, what: `the permissions boundary ${arn.split('/').pop()} of ${owner}${r.problem.error ? '' : ' (its document was not among those read)'}` });
    return r.source ? { ...r.source, label: `permissions boundary ${r.source.label}` } : undefined;
  };
  for (const u of details.users) {
    if (!u.Arn || !u.UserName) continue;
    const owner = `user ${u.UserName}`;
    const inline = inlineSources(u.UserPolicyList, owner);
    const sources = [...inline.sources];
    const problems = [...inline.problems];
    const managed: string[] = [];
    attach(u.AttachedManagedPolicies, owner, sources, problems, managed);
    const memberOf: GroupModel[] = [];
    for (const name of u.GroupList ?? []) {
      const g = groups.get(name);
      if (!g) {
        problems.push({ what: `group ${name} of ${owner} (not in the authorization details)` });
        continue;
      }
      memberOf.push(g);
      sources.push(...g.sources);
      problems.push(...(groupProblems.get(name) ?? []));
    }
    const boundaryArn = u.PermissionsBoundary?.PermissionsBoundaryArn;
    const boundary = boundaryOf(boundaryArn, owner, problems);
    principals.push({
      kind: 'user',
      name: u.UserName,
      arn: u.Arn,
      id: u.UserId ?? '',
      path: u.Path ?? '/',
      tags: tagsOf(u.Tags),
      sources,
      managed,
      groups: memberOf,
      ...(boundary ? { boundary } : {}),
      ...(boundaryArn ? { boundaryArn } : {}),
      instanceProfiles: [],
      problems,
    });
  }
  for (const r of details.roles) {
    if (!r.Arn || !r.RoleName) continue;
    const owner = `role ${r.RoleName}`;
    const inline = inlineSources(r.RolePolicyList, owner);
    const sources = [...inline.sources];
    const problems = [...inline.problems];
    const managed: string[] = [];
    attach(r.AttachedManagedPolicies, owner, sources, problems, managed);
    const boundaryArn = r.PermissionsBoundary?.PermissionsBoundaryArn;
    const boundary = boundaryOf(boundaryArn, owner, problems);
    const trust = parse(r.AssumeRolePolicyDocument, `the trust policy of ${owner}`);
    if (trust.problem) problems.push(trust.problem);
    principals.push({
      kind: 'role',
      name: r.RoleName,
      arn: r.Arn,
      id: r.RoleId ?? '',
      path: r.Path ?? '/',
      tags: tagsOf(r.Tags),
      sources,
      managed,
      groups: [],
      ...(boundary ? { boundary } : {}),
      ...(boundaryArn ? { boundaryArn } : {}),
      ...(trust.doc ? { trust: trust.doc } : {}),
      instanceProfiles: (r.InstanceProfileList ?? []).map((p) => p.Arn).filter((a): a is string => !!a),
      problems,
    });
  }
  return { principals, groups, groupProblems };
}

/** Service-linked roles: only their service may use, pass or change them. */
export const isServiceLinked = (p: PrincipalModel) => p.kind === 'role' && p.path.startsWith('/aws-service-role/');
