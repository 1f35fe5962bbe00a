import type { Trail } from '@aws-sdk/client-cloudtrail';
import { AwsCallError } from '../../aws/errors.js';
import type { AwsErrorInfo } from '../../model.js';
import { defineDataset, fetched, type FetchContext, type Fetched } from '../dataset.js';
import {
  declarativeAttributes,
  knownFact,
  mergeContexts,
  standaloneContext,
  unknownFact,
  unreadFactsNote,
  type AppliedRcp,
  type AttachedOrgPolicy,
  type OrganizationContext,
  type OrganizationStanding,
  type OrganizationSummary,
  type OrganizationTrail,
  type OrgFact,
} from '../organization.js';

export interface OrgRoot {
  Id: string;
  Name?: string;
  /** Each policy type and whether it is `ENABLED` at the root. */
  PolicyTypes?: Array<{ Type?: string; Status?: string }>;
}

export interface OrgAccountEntry {
  Id: string;
  Name?: string;
  /** Replaces Status, which Organizations retires on 9 September 2026. */
  State?: string;
  Status?: string;
}

/** An account and the chain of its parents, nearest first, ending at the root. */
export interface AccountParents {
  account: OrgAccountEntry;
  parents: Fetched<string[]>;
}

export const SCP = 'SERVICE_CONTROL_POLICY';
export const RCP = 'RESOURCE_CONTROL_POLICY';
export type AuthorizationPolicyType = typeof SCP | typeof RCP;

/** The SCPs and RCPs attached directly to one target (root, OU or account). */
export interface TargetPolicies {
  target: string;
  policies: Record<AuthorizationPolicyType, Fetched<AttachedOrgPolicy[]>>;
}

export interface DelegatedAdministrators {
  servicePrincipal: string;
  administrators: Fetched<Array<{ Id?: string; Name?: string; State?: string; Status?: string }>>;
}

/** What runs in one region of the management account, or the reads that failed there. */
export interface RegionWorkloads {
  region: string;
  /** Each workload as `<kind> <id>`. */
  found: string[];
  errors: AwsErrorInfo[];
}

declare module '../dataset.js' {
  interface DatasetTypes {
    /** The caller's place in the organization (§3.3): standalone, management, delegated administrator or member. */
    'organizations.standing': OrganizationStanding;
    /** The roots, read from the management account or a delegated administrator; null elsewhere. */
    'organizations.roots': OrgRoot[] | null;
    'organizations.accounts': OrgAccountEntry[] | null;
    /** Every account's parents up to the root. */
    'organizations.accountParents': AccountParents[] | null;
    /** SCPs and RCPs of every account, every OU above an account and every root. */
    'organizations.targetPolicies': TargetPolicies[] | null;
    /** The document of every RCP attached somewhere (AWS managed ones aside), by policy id. */
    'organizations.rcpDocuments': Map<string, Fetched<string>> | null;
    /** The delegation policy for Organizations; null when none exists (or not applicable). */
    'organizations.resourcePolicy': Fetched<string | null> | null;
    /** Service principals with trusted access to the organization. */
    'organizations.serviceAccess': Fetched<string[]> | null;
    /** Delegated administrators of the services `organizations-services-delegated-admin` judges. */
    'organizations.delegatedAdministrators': DelegatedAdministrators[] | null;
    /** Each member account's effective EC2 declarative policy, read by the management account. */
    'organizations.memberDeclarativeEc2': Map<string, OrgFact<Record<string, unknown> | null>> | null;
    /** This account's own effective EC2 declarative policy (any account of an organization may read it). */
    'organizations.ownDeclarativeEc2': OrgFact<Record<string, unknown> | null>;
    /** Organization trails of the management account, with whether they log. */
    'organizations.organizationTrails': OrgFact<OrganizationTrail[]>;
    /** What every account of the organization may use of it, read once by the management account. */
    'organizations.memberContexts': Map<string, OrganizationContext> | null;
    /** Workloads of the management account, per scanned region; null when the caller is not the management account. */
    'organizations.managementWorkloads': RegionWorkloads[] | null;
    /** The organization facts this account's verdicts use (given by `scan --org`, or read by this account). */
    'organizations.context': OrganizationContext;
  }
}

/** Services whose delegated administrator `organizations-services-delegated-admin` asks for. */
export const DELEGATION_SERVICES = ['cloudtrail.amazonaws.com', 'access-analyzer.amazonaws.com', 'iam.amazonaws.com'] as const;

const NOT_A_MEMBER_ADMIN = 'member account, not a delegated administrator (or organizations:ListDelegatedAdministrators is not allowed)';

function summaryOf(out: Record<string, unknown> | undefined): OrganizationSummary | undefined {
  const org = out?.Organization as { Id?: string; MasterAccountId?: string; FeatureSet?: string } | undefined;
  if (!org?.Id || !org.MasterAccountId) return undefined;
  return { id: org.Id, managementAccountId: org.MasterAccountId, ...(org.FeatureSet ? { featureSet: org.FeatureSet } : {}) };
}

export const standing = defineDataset({
  id: 'organizations.standing',
  scope: 'global',
  operations: ['organizations:DescribeOrganization', 'organizations:ListDelegatedAdministrators', 'organizations:ListDelegatedServicesForAccount'],
  async fetch(ctx): Promise<OrganizationStanding> {
    const out = await ctx.call('organizations:DescribeOrganization', {}, { absent: ['AWSOrganizationsNotInUseException'] });
    if (!out) return { role: 'standalone' };
    const organization = summaryOf(out);
    if (!organization) throw new Error('organizations:DescribeOrganization returned no organization id or management account id');
    if (organization.managementAccountId === ctx.account.id) return { role: 'management', organization };
    let admins: Array<{ Id?: string }>;
    try {
      admins = await ctx.list<{ Id?: string }>('organizations:ListDelegatedAdministrators', {}, 'DelegatedAdministrators');
    } catch (err) {
      if (err instanceof AwsCallError && (err.info.kind === 'access-denied' || err.info.code === 'AccountNotManagementOrDelegatedAdministratorException')) {
        return { role: 'member', organization, reason: NOT_A_MEMBER_ADMIN };
      }
      throw err;
    }
    if (!admins.some((a) => a.Id === ctx.account.id)) return { role: 'member', organization, reason: 'member account, not a delegated administrator' };
    const services = await ctx.list<{ ServicePrincipal?: string }>('organizations:ListDelegatedServicesForAccount', { AccountId: ctx.account.id }, 'DelegatedServices').then(
      (list) => list.flatMap((s) => (s.ServicePrincipal ? [s.ServicePrincipal] : [])).sort(),
      () => [],
    );
    return { role: 'delegated-administrator', organization, services };
  },
});

/** Whether the caller may read the organization's structure and policies. */
async function administers(ctx: FetchContext): Promise<boolean> {
  const role = (await ctx.get('organizations.standing')).role;
  return role === 'management' || role === 'delegated-administrator';
}

export const roots = defineDataset({
  id: 'organizations.roots',
  scope: 'global',
  operations: ['organizations:ListRoots'],
  deps: ['organizations.standing'],
  async fetch(ctx) {
    if (!(await administers(ctx))) return null;
    const listed = await ctx.list<Partial<OrgRoot>>('organizations:ListRoots', {}, 'Roots');
    return listed.flatMap((r) => (r.Id ? [{ ...r, Id: r.Id }] : []));
  },
});

export const accounts = defineDataset({
  id: 'organizations.accounts',
  scope: 'global',
  operations: ['organizations:ListAccounts'],
  deps: ['organizations.standing'],
  async fetch(ctx) {
    if (!(await administers(ctx))) return null;
    const listed = await ctx.list<Partial<OrgAccountEntry>>('organizations:ListAccounts', {}, 'Accounts');
    return listed.flatMap((a) => (a.Id ? [{ ...a, Id: a.Id }] : [])).sort((a, b) => (a.Id < b.Id ? -1 : a.Id > b.Id ? 1 : 0));
  },
});

/** Guards against a parent chain that never reaches a root (an endpoint that loops). */
const MAX_DEPTH = 10;

async function parentChain(ctx: FetchContext, child: string): Promise<string[]> {
  const chain: string[] = [];
  let at = child;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const parents = await ctx.list<{ Id?: string; Type?: string }>('organizations:ListParents', { ChildId: at }, 'Parents');
    const parent = parents[0];
    if (!parent?.Id) throw new Error(`organizations:ListParents returned no parent for ${at}`);
    chain.push(parent.Id);
    if (parent.Type === 'ROOT' || parent.Id.startsWith('r-')) return chain;
    at = parent.Id;
  }
  throw new Error(`the parents of ${child} do not reach a root within ${MAX_DEPTH} levels`);
}

export const accountParents = defineDataset({
  id: 'organizations.accountParents',
  scope: 'global',
  operations: ['organizations:ListParents'],
  deps: ['organizations.accounts'],
  async fetch(ctx) {
    const listed = await ctx.get('organizations.accounts');
    if (!listed) return null;
    // ListParents of an OU is memoised, so accounts under the same OU share the walk above it.
    const read = await ctx.perItem(listed, (account) => parentChain(ctx, account.Id));
    return read.map(({ item, result }) => ({ account: item, parents: result }));
  },
});

async function attachedPolicies(ctx: FetchContext, target: string, type: AuthorizationPolicyType): Promise<AttachedOrgPolicy[]> {
  const listed = await ctx.list<{ Id?: string; Name?: string; AwsManaged?: boolean }>(
    'organizations:ListPoliciesForTarget',
    { TargetId: target, Filter: type },
    'Policies',
  );
  return listed.flatMap((p) => (p.Id ? [{ id: p.Id, name: p.Name ?? p.Id, awsManaged: p.AwsManaged === true, target }] : []));
}

export const targetPolicies = defineDataset({
  id: 'organizations.targetPolicies',
  scope: 'global',
  operations: ['organizations:ListPoliciesForTarget'],
  deps: ['organizations.accountParents', 'organizations.roots'],
  async fetch(ctx) {
    const [chains, rootList] = await Promise.all([ctx.get('organizations.accountParents'), ctx.get('organizations.roots')]);
    if (!chains || !rootList) return null;
    const targets = new Set<string>(rootList.map((r) => r.Id));
    for (const { account, parents } of chains) {
      targets.add(account.Id);
      if (parents.ok) parents.value.forEach((p) => targets.add(p));
    }
    return Promise.all(
      [...targets].sort().map(async (target): Promise<TargetPolicies> => {
        const [scps, rcps] = await Promise.all([fetched(() => attachedPolicies(ctx, target, SCP)), fetched(() => attachedPolicies(ctx, target, RCP))]);
        return { target, policies: { [SCP]: scps, [RCP]: rcps } };
      }),
    );
  },
});

export const rcpDocuments = defineDataset({
  id: 'organizations.rcpDocuments',
  scope: 'global',
  operations: ['organizations:DescribePolicy'],
  deps: ['organizations.targetPolicies'],
  async fetch(ctx) {
    const targets = await ctx.get('organizations.targetPolicies');
    if (!targets) return null;
    const ids = new Set<string>();
    // AWS managed RCPs (RCPFullAWSAccess) allow everything: they never neutralise a grant.
    for (const t of targets) if (t.policies[RCP].ok) t.policies[RCP].value.forEach((p) => !p.awsManaged && ids.add(p.id));
    const read = await ctx.perItem([...ids].sort(), async (id) => {
      const out = await ctx.call<{ Policy?: { Content?: string } }>('organizations:DescribePolicy', { PolicyId: id });
      if (typeof out?.Policy?.Content !== 'string') throw new Error(`organizations:DescribePolicy returned no content for ${id}`);
      return out.Policy.Content;
    });
    return new Map(read.map(({ item, result }) => [item, result]));
  },
});

export const resourcePolicy = defineDataset({
  id: 'organizations.resourcePolicy',
  scope: 'global',
  operations: ['organizations:DescribeResourcePolicy'],
  deps: ['organizations.standing'],
  async fetch(ctx) {
    if (!(await administers(ctx))) return null;
    return fetched(async () => {
      const out = await ctx.call<{ ResourcePolicy?: { Content?: string } }>('organizations:DescribeResourcePolicy', {}, { absent: ['ResourcePolicyNotFoundException'] });
      return out?.ResourcePolicy?.Content ?? null;
    });
  },
});

export const serviceAccess = defineDataset({
  id: 'organizations.serviceAccess',
  scope: 'global',
  operations: ['organizations:ListAWSServiceAccessForOrganization'],
  deps: ['organizations.standing'],
  async fetch(ctx) {
    if (!(await administers(ctx))) return null;
    return fetched(async () => {
      const listed = await ctx.list<{ ServicePrincipal?: string }>('organizations:ListAWSServiceAccessForOrganization', {}, 'EnabledServicePrincipals');
      return listed.flatMap((s) => (s.ServicePrincipal ? [s.ServicePrincipal] : []));
    });
  },
});

export const delegatedAdministrators = defineDataset({
  id: 'organizations.delegatedAdministrators',
  scope: 'global',
  operations: ['organizations:ListDelegatedAdministrators'],
  deps: ['organizations.standing'],
  async fetch(ctx) {
    if (!(await administers(ctx))) return null;
    return Promise.all(
      DELEGATION_SERVICES.map(async (servicePrincipal) => ({
        servicePrincipal,
        administrators: await fetched(() => ctx.list<{ Id?: string; Name?: string; State?: string; Status?: string }>('organizations:ListDelegatedAdministrators', { ServicePrincipal: servicePrincipal }, 'DelegatedAdministrators')),
      })),
    );
  },
});

const DECLARATIVE_EC2 = 'DECLARATIVE_POLICY_EC2';

/** One account's effective EC2 declarative policy; `target` undefined reads the caller's own. */
async function effectiveDeclarativeEc2(ctx: FetchContext, target?: string): Promise<OrgFact<Record<string, unknown> | null>> {
  try {
    const out = await ctx.call<{ EffectivePolicy?: { PolicyContent?: string } }>(
      'organizations:DescribeEffectivePolicy',
      { PolicyType: DECLARATIVE_EC2, ...(target ? { TargetId: target } : {}) },
      { absent: ['EffectivePolicyNotFoundException'] },
    );
    const content = out?.EffectivePolicy?.PolicyContent;
    if (typeof content !== 'string') return knownFact(null);
    return knownFact(declarativeAttributes(content));
  } catch (err) {
    if (err instanceof AwsCallError) return unknownFact(refused(err.info));
    return unknownFact(`its content could not be read: ${(err as Error).message}`);
  }
}

function refused(error: AwsErrorInfo): string {
  return `${error.action} failed: ${error.code}`;
}

export const memberDeclarativeEc2 = defineDataset({
  id: 'organizations.memberDeclarativeEc2',
  scope: 'global',
  operations: ['organizations:DescribeEffectivePolicy'],
  deps: ['organizations.accounts'],
  async fetch(ctx) {
    const listed = await ctx.get('organizations.accounts');
    if (!listed) return null;
    const read = await ctx.perItem(listed, (account) => effectiveDeclarativeEc2(ctx, account.Id));
    return new Map(read.flatMap(({ item, result }) => (result.ok ? [[item.Id, result.value] as const] : [])));
  },
});

export const ownDeclarativeEc2 = defineDataset({
  id: 'organizations.ownDeclarativeEc2',
  scope: 'global',
  operations: ['organizations:DescribeEffectivePolicy'],
  deps: ['organizations.standing'],
  async fetch(ctx) {
    if ((await ctx.get('organizations.standing')).role === 'standalone') return knownFact(null);
    return effectiveDeclarativeEc2(ctx);
  },
});

export const organizationTrails = defineDataset({
  id: 'organizations.organizationTrails',
  scope: 'global',
  operations: ['cloudtrail:GetTrailStatus', 'cloudtrail:GetEventSelectors'],
  deps: ['cloudtrail.trails'],
  async fetch(ctx) {
    let trails: Array<Trail & { TrailARN: string }>;
    try {
      trails = await ctx.get('cloudtrail.trails');
    } catch (err) {
      if (err instanceof AwsCallError) return unknownFact(refused(err.info));
      throw err;
    }
    const own = trails.filter((t) => t.IsOrganizationTrail === true && t.TrailARN.split(':')[4] === ctx.account.id);
    const read = await ctx.perItem(own, async (trail) => {
      const region = trail.HomeRegion ?? ctx.homeRegion;
      const [status, selectors] = await Promise.all([
        ctx.call<{ IsLogging?: boolean }>('cloudtrail:GetTrailStatus', { Name: trail.TrailARN }, { region }),
        ctx.call<Record<string, unknown>>('cloudtrail:GetEventSelectors', { TrailName: trail.TrailARN }, { region }).catch(() => undefined),
      ]);
      return { logging: status?.IsLogging === true, selectors };
    });
    return knownFact(
      read.map(({ item, result }): OrganizationTrail => ({
        name: item.Name ?? item.TrailARN,
        arn: item.TrailARN,
        homeRegion: item.HomeRegion ?? ctx.homeRegion,
        multiRegion: item.IsMultiRegionTrail === true,
        ...(result.ok ? { logging: result.value.logging, ...(result.value.selectors ? { selectors: result.value.selectors } : {}) } : {}),
      })),
    );
  },
});

/**
 * What each account of the organization may use of it: the RCPs above it with their documents, its
 * effective declarative policy and the organization trails. Read once, by the management account
 * (or a delegated administrator); null elsewhere.
 */
export const memberContexts = defineDataset({
  id: 'organizations.memberContexts',
  scope: 'global',
  operations: [],
  deps: [
    'organizations.standing',
    'organizations.roots',
    'organizations.accountParents',
    'organizations.targetPolicies',
    'organizations.rcpDocuments',
    'organizations.memberDeclarativeEc2',
    'organizations.organizationTrails',
  ],
  async fetch(ctx) {
    const where = await ctx.get('organizations.standing');
    if (where.role !== 'management' && where.role !== 'delegated-administrator') return null;
    const organization = where.organization;
    const [structure, declarative, trails] = await Promise.all([
      readStructure(ctx),
      settle(async () => (await ctx.get('organizations.memberDeclarativeEc2'))!),
      ctx.get('organizations.organizationTrails'),
    ]);
    const contexts = new Map<string, OrganizationContext>();
    for (const id of structure.accountIds.known ? structure.accountIds.value : []) {
      contexts.set(id, {
        ...contextOf(id, organization, structure, trails),
        declarativeEc2: declarative.known ? (declarative.value.get(id) ?? unknownFact('its effective policy could not be read')) : declarative,
      });
    }
    return contexts;
  },
});

async function settle<T>(read: () => Promise<T>): Promise<OrgFact<T>> {
  try {
    return knownFact(await read());
  } catch (err) {
    if (err instanceof AwsCallError) return unknownFact(refused(err.info));
    return unknownFact((err as Error).message);
  }
}

/** The organization's structure and RCPs as far as they could be read. */
interface Structure {
  roots: OrgFact<OrgRoot[]>;
  chains: OrgFact<AccountParents[]>;
  targets: OrgFact<TargetPolicies[]>;
  documents: OrgFact<Map<string, Fetched<string>>>;
  accountIds: OrgFact<string[]>;
}

async function readStructure(ctx: FetchContext): Promise<Structure> {
  const [roots, chains, targets, documents] = await Promise.all([
    settle(async () => (await ctx.get('organizations.roots'))!),
    settle(async () => (await ctx.get('organizations.accountParents'))!),
    settle(async () => (await ctx.get('organizations.targetPolicies'))!),
    settle(async () => (await ctx.get('organizations.rcpDocuments'))!),
  ]);
  const accountIds: OrgFact<string[]> = chains.known ? knownFact(chains.value.map((c) => c.account.Id)) : chains;
  return { roots, chains, targets, documents, accountIds };
}

/** One account's context from the structure (its declarative policy is filled in by the caller). */
function contextOf(id: string, organization: OrganizationSummary, s: Structure, trails: OrgFact<OrganizationTrail[]>): Omit<OrganizationContext, 'declarativeEc2'> {
  const isManagementAccount = id === organization.managementAccountId;
  return {
    organization,
    readBy: 'management-account',
    isManagementAccount,
    // RCPs never apply to the management account.
    resourceControlPolicies: isManagementAccount ? knownFact([]) : rcpsOf(id, s.roots, s.chains, s.targets, s.documents),
    accountIds: s.accountIds,
    organizationTrails: trails,
  };
}

/** The RCPs that apply to one account, with their documents, or why they cannot be known. */
function rcpsOf(
  accountId: string,
  rootList: OrgFact<OrgRoot[]>,
  chains: OrgFact<AccountParents[]>,
  targets: OrgFact<TargetPolicies[]>,
  documents: OrgFact<Map<string, Fetched<string>>>,
): OrgFact<AppliedRcp[]> {
  if (!rootList.known) return rootList;
  if (!chains.known) return chains;
  if (!targets.known) return targets;
  if (!documents.known) return documents;
  const chain = chains.value.find((c) => c.account.Id === accountId)?.parents;
  if (!chain) return unknownFact('the account is not in the organization listing');
  if (!chain.ok) return unknownFact(refused(chain.error));
  const root = rootList.value.find((r) => r.Id === chain.value[chain.value.length - 1]);
  const enabled = root?.PolicyTypes?.some((t) => t.Type === RCP && t.Status === 'ENABLED') ?? false;
  if (!enabled) return knownFact([]);
  const applied: AppliedRcp[] = [];
  for (const target of [accountId, ...chain.value]) {
    const attached = targets.value.find((t) => t.target === target)?.policies[RCP];
    if (!attached) return unknownFact(`the RCPs attached to ${target} were not listed`);
    if (!attached.ok) return unknownFact(refused(attached.error));
    for (const policy of attached.value) {
      if (policy.awsManaged) continue;
      const content = documents.value.get(policy.id);
      if (!content) return unknownFact(`the document of ${policy.id} was not read`);
      if (!content.ok) return unknownFact(refused(content.error));
      applied.push({ ...policy, content: content.value });
    }
  }
  return knownFact(applied);
}

/**
 * The organization facts this account's verdicts use. In `scan --org` the management account's
 * reading comes with the scan; this account's own reads fill in what it could not read. In a
 * single-account scan only this account's reads count: a member cannot read RCPs or the
 * organization's trails, and the report says so.
 */
export const context = defineDataset({
  id: 'organizations.context',
  scope: 'global',
  operations: [],
  deps: [
    'organizations.standing',
    'organizations.ownDeclarativeEc2',
    'organizations.roots',
    'organizations.accountParents',
    'organizations.targetPolicies',
    'organizations.rcpDocuments',
    'organizations.organizationTrails',
  ],
  async fetch(ctx) {
    const own = await ownContext(ctx);
    const merged = ctx.organization ? mergeContexts(ctx.organization, own) : own;
    const note = unreadFactsNote(merged);
    if (note) ctx.note(note);
    return merged;
  },
});

async function ownContext(ctx: FetchContext): Promise<OrganizationContext> {
  let where: OrganizationStanding;
  try {
    where = await ctx.get('organizations.standing');
  } catch (err) {
    if (!(err instanceof AwsCallError)) throw err;
    const reason = refused(err.info);
    return {
      readBy: 'this-account',
      isManagementAccount: false,
      resourceControlPolicies: unknownFact(reason),
      accountIds: unknownFact(reason),
      declarativeEc2: unknownFact(reason),
      organizationTrails: unknownFact(reason),
    };
  }
  if (where.role === 'standalone') return standaloneContext();
  const declarativeEc2 = await ctx.get('organizations.ownDeclarativeEc2');
  if (where.role === 'management' || where.role === 'delegated-administrator') {
    // It administers the organization: it reads what applies to itself, not every member's policy.
    const [structure, trails] = await Promise.all([readStructure(ctx), ctx.get('organizations.organizationTrails')]);
    return { ...contextOf(ctx.account.id, where.organization, structure, trails), readBy: 'this-account', declarativeEc2 };
  }
  const notReadable = 'they cannot be read from a member account';
  return {
    organization: where.organization,
    readBy: 'this-account',
    isManagementAccount: false,
    resourceControlPolicies: unknownFact(notReadable),
    accountIds: unknownFact(notReadable),
    declarativeEc2,
    organizationTrails: unknownFact(notReadable),
  };
}

const STOPPED_FOR_GOOD = new Set(['shutting-down', 'terminated']);

/**
 * EC2 instances (not shutting down or terminated), RDS DB instances and clusters and ELBv2 load
 * balancers of the management account in every scanned region. Buckets, trails, keys, VPCs and IAM
 * are governance resources and not counted. A region whose listing fails keeps its error.
 */
export const managementWorkloads = defineDataset({
  id: 'organizations.managementWorkloads',
  scope: 'global',
  operations: [],
  deps: ['organizations.standing', 'ec2.instances', 'rds.instances', 'rds.clusters', 'elbv2.loadBalancers'],
  async fetch(ctx) {
    if ((await ctx.get('organizations.standing')).role !== 'management') return null;
    return Promise.all(
      ctx.regions.map(async (region): Promise<RegionWorkloads> => {
        const listings = await Promise.all([
          fetched(async () => (await ctx.get('ec2.instances', region)).filter((i) => !STOPPED_FOR_GOOD.has(i.State?.Name ?? '')).map((i) => `EC2 instance ${i.InstanceId}`)),
          fetched(async () => (await ctx.get('rds.instances', region)).map((d) => `RDS DB instance ${d.DBInstanceIdentifier}`)),
          fetched(async () => (await ctx.get('rds.clusters', region)).map((c) => `RDS DB cluster ${c.DBClusterIdentifier}`)),
          fetched(async () => (await ctx.get('elbv2.loadBalancers', region)).map((lb) => `load balancer ${lb.LoadBalancerName}`)),
        ]);
        return {
          region,
          found: listings.flatMap((l) => (l.ok ? l.value : [])),
          errors: listings.flatMap((l) => (l.ok ? [] : [l.error])),
        };
      }),
    );
  },
});

export default [
  managementWorkloads,
  standing,
  roots,
  accounts,
  accountParents,
  targetPolicies,
  rcpDocuments,
  resourcePolicy,
  serviceAccess,
  delegatedAdministrators,
  memberDeclarativeEc2,
  ownDeclarativeEc2,
  organizationTrails,
  memberContexts,
  context,
];
