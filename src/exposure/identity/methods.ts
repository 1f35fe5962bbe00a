// The twenty privilege-escalation methods of EXPOSURE.md section 2, for one principal X: the steps
// that make X itself admin-equivalent (methods 1-6 and 20, alone or after removing X's boundary),
// and the steps that let X act as another principal (7-19), from which the search goes on.

import type { EscalationStep } from '../../model.js';
import type { PolicyDocument } from '../../policy/document.js';
import { statementCoversAction } from '../../policy/document.js';
import { adminEquivalence } from './admin.js';
import { statementTruth, type RequestContext } from './conditions.js';
import { all, best, decide, mayAllow, NO, permissionsOf, type Answer, type Decision, type Permissions } from './decide.js';
import { type ManagedPolicy, type PolicySource, type PrincipalModel, type Problem } from './model.js';

export interface Option {
  steps: EscalationStep[];
  conditional: boolean;
  conditions: string[];
}

export interface Move {
  to: PrincipalModel;
  option: Option;
}

export interface InstanceWithProfile {
  region: string;
  instanceId: string;
  profileArn: string;
  tags: Record<string, string>;
}

export interface World {
  accountId: string;
  partition: string;
  regions: readonly string[];
  principals: readonly PrincipalModel[];
  byArn: ReadonlyMap<string, PrincipalModel>;
  /** Roles of each instance profile ARN. */
  profileRoles: ReadonlyMap<string, PrincipalModel[]>;
  /** Managed policies that are admin-equivalent on their own, AdministratorAccess first. */
  adminPolicies: readonly ManagedPolicy[];
  managed: ReadonlyMap<string, ManagedPolicy>;
  admin(p: PrincipalModel): Answer;
  /** Whether a user has a console password: true, false, or undefined when unknown. */
  hasPassword(user: PrincipalModel): boolean | undefined;
  instances: readonly InstanceWithProfile[];
  /** Regions whose instances could not be read, with the error. */
  unreadableInstances: ReadonlyArray<Problem>;
  /** Every group of the account, with its policies. */
  groups: ReadonlyArray<PrincipalModel['groups'][number]>;
  /** Roles other principals may act as (service-linked roles left out), and users. */
  roles: readonly PrincipalModel[];
  users: readonly PrincipalModel[];
}

const ALL_ACTIONS_DOC: PolicyDocument = { statements: [{ effect: 'Allow', actions: ['*'], resources: ['*'], conditions: [] }] };
const NEW_ADMIN_POLICY: PolicySource = { label: 'a policy granting "*" on "*"', doc: ALL_ACTIONS_DOC };

const SERVICE = {
  ec2: 'ec2.amazonaws.com',
  lambda: 'lambda.amazonaws.com',
  cloudformation: 'cloudformation.amazonaws.com',
  codebuild: 'codebuild.amazonaws.com',
  glue: 'glue.amazonaws.com',
  ecs: 'ecs-tasks.amazonaws.com',
} as const;

function option(steps: EscalationStep[], decisions: readonly Decision[], extra: string[] = []): Option {
  const conditions = [...new Set([...decisions.flatMap((d) => (d.answer === 'maybe' ? d.conditions : [])), ...extra])];
  return { steps, conditional: conditions.length > 0 || decisions.some((d) => d.answer === 'maybe'), conditions };
}

/** Everything X can do toward escalating, computed once per principal. */
export class Methods {
  private readonly perms: Permissions;
  private readonly covered = new Map<string, boolean>();

  constructor(
    private readonly world: World,
    private readonly x: PrincipalModel,
  ) {
    this.perms = permissionsOf(x);
  }

  private ctx(action: string, values?: RequestContext['values'], resourceTags?: RequestContext['resourceTags']): RequestContext {
    return { caller: this.x, accountId: this.world.accountId, action: action.toLowerCase(), ...(values ? { values } : {}), ...(resourceTags ? { resourceTags } : {}) };
  }

  /** Whether some Allow of X covers the action at all: a cheap filter, asked once per action. */
  private may(action: string): boolean {
    let known = this.covered.get(action);
    if (known === undefined) {
      known = mayAllow(this.perms, action);
      this.covered.set(action, known);
    }
    return known;
  }

  private d(action: string, resource: string, values?: RequestContext['values'], resourceTags?: RequestContext['resourceTags']): Decision {
    if (!this.may(action)) return NO;
    return decide(this.perms, action, resource, this.ctx(action, values, resourceTags));
  }

  private step(method: number, actions: string[], resources: string[], to: string): EscalationStep {
    return { from: this.x.arn, method, actions, resources, to };
  }

  private iam(type: string, name: string): string {
    return `arn:${this.world.partition}:iam::${this.world.accountId}:${type}/${name}`;
  }

  /** X's admin-equivalence after a change to its policies. */
  private adminWith(change: { add?: PolicySource[]; remove?: (s: PolicySource) => boolean; boundary?: PolicySource | null }): Answer {
    const sources = [...this.perms.sources.filter((s) => !change.remove?.(s)), ...(change.add ?? [])];
    const boundary = change.boundary === undefined ? this.perms.boundary : change.boundary;
    return adminEquivalence({ sources, boundary }, this.x, this.world.accountId, this.world.partition).answer;
  }

  private deleteBoundary(): { decision: Decision; step: EscalationStep } | undefined {
    if (!this.perms.boundary) return undefined;
    const action = this.x.kind === 'user' ? 'iam:DeleteUserPermissionsBoundary' : 'iam:DeleteRolePermissionsBoundary';
    const decision = this.d(action, this.x.arn);
    if (decision.answer === 'no') return undefined;
    return { decision, step: this.step(20, [action], [this.x.arn], this.x.arn) };
  }

  /**
   * A change to X's own policies allowed by `decisions`: it escalates when X is then admin-equivalent,
   * or when it would be without X's boundary and X may delete the boundary first.
   */
  private selfChange(step: EscalationStep, decisions: Decision[], change: Parameters<Methods['adminWith']>[0]): Option | undefined {
    if (decisions.some((d) => d.answer === 'no')) return undefined;
    const after = this.adminWith(change);
    if (after !== 'no') return option([step], decisions, after === 'maybe' ? ['the permissions that result are admin-equivalent only under a condition'] : []);
    const removal = this.deleteBoundary();
    if (!removal) return undefined;
    const unbounded = this.adminWith({ ...change, boundary: null });
    if (unbounded === 'no') return undefined;
    return option([removal.step, step], [removal.decision, ...decisions], unbounded === 'maybe' ? ['the permissions that result are admin-equivalent only under a condition'] : []);
  }

  /** Steps that leave X itself admin-equivalent. */
  selfEscalations(): Option[] {
    const out: Option[] = [];
    const add = (o: Option | undefined) => o && out.push(o);
    const x = this.x;
    const attachedPolicies: Array<{ arn: string; group?: string }> = [...x.managed.map((arn) => ({ arn })), ...x.groups.flatMap((g) => g.managed.map((arn) => ({ arn, group: g.name })))];
    // 1 and 2: a customer managed policy attached to X (or to its group).
    for (const { arn, group } of attachedPolicies) {
      const policy = this.world.managed.get(arn);
      if (!policy || policy.awsManaged) continue;
      const isIt = (s: PolicySource) => s.arn === arn && (group === undefined ? s.group === undefined : s.group === group);
      const create = this.d('iam:CreatePolicyVersion', arn);
      add(this.selfChange(this.step(1, ['iam:CreatePolicyVersion'], [arn], x.arn), [create], { remove: isIt, add: [{ ...NEW_ADMIN_POLICY, label: `a new default version of ${policy.name}` }] }));
      if (policy.versions.length) {
        const setDefault = this.d('iam:SetDefaultPolicyVersion', arn);
        if (setDefault.answer !== 'no') {
          for (const version of policy.versions) {
            const o = this.selfChange(this.step(2, ['iam:SetDefaultPolicyVersion'], [`${arn} (version ${version.id})`], x.arn), [setDefault], {
              remove: isIt,
              add: [{ label: `${policy.name} version ${version.id}`, arn, doc: version.doc }],
            });
            if (o) {
              add(o);
              break;
            }
          }
        }
      }
    }
    // 3: attach an admin-equivalent managed policy to itself.
    const attachAction = x.kind === 'user' ? 'iam:AttachUserPolicy' : 'iam:AttachRolePolicy';
    add(this.firstAdminPolicy((policy) => {
      const decision = this.d(attachAction, x.arn, { 'iam:policyarn': [policy.arn], 'iam:permissionsboundary': x.boundaryArn ? [x.boundaryArn] : undefined }, x.tags);
      return this.selfChange(this.step(3, [attachAction], [x.arn, policy.arn], x.arn), [decision], { add: [{ label: policy.name, arn: policy.arn, doc: policy.doc! }] });
    }));
    // 4: attach one to a group X belongs to.
    for (const g of x.groups) {
      add(this.firstAdminPolicy((policy) => {
        const decision = this.d('iam:AttachGroupPolicy', g.arn, { 'iam:policyarn': [policy.arn] });
        return this.selfChange(this.step(4, ['iam:AttachGroupPolicy'], [g.arn, policy.arn], x.arn), [decision], { add: [{ label: `${policy.name} (group ${g.name})`, arn: policy.arn, doc: policy.doc!, group: g.name }] });
      }));
    }
    // 5: an inline policy on itself or its group.
    const putAction = x.kind === 'user' ? 'iam:PutUserPolicy' : 'iam:PutRolePolicy';
    add(this.selfChange(this.step(5, [putAction], [x.arn], x.arn), [this.d(putAction, x.arn, { 'iam:permissionsboundary': x.boundaryArn ? [x.boundaryArn] : undefined }, x.tags)], { add: [{ ...NEW_ADMIN_POLICY, label: 'a new inline policy' }] }));
    for (const g of x.groups) {
      add(this.selfChange(this.step(5, ['iam:PutGroupPolicy'], [g.arn], x.arn), [this.d('iam:PutGroupPolicy', g.arn)], { add: [{ ...NEW_ADMIN_POLICY, label: `a new inline policy of group ${g.name}`, group: g.name }] }));
    }
    // 6: join a stronger group.
    if (x.kind === 'user') {
      for (const g of this.world.groups) {
        if (x.groups.some((m) => m.name === g.name)) continue;
        const decision = this.d('iam:AddUserToGroup', g.arn);
        if (decision.answer === 'no') continue;
        add(this.selfChange(this.step(6, ['iam:AddUserToGroup'], [g.arn], x.arn), [decision], { add: g.sources }));
      }
    }
    // 20: delete its own boundary when the boundary is what stops it.
    const removal = this.deleteBoundary();
    if (removal) {
      const unbounded = this.adminWith({ boundary: null });
      if (unbounded !== 'no') out.push(option([removal.step], [removal.decision], unbounded === 'maybe' ? ['the permissions that result are admin-equivalent only under a condition'] : []));
    }
    return out;
  }

  private firstAdminPolicy(attempt: (policy: ManagedPolicy) => Option | undefined): Option | undefined {
    let fallback: Option | undefined;
    for (const policy of this.world.adminPolicies) {
      const o = attempt(policy);
      if (o && !o.conditional) return o;
      fallback ??= o;
    }
    return fallback;
  }

  /** Whether a role's trust policy lets X assume it. */
  trustAdmits(role: PrincipalModel): Decision {
    if (!role.trust) return NO;
    const root = `arn:${this.world.partition}:iam::${this.world.accountId}:root`;
    const named = (list: readonly string[] | undefined) => (list ?? []).some((p) => p === '*' || p === this.x.arn || p === root || p === this.world.accountId);
    const ctx = this.ctx('sts:AssumeRole');
    const decisions: Decision[] = [];
    let denied: Decision | undefined;
    for (const st of role.trust.statements) {
      if (!statementCoversAction(st, 'sts:AssumeRole')) continue;
      const principal = st.principal === '*' || (st.principal && named(st.principal.AWS));
      const notPrincipal = st.notPrincipal !== undefined && !(st.notPrincipal !== '*' && named(st.notPrincipal.AWS)) && st.notPrincipal !== '*';
      if (!principal && !notPrincipal) continue;
      const { truth, unknown } = statementTruth(st.conditions, st.effect, ctx);
      if (truth === 'false') continue;
      const d: Decision = truth === 'true' ? { answer: 'yes', conditions: [], grantedBy: [] } : { answer: 'maybe', conditions: unknown.map((u) => `trust policy of ${role.name}: ${u}`), grantedBy: [] };
      if (st.effect === 'Deny') denied = d.answer === 'yes' ? d : (denied ?? d);
      else decisions.push(d);
    }
    const allowed = best(decisions);
    if (allowed.answer === 'no' || denied?.answer === 'yes') return NO;
    if (denied) return { answer: 'maybe', conditions: [...allowed.conditions, ...denied.conditions.map((c) => `not ${c}`)], grantedBy: [] };
    return allowed;
  }

  /** Whether a service may assume the role (its trust policy names the service principal). */
  private trustedBy(role: PrincipalModel, service: string): Decision {
    if (!role.trust) return NO;
    const decisions: Decision[] = [];
    for (const st of role.trust.statements) {
      if (st.effect !== 'Allow' || !statementCoversAction(st, 'sts:AssumeRole')) continue;
      const services = st.principal && st.principal !== '*' ? (st.principal.Service ?? []) : [];
      if (!services.includes(service)) continue;
      // The escalating principal creates the resource the service acts for, in this account.
      const own = st.conditions.filter((c) => c.key !== 'aws:sourcearn' && c.key !== 'aws:sourceaccount');
      const pinned = st.conditions.filter((c) => c.key === 'aws:sourcearn' || c.key === 'aws:sourceaccount');
      if (pinned.some((c) => c.values.every((v) => !(v.includes(this.world.accountId) || /^\*|:\*:/.test(v))))) continue;
      const { truth, unknown } = statementTruth(own, 'Allow', this.ctx('sts:AssumeRole'));
      if (truth === 'false') continue;
      decisions.push(truth === 'true' ? { answer: 'yes', conditions: [], grantedBy: [] } : { answer: 'maybe', conditions: unknown.map((u) => `trust policy of ${role.name}: ${u}`), grantedBy: [] });
    }
    return best(decisions);
  }

  private passRole(role: PrincipalModel, service: string): Decision {
    return this.d('iam:PassRole', role.arn, { 'iam:passedtoservice': [service] }, role.tags);
  }

  /** The first region where all of `decide(region)` holds, or the best answer over regions. */
  private inSomeRegion(decideIn: (region: string) => Decision): Decision {
    return best(this.world.regions.map(decideIn));
  }

  /** Steps by which X acts as another principal. */
  moves(): { moves: Move[]; problems: Problem[] } {
    const moves: Move[] = [];
    const problems: Problem[] = [];
    const x = this.x;
    const w = this.world;
    const push = (to: PrincipalModel, steps: EscalationStep[], decisions: Decision[], extra: string[] = []) => {
      if (decisions.some((d) => d.answer === 'no')) return;
      moves.push({ to, option: option(steps, decisions, extra) });
    };
    // Only the few principals that hold one of the actions below need the lists of the others.
    let rolesMemo: PrincipalModel[] | undefined;
    let usersMemo: PrincipalModel[] | undefined;
    const others = () => (rolesMemo ??= w.roles.filter((p) => p.arn !== x.arn));
    const otherUsers = () => (usersMemo ??= w.users.filter((p) => p.arn !== x.arn));

    // 7 and 8: credentials of another user.
    if (this.may('iam:CreateAccessKey')) {
      for (const u of otherUsers()) push(u, [this.step(7, ['iam:CreateAccessKey'], [u.arn], u.arn)], [this.d('iam:CreateAccessKey', u.arn, undefined, u.tags)]);
    }
    if (this.may('iam:CreateLoginProfile') || this.may('iam:UpdateLoginProfile')) {
      for (const u of otherUsers()) {
        const create = this.d('iam:CreateLoginProfile', u.arn, undefined, u.tags);
        const update = this.d('iam:UpdateLoginProfile', u.arn, undefined, u.tags);
        const password = w.hasPassword(u);
        if (password === false && create.answer !== 'no') push(u, [this.step(8, ['iam:CreateLoginProfile'], [u.arn], u.arn)], [create]);
        else if (password === true && update.answer !== 'no') push(u, [this.step(8, ['iam:UpdateLoginProfile'], [u.arn], u.arn)], [update]);
        else if (password === undefined) {
          if (create.answer !== 'no' && update.answer !== 'no') push(u, [this.step(8, ['iam:CreateLoginProfile', 'iam:UpdateLoginProfile'], [u.arn], u.arn)], [create, update]);
          else if (create.answer !== 'no' || update.answer !== 'no') {
            const which = create.answer !== 'no' ? 'iam:CreateLoginProfile' : 'iam:UpdateLoginProfile';
            push(u, [this.step(8, [which], [u.arn], u.arn)], [create.answer !== 'no' ? create : update], [`whether user ${u.name} has a console password (the credential report could not be read)`]);
          }
        }
      }
    }
    // 9 and 10: roles to assume.
    const canAssume = this.may('sts:AssumeRole');
    const canRewrite = this.may('iam:UpdateAssumeRolePolicy');
    if (canAssume) {
      for (const r of others()) {
        const assume = this.d('sts:AssumeRole', r.arn, undefined, r.tags);
        if (assume.answer === 'no') continue;
        const trust = this.trustAdmits(r);
        if (trust.answer !== 'no') push(r, [this.step(10, ['sts:AssumeRole'], [r.arn], r.arn)], [assume, trust]);
        if (canRewrite) {
          const rewrite = this.d('iam:UpdateAssumeRolePolicy', r.arn, undefined, r.tags);
          if (trust.answer !== 'yes') push(r, [this.step(9, ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'], [r.arn], r.arn)], [rewrite, assume]);
        }
      }
    }
    // 11-17 and 19: pass a role to something that runs with it.
    if (this.may('iam:PassRole')) {
      const acct = w.accountId;
      const p = w.partition;
      const runInstances = this.inSomeRegion((region) => this.d('ec2:RunInstances', `arn:${p}:ec2:${region}:${acct}:instance/*`));
      const associate = this.inSomeRegion((region) => this.d('ec2:AssociateIamInstanceProfile', `arn:${p}:ec2:${region}:${acct}:instance/*`));
      const lambdaCreate = this.inSomeRegion((region) => this.d('lambda:CreateFunction', `arn:${p}:lambda:${region}:${acct}:function:zz-escalation`));
      const lambdaRuns = (['lambda:InvokeFunction', 'lambda:AddPermission', 'lambda:CreateEventSourceMapping'] as const).map((action) => ({
        action,
        decision: this.inSomeRegion((region) => this.d(action, action === 'lambda:CreateEventSourceMapping' ? '*' : `arn:${p}:lambda:${region}:${acct}:function:zz-escalation`)),
      }));
      const lambdaRunPick = lambdaRuns.find((r) => r.decision.answer === 'yes') ?? lambdaRuns.find((r) => r.decision.answer === 'maybe');
      const lambdaRun = lambdaRunPick?.decision ?? NO;
      const lambdaRunAction = lambdaRunPick?.action ?? 'lambda:InvokeFunction';
      const createStack = this.inSomeRegion((region) => this.d('cloudformation:CreateStack', `arn:${p}:cloudformation:${region}:${acct}:stack/zz-escalation/*`));
      const codebuild = this.inSomeRegion((region) =>
        all([this.d('codebuild:CreateProject', `arn:${p}:codebuild:${region}:${acct}:project/zz-escalation`), this.d('codebuild:StartBuild', `arn:${p}:codebuild:${region}:${acct}:project/zz-escalation`)]),
      );
      const glueDev = this.inSomeRegion((region) => this.d('glue:CreateDevEndpoint', `arn:${p}:glue:${region}:${acct}:devEndpoint/zz-escalation`));
      const glueJob = this.inSomeRegion((region) => all([this.d('glue:CreateJob', `arn:${p}:glue:${region}:${acct}:job/zz-escalation`), this.d('glue:StartJobRun', `arn:${p}:glue:${region}:${acct}:job/zz-escalation`)]));
      const ecsRegister = this.d('ecs:RegisterTaskDefinition', '*');
      const ecsRuns = (['ecs:RunTask', 'ecs:CreateService'] as const).map((action) => ({
        action,
        decision: this.inSomeRegion((region) => this.d(action, action === 'ecs:RunTask' ? `arn:${p}:ecs:${region}:${acct}:task-definition/zz-escalation:1` : `arn:${p}:ecs:${region}:${acct}:service/zz-escalation/zz-escalation`)),
      }));
      const ecsRunPick = ecsRuns.find((r) => r.decision.answer === 'yes') ?? ecsRuns.find((r) => r.decision.answer === 'maybe');
      const ecsRun = ecsRunPick?.decision ?? NO;
      const ecsRunAction = ecsRunPick?.action ?? 'ecs:RunTask';
      const profileSwaps = this.profileSwaps();
      for (const r of others()) {
        if (runInstances.answer !== 'no' && r.instanceProfiles.length) {
          const pass = this.passRole(r, SERVICE.ec2);
          push(r, [this.step(11, ['iam:PassRole', 'ec2:RunInstances'], [r.arn, r.instanceProfiles[0]!], r.arn)], [pass, runInstances]);
        }
        if (lambdaCreate.answer !== 'no' && lambdaRun.answer !== 'no') {
          const trusted = this.trustedBy(r, SERVICE.lambda);
          if (trusted.answer !== 'no') push(r, [this.step(12, ['iam:PassRole', 'lambda:CreateFunction', lambdaRunAction], [r.arn], r.arn)], [this.passRole(r, SERVICE.lambda), trusted, lambdaCreate, lambdaRun]);
        }
        if (createStack.answer !== 'no') {
          const trusted = this.trustedBy(r, SERVICE.cloudformation);
          if (trusted.answer !== 'no') push(r, [this.step(14, ['iam:PassRole', 'cloudformation:CreateStack'], [r.arn], r.arn)], [this.passRole(r, SERVICE.cloudformation), trusted, createStack]);
        }
        if (codebuild.answer !== 'no') {
          const trusted = this.trustedBy(r, SERVICE.codebuild);
          if (trusted.answer !== 'no') push(r, [this.step(15, ['iam:PassRole', 'codebuild:CreateProject', 'codebuild:StartBuild'], [r.arn], r.arn)], [this.passRole(r, SERVICE.codebuild), trusted, codebuild]);
        }
        const glue = glueDev.answer === 'yes' ? glueDev : best([glueDev, glueJob]);
        if (glue.answer !== 'no') {
          const trusted = this.trustedBy(r, SERVICE.glue);
          const actions = glue === glueDev ? ['iam:PassRole', 'glue:CreateDevEndpoint'] : ['iam:PassRole', 'glue:CreateJob', 'glue:StartJobRun'];
          if (trusted.answer !== 'no') push(r, [this.step(16, actions, [r.arn], r.arn)], [this.passRole(r, SERVICE.glue), trusted, glue]);
        }
        if (ecsRegister.answer !== 'no' && ecsRun.answer !== 'no') {
          const trusted = this.trustedBy(r, SERVICE.ecs);
          if (trusted.answer !== 'no') push(r, [this.step(17, ['iam:PassRole', 'ecs:RegisterTaskDefinition', ecsRunAction], [r.arn], r.arn)], [this.passRole(r, SERVICE.ecs), trusted, ecsRegister, ecsRun]);
        }
        if (associate.answer !== 'no' && profileSwaps.length) {
          const pass = this.passRole(r, SERVICE.ec2);
          if (pass.answer !== 'no') {
            const swap = profileSwaps.find((s) => s.decision.answer === 'yes') ?? profileSwaps[0]!;
            push(r, [this.step(19, ['iam:RemoveRoleFromInstanceProfile', 'iam:AddRoleToInstanceProfile', 'iam:PassRole', 'ec2:AssociateIamInstanceProfile'], [swap.profile, r.arn], r.arn)], [swap.decision, pass, associate]);
          }
        }
      }
    }
    // 13: new code for a function that runs with a privileged role. Functions are not read: any
    // function may run with a role Lambda can assume, which makes the step conditional.
    const updateCode = this.may('lambda:UpdateFunctionCode') ? this.inSomeRegion((region) => this.d('lambda:UpdateFunctionCode', `arn:${w.partition}:lambda:${region}:${w.accountId}:function:zz-any-function`)) : NO;
    if (updateCode.answer !== 'no') {
      for (const r of others()) {
        if (w.admin(r) === 'no') continue;
        const trusted = this.trustedBy(r, SERVICE.lambda);
        if (trusted.answer === 'no') continue;
        push(r, [this.step(13, ['lambda:UpdateFunctionCode'], [`arn:${w.partition}:lambda:*:${w.accountId}:function:*`], r.arn)], [updateCode, trusted], [`whether a Lambda function runs with role ${r.name} (functions are not read)`]);
      }
    }
    // 18: commands on an instance whose profile holds a role.
    const ssm = this.may('ssm:SendCommand') || this.may('ssm:StartSession');
    if (ssm) {
      problems.push(...w.unreadableInstances);
      const seen = new Set<string>();
      for (const instance of w.instances) {
        const targets = (w.profileRoles.get(instance.profileArn) ?? []).filter((r) => r.arn !== x.arn && !seen.has(r.arn));
        if (!targets.length) continue;
        const arn = `arn:${w.partition}:ec2:${instance.region}:${w.accountId}:instance/${instance.instanceId}`;
        const documentArn = `arn:${w.partition}:ssm:${instance.region}::document/AWS-RunShellScript`;
        const send = all([this.d('ssm:SendCommand', arn, undefined, instance.tags), this.d('ssm:SendCommand', documentArn)]);
        const start = this.d('ssm:StartSession', arn, undefined, instance.tags);
        const use = send.answer === 'yes' || start.answer === 'no' ? send : start;
        if (use.answer === 'no') continue;
        const actions = use === send ? ['ssm:SendCommand'] : ['ssm:StartSession'];
        for (const r of targets) {
          seen.add(r.arn);
          push(r, [this.step(18, actions, use === send ? [arn, documentArn] : [arn], r.arn)], [use]);
        }
      }
    }
    return { moves, problems };
  }

  /** Instance profiles X can put another role into (removing the role it holds first). */
  private profileSwaps(): Array<{ profile: string; decision: Decision }> {
    if (!this.may('iam:AddRoleToInstanceProfile')) return [];
    const out: Array<{ profile: string; decision: Decision }> = [];
    for (const profile of this.world.profileRoles.keys()) {
      const d = all([this.d('iam:AddRoleToInstanceProfile', profile), this.d('iam:RemoveRoleFromInstanceProfile', profile)]);
      if (d.answer !== 'no') out.push({ profile, decision: d });
    }
    return out;
  }
}

