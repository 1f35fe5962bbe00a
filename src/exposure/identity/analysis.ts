// Who can become an administrator: for every user and role, its admin-equivalence and, when it is
// not admin-equivalent, the shortest chain of escalation methods that makes it so (a certain chain
// before a conditional one). Chains move from principal to principal (assuming a role, using
// another user's credentials, passing a role to a service) to any depth, never through a principal
// twice: each principal's methods are computed once, and the search runs on that graph.

import type { AwsErrorInfo, EscalationChain } from '../../model.js';
import { adminEquivalence, type AdminVerdict } from './admin.js';
import { permissionsOf } from './decide.js';
import { Methods, type InstanceWithProfile, type Move, type Option, type World } from './methods.js';
import { buildModels, isServiceLinked, managedPolicies, ADMINISTRATOR_ACCESS, type AccountAuthorization, type ManagedPolicy, type PrincipalModel, type Problem, type RawAwsManaged } from './model.js';

export type Read<T> = { ok: true; value: T } | { ok: false; error: AwsErrorInfo };

export interface InstanceLike {
  InstanceId?: string;
  State?: { Name?: string };
  IamInstanceProfile?: { Arn?: string };
  Tags?: Array<{ Key?: string; Value?: string }>;
}

export interface IdentityInput {
  accountId: string;
  partition: string;
  details: AccountAuthorization;
  /** AWS managed policies attached to identities, with their default documents (iam.attachedPolicies). */
  attached: Read<readonly RawAwsManaged[]>;
  credentialReport: Read<{ users: ReadonlyArray<Record<string, string>> }>;
  instances: ReadonlyArray<{ region: string; instances: Read<readonly InstanceLike[]> }>;
}

export interface PrincipalVerdict {
  principal: PrincipalModel;
  admin: AdminVerdict;
  /** Escalation chains, the certain ones first; empty when none was found. */
  chains: EscalationChain[];
  /** What could not be read and could hide a chain; the verdict is unknown when no chain was found. */
  problems: Problem[];
}

export interface IdentityAnalysis {
  verdicts: PrincipalVerdict[];
  byArn: ReadonlyMap<string, PrincipalVerdict>;
  /** Role ARNs of each instance profile, by profile ARN and by profile name. */
  rolesOfProfile(profileArn: string): string[];
}

const MAX_CHAINS = 4;

export function analyseIdentities(input: IdentityInput): IdentityAnalysis {
  const steps = analysisSteps(input);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The same analysis, handing the event loop back between batches of principals: in a scan, requests
 * in flight for other checks keep being answered while thousands of principals are analysed.
 */
export async function analyseIdentitiesAsync(input: IdentityInput): Promise<IdentityAnalysis> {
  const steps = analysisSteps(input);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

const BATCH = 50;

function* analysisSteps(input: IdentityInput): Generator<void, IdentityAnalysis> {
  const { accountId, partition } = input;
  const attached = input.attached.ok ? { ok: true as const, value: input.attached.value } : input.attached;
  const { byArn: managed, awsManagedError } = managedPolicies(input.details.policies, attached, partition);
  const { principals, groups } = buildModels(input.details, managed, awsManagedError);
  const byArn = new Map(principals.map((p) => [p.arn, p]));

  const profileRoles = new Map<string, PrincipalModel[]>();
  const profileRolesByName = new Map<string, PrincipalModel[]>();
  for (const p of principals) {
    for (const profile of p.instanceProfiles) {
      profileRoles.set(profile, [...(profileRoles.get(profile) ?? []), p]);
      const name = profile.split('/').pop() ?? profile;
      profileRolesByName.set(name, [...(profileRolesByName.get(name) ?? []), p]);
    }
  }

  const instances: InstanceWithProfile[] = [];
  const unreadableInstances: Problem[] = [];
  for (const { region, instances: read } of input.instances) {
    if (!read.ok) {
      unreadableInstances.push({ what: `the instances of ${region} (to know which roles ssm:SendCommand and ssm:StartSession can reach)`, error: read.error });
      continue;
    }
    for (const i of read.value) {
      const arn = i.IamInstanceProfile?.Arn;
      if (!arn || !i.InstanceId || i.State?.Name === 'terminated' || i.State?.Name === 'shutting-down') continue;
      const known = profileRoles.has(arn) ? arn : [...profileRoles.keys()].find((k) => k.split('/').pop() === arn.split('/').pop());
      if (!known) continue;
      instances.push({ region, instanceId: i.InstanceId, profileArn: known, tags: Object.fromEntries((i.Tags ?? []).filter((t) => t.Key).map((t) => [t.Key!.toLowerCase(), t.Value ?? ''])) });
    }
  }

  const passwords = new Map<string, boolean>();
  if (input.credentialReport.ok) {
    for (const row of input.credentialReport.value.users) {
      const enabled = row.password_enabled;
      if (enabled === 'true' || enabled === 'false') passwords.set(row.user ?? '', enabled === 'true');
    }
  }

  const adminCache = new Map<string, AdminVerdict>();
  const adminOf = (p: PrincipalModel): AdminVerdict => {
    let v = adminCache.get(p.arn);
    if (!v) {
      v = adminEquivalence(permissionsOf(p), p, accountId, partition);
      adminCache.set(p.arn, v);
    }
    return v;
  };

  const probe: PrincipalModel = { kind: 'role', name: 'zz-policy-probe', arn: `arn:${partition}:iam::${accountId}:role/zz-policy-probe`, id: '', path: '/', tags: {}, sources: [], managed: [], groups: [], instanceProfiles: [], problems: [] };
  const adminPolicies: ManagedPolicy[] = [...managed.values()]
    .filter((m) => m.doc && adminEquivalence({ sources: [{ label: m.name, doc: m.doc }], boundary: null }, probe, accountId, partition).answer === 'yes')
    .sort((a, b) => (a.arn === ADMINISTRATOR_ACCESS(partition) ? -1 : b.arn === ADMINISTRATOR_ACCESS(partition) ? 1 : Number(b.awsManaged) - Number(a.awsManaged) || a.arn.localeCompare(b.arn)));

  const regions = input.instances.map((i) => i.region);
  const world: World = {
    accountId,
    partition,
    regions: regions.length ? regions : ['us-east-1'],
    principals,
    byArn,
    profileRoles,
    adminPolicies,
    managed,
    admin: (p) => adminOf(p).answer,
    hasPassword: (u) => (input.credentialReport.ok ? (passwords.get(u.name) ?? false) : undefined),
    instances,
    unreadableInstances,
    groups: [...groups.values()],
    roles: principals.filter((p) => p.kind === 'role' && !isServiceLinked(p)),
    users: principals.filter((p) => p.kind === 'user'),
  };

  // The graph: finishing options per principal, and moves to principals that are not admin.
  const finish = new Map<string, Option[]>();
  const edges = new Map<string, Move[]>();
  const problems = new Map<string, Problem[]>();
  let done = 0;
  for (const p of principals) {
    if (++done % BATCH === 0) yield;
    const admin = adminOf(p);
    if (admin.answer === 'yes') continue;
    const methods = new Methods(world, p);
    const own: Option[] = methods.selfEscalations();
    const { moves, problems: moveProblems } = methods.moves();
    const onward: Move[] = [];
    for (const move of moves) {
      const targetAdmin = adminOf(move.to);
      if (targetAdmin.answer === 'yes') own.push(move.option);
      else {
        if (targetAdmin.answer === 'maybe') own.push({ ...move.option, conditional: true, conditions: [...move.option.conditions, ...targetAdmin.conditions.map((c) => `${move.to.name} is admin-equivalent only if ${c}`)] });
        onward.push(move);
      }
    }
    finish.set(p.arn, own.sort(byStrength));
    edges.set(p.arn, onward);
    const found = [...p.problems, ...moveProblems];
    if (found.length) problems.set(p.arn, found);
  }

  const distCertain = distances(finish, edges, true);
  const distAny = distances(finish, edges, false);
  const tainted = taint(problems, edges);

  const verdicts: PrincipalVerdict[] = principals.map((p) => {
    const admin = adminOf(p);
    if (admin.answer === 'yes') return { principal: p, admin, chains: [], problems: p.problems };
    const chains: EscalationChain[] = [];
    const main = distCertain.has(p.arn) ? chainFrom(p.arn, finish, edges, distCertain, true) : distAny.has(p.arn) ? chainFrom(p.arn, finish, edges, distAny, false) : undefined;
    if (main) chains.push(main);
    // Other ways P escalates on its own, by other methods.
    for (const o of finish.get(p.arn) ?? []) {
      if (chains.length >= MAX_CHAINS) break;
      const candidate = toChain(o.steps, [o]);
      if (!chains.some((c) => sameMethods(c, candidate))) chains.push(candidate);
    }
    chains.sort((a, b) => Number(a.conditional) - Number(b.conditional) || a.steps.length - b.steps.length);
    const hidden = tainted.get(p.arn) ?? [];
    return { principal: p, admin, chains, problems: hidden };
  });
  const verdictByArn = new Map(verdicts.map((v) => [v.principal.arn, v]));
  return {
    verdicts,
    byArn: verdictByArn,
    rolesOfProfile: (profileArn) => (profileRoles.get(profileArn) ?? profileRolesByName.get(profileArn.split('/').pop() ?? '') ?? []).map((r) => r.arn),
  };
}

const byStrength = (a: Option, b: Option) => Number(a.conditional) - Number(b.conditional) || a.steps.length - b.steps.length;

const sameMethods = (a: EscalationChain, b: EscalationChain) =>
  a.steps.length === b.steps.length && a.steps.every((s, i) => s.method === b.steps[i]!.method && s.to === b.steps[i]!.to && s.from === b.steps[i]!.from);

function toChain(steps: EscalationChain['steps'], options: readonly Option[]): EscalationChain {
  const conditions = [...new Set(options.flatMap((o) => o.conditions))];
  return { steps: steps.map((s) => ({ ...s, actions: [...s.actions], resources: [...s.resources] })), conditional: options.some((o) => o.conditional), conditions };
}

/** Steps to the nearest finishing option, per principal; certain-only or any. */
function distances(finish: ReadonlyMap<string, Option[]>, edges: ReadonlyMap<string, Move[]>, certainOnly: boolean): Map<string, number> {
  const reverse = new Map<string, string[]>();
  for (const [from, moves] of edges) {
    for (const m of moves) {
      if (certainOnly && m.option.conditional) continue;
      reverse.set(m.to.arn, [...(reverse.get(m.to.arn) ?? []), from]);
    }
  }
  const dist = new Map<string, number>();
  const queue: string[] = [];
  for (const [arn, options] of finish) {
    if (options.some((o) => !certainOnly || !o.conditional)) {
      dist.set(arn, 0);
      queue.push(arn);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i]!;
    for (const from of reverse.get(at) ?? []) {
      if (dist.has(from)) continue;
      dist.set(from, dist.get(at)! + 1);
      queue.push(from);
    }
  }
  return dist;
}

function chainFrom(start: string, finish: ReadonlyMap<string, Option[]>, edges: ReadonlyMap<string, Move[]>, dist: ReadonlyMap<string, number>, certainOnly: boolean): EscalationChain {
  const steps: EscalationChain['steps'] = [];
  const used: Option[] = [];
  let at = start;
  for (let guard = 0; guard < 10_000; guard++) {
    const d = dist.get(at)!;
    if (d === 0) {
      const end = (finish.get(at) ?? []).filter((o) => !certainOnly || !o.conditional).sort(byStrength)[0]!;
      steps.push(...end.steps);
      used.push(end);
      break;
    }
    const next = (edges.get(at) ?? []).filter((m) => (!certainOnly || !m.option.conditional) && dist.get(m.to.arn) === d - 1).sort((a, b) => byStrength(a.option, b.option))[0]!;
    steps.push(...next.option.steps);
    used.push(next.option);
    at = next.to.arn;
  }
  return toChain(steps, used);
}

/** Principals from which a principal with unread inputs can be reached, with those problems. */
function taint(problems: ReadonlyMap<string, Problem[]>, edges: ReadonlyMap<string, Move[]>): Map<string, Problem[]> {
  const reverse = new Map<string, string[]>();
  for (const [from, moves] of edges) for (const m of moves) reverse.set(m.to.arn, [...(reverse.get(m.to.arn) ?? []), from]);
  const out = new Map<string, Problem[]>();
  for (const [arn, list] of problems) {
    const queue = [arn];
    const seen = new Set(queue);
    for (let i = 0; i < queue.length; i++) {
      const at = queue[i]!;
      out.set(at, [...(out.get(at) ?? []), ...list.filter((p) => !(out.get(at) ?? []).some((q) => q.what === p.what))]);
      for (const from of reverse.get(at) ?? []) {
        if (seen.has(from)) continue;
        seen.add(from);
        queue.push(from);
      }
    }
  }
  return out;
}
