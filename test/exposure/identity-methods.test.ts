// Each escalation method of EXPOSURE.md section 2 with a case that escalates and a negative twin
// that does not (an explicit Deny, a boundary, a resource scoped elsewhere, a condition that pins).
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  ADMIN_POLICY,
  allow,
  analyse,
  customerPolicy,
  deny,
  group,
  iamArn,
  methodsOf,
  role,
  trustAccount,
  trustService,
  user,
  type World,
} from '../fixtures/iam-identities.js';

const DEV = iamArn('user', 'dev');
const adminRole = (name = 'admin', o: Parameters<typeof role>[1] = {}) => role(name, { managed: [ADMIN_POLICY], ...o });
const adminUser = user('root-admin', { managed: [ADMIN_POLICY] });

function verdict(world: World, arn = DEV) {
  return methodsOf(analyse(world), arn);
}

interface Case {
  method: number;
  escalates: World;
  twin: World;
  principal?: string;
  /** The twin's kind: Deny, boundary, resource elsewhere, pinning condition, or what is missing. */
  because: string;
}

const CASES: Case[] = [
  {
    method: 1,
    escalates: { users: [user('dev', { managed: [iamArn('policy', 'dev-policy')] })], policies: [customerPolicy('dev-policy', [allow('iam:CreatePolicyVersion', iamArn('policy', 'dev-policy'))])] },
    twin: { users: [user('dev', { managed: [iamArn('policy', 'dev-policy')] })], policies: [customerPolicy('dev-policy', [allow('iam:CreatePolicyVersion', iamArn('policy', 'other-policy'))])] },
    because: 'resource scoped elsewhere',
  },
  {
    method: 2,
    escalates: { users: [user('dev', { managed: [iamArn('policy', 'dev-policy')] })], policies: [customerPolicy('dev-policy', [allow('iam:SetDefaultPolicyVersion', iamArn('policy', 'dev-policy'))], { v1: [allow('*')] })] },
    twin: {
      users: [user('dev', { managed: [iamArn('policy', 'dev-policy')], inline: [deny('iam:SetDefaultPolicyVersion')] })],
      policies: [customerPolicy('dev-policy', [allow('iam:SetDefaultPolicyVersion', iamArn('policy', 'dev-policy'))], { v1: [allow('*')] })],
    },
    because: 'explicit Deny',
  },
  {
    method: 3,
    escalates: { users: [user('dev', { inline: [allow('iam:AttachUserPolicy', DEV)] })] },
    twin: { users: [user('dev', { inline: [allow('iam:AttachUserPolicy', DEV, { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/ReadOnlyAccess' } })] })] },
    because: 'condition pinning the policy ARN to a harmless policy',
  },
  {
    method: 4,
    escalates: { users: [user('dev', { groups: ['devs'], inline: [allow('iam:AttachGroupPolicy', iamArn('group', 'devs'))] })], groups: [group('devs')] },
    twin: {
      users: [user('dev', { groups: ['devs'], inline: [allow('iam:AttachGroupPolicy', iamArn('group', 'devs'))], boundary: iamArn('policy', 'boundary') })],
      groups: [group('devs')],
      policies: [customerPolicy('boundary', [allow(['s3:*', 'iam:AttachGroupPolicy'])])],
    },
    because: 'permissions boundary',
  },
  {
    method: 5,
    principal: iamArn('role', 'app'),
    escalates: { roles: [role('app', { inline: [allow('iam:PutRolePolicy', iamArn('role', 'app'))] })] },
    twin: { roles: [role('app', { inline: [allow('iam:PutRolePolicy', iamArn('role', 'app'), { IpAddress: { 'aws:SourceIp': '10.20.0.0/16' } })] })] },
    because: 'condition that pins the caller to a network',
  },
  {
    method: 6,
    escalates: { users: [user('dev', { inline: [allow('iam:AddUserToGroup', iamArn('group', 'admins'))] })], groups: [group('admins', { managed: [ADMIN_POLICY] }), group('readers')] },
    twin: { users: [user('dev', { inline: [allow('iam:AddUserToGroup', iamArn('group', 'readers'))] })], groups: [group('admins', { managed: [ADMIN_POLICY] }), group('readers')] },
    because: 'resource scoped elsewhere',
  },
  {
    method: 7,
    escalates: { users: [user('dev', { inline: [allow('iam:CreateAccessKey', iamArn('user', '*'))] }), adminUser] },
    twin: { users: [user('dev', { inline: [allow('iam:CreateAccessKey', iamArn('user', '*')), deny('iam:CreateAccessKey', iamArn('user', 'root-admin'))] }), adminUser] },
    because: 'explicit Deny',
  },
  {
    method: 8,
    escalates: { users: [user('dev', { inline: [allow('iam:UpdateLoginProfile')] }), adminUser], passwords: { 'root-admin': true } },
    twin: { users: [user('dev', { inline: [allow('iam:UpdateLoginProfile')] }), adminUser], passwords: { 'root-admin': false } },
    because: 'the target has no console password to update',
  },
  {
    method: 9,
    escalates: { users: [user('dev', { inline: [allow(['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'], iamArn('role', 'admin'))] })], roles: [adminRole('admin', { trust: trustService('ec2.amazonaws.com') })] },
    twin: {
      users: [user('dev', { inline: [allow('sts:AssumeRole', iamArn('role', 'admin')), allow('iam:UpdateAssumeRolePolicy', iamArn('role', 'other'))] })],
      roles: [adminRole('admin', { trust: trustService('ec2.amazonaws.com') })],
    },
    because: 'resource scoped elsewhere',
  },
  {
    method: 10,
    escalates: { users: [user('dev', { inline: [allow('sts:AssumeRole')] })], roles: [adminRole()] },
    twin: {
      users: [user('dev', { inline: [allow('sts:AssumeRole')] })],
      roles: [adminRole('admin', { trust: [{ ...trustAccount[0], Condition: { ArnEquals: { 'aws:PrincipalArn': iamArn('role', 'breakglass') } } }] })],
    },
    because: 'trust condition pinning another principal',
  },
  {
    method: 11,
    escalates: { users: [user('dev', { inline: [allow('iam:PassRole', iamArn('role', 'admin')), allow('ec2:RunInstances')] })], roles: [adminRole('admin', { profiles: ['admin-profile'] })] },
    twin: {
      users: [user('dev', { inline: [allow('iam:PassRole', iamArn('role', 'admin'), { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } }), allow('ec2:RunInstances')] })],
      roles: [adminRole('admin', { profiles: ['admin-profile'] })],
    },
    because: 'condition pinning the service the role is passed to',
  },
  {
    method: 12,
    escalates: { users: [user('dev', { inline: [allow('iam:PassRole'), allow(['lambda:CreateFunction', 'lambda:InvokeFunction'])] })], roles: [adminRole('admin', { trust: trustService('lambda.amazonaws.com') })] },
    twin: { users: [user('dev', { inline: [allow('iam:PassRole'), allow(['lambda:CreateFunction', 'lambda:InvokeFunction'])] })], roles: [adminRole('admin', { trust: trustService('ec2.amazonaws.com') })] },
    because: 'the role is not trusted by Lambda',
  },
  {
    method: 14,
    escalates: { users: [user('dev', { inline: [allow('iam:PassRole'), allow('cloudformation:CreateStack')] })], roles: [adminRole('admin', { trust: trustService('cloudformation.amazonaws.com') })] },
    twin: { users: [user('dev', { inline: [allow('iam:PassRole'), allow('cloudformation:CreateStack'), deny('cloudformation:*')] })], roles: [adminRole('admin', { trust: trustService('cloudformation.amazonaws.com') })] },
    because: 'explicit Deny',
  },
  {
    method: 15,
    escalates: { users: [user('dev', { inline: [allow('iam:PassRole'), allow(['codebuild:CreateProject', 'codebuild:StartBuild'])] })], roles: [adminRole('admin', { trust: trustService('codebuild.amazonaws.com') })] },
    twin: { users: [user('dev', { inline: [allow('iam:PassRole'), allow('codebuild:CreateProject')] })], roles: [adminRole('admin', { trust: trustService('codebuild.amazonaws.com') })] },
    because: 'codebuild:StartBuild is missing',
  },
  {
    method: 16,
    escalates: { users: [user('dev', { inline: [allow('iam:PassRole'), allow('glue:CreateDevEndpoint')] })], roles: [adminRole('admin', { trust: trustService('glue.amazonaws.com') })] },
    twin: {
      users: [user('dev', { inline: [allow('iam:PassRole'), allow('glue:CreateDevEndpoint')], boundary: iamArn('policy', 'no-glue') })],
      roles: [adminRole('admin', { trust: trustService('glue.amazonaws.com') })],
      policies: [customerPolicy('no-glue', [allow(['iam:PassRole', 's3:*'])])],
    },
    because: 'permissions boundary',
  },
  {
    method: 17,
    escalates: { users: [user('dev', { inline: [allow('iam:PassRole', iamArn('role', 'admin')), allow(['ecs:RegisterTaskDefinition', 'ecs:RunTask'])] })], roles: [adminRole('admin', { trust: trustService('ecs-tasks.amazonaws.com') })] },
    twin: { users: [user('dev', { inline: [allow('iam:PassRole', iamArn('role', 'task')), allow(['ecs:RegisterTaskDefinition', 'ecs:RunTask'])] })], roles: [adminRole('admin', { trust: trustService('ecs-tasks.amazonaws.com') })] },
    because: 'resource scoped elsewhere',
  },
  {
    method: 18,
    escalates: { users: [user('dev', { inline: [allow('ssm:SendCommand')] })], roles: [adminRole('admin', { profiles: ['admin-profile'], trust: trustService('ec2.amazonaws.com') })], instances: [{ InstanceId: 'i-0abc', profile: 'admin-profile', tags: { env: 'prod' } }] },
    twin: {
      users: [user('dev', { inline: [allow('ssm:SendCommand', '*', { StringEquals: { 'ssm:resourceTag/env': 'dev' } })] })],
      roles: [adminRole('admin', { profiles: ['admin-profile'], trust: trustService('ec2.amazonaws.com') })],
      instances: [{ InstanceId: 'i-0abc', profile: 'admin-profile', tags: { env: 'prod' } }],
    },
    because: 'condition on the instance tag it does not have',
  },
  {
    method: 19,
    escalates: {
      users: [user('dev', { inline: [allow(['iam:AddRoleToInstanceProfile', 'iam:RemoveRoleFromInstanceProfile'], iamArn('instance-profile', 'app-profile')), allow('iam:PassRole', iamArn('role', 'admin')), allow('ec2:AssociateIamInstanceProfile')] })],
      roles: [adminRole('admin', { trust: trustService('ec2.amazonaws.com') }), role('app', { profiles: ['app-profile'], trust: trustService('ec2.amazonaws.com') })],
    },
    twin: {
      users: [user('dev', { inline: [allow('iam:AddRoleToInstanceProfile', iamArn('instance-profile', 'app-profile')), allow('iam:PassRole', iamArn('role', 'admin')), allow('ec2:AssociateIamInstanceProfile')] })],
      roles: [adminRole('admin', { trust: trustService('ec2.amazonaws.com') }), role('app', { profiles: ['app-profile'], trust: trustService('ec2.amazonaws.com') })],
    },
    because: 'the profile holds a role it may not remove',
  },
  {
    method: 20,
    escalates: { users: [user('dev', { managed: [ADMIN_POLICY], boundary: iamArn('policy', 'boundary') })], policies: [customerPolicy('boundary', [allow(['s3:*', 'iam:DeleteUserPermissionsBoundary'])])] },
    twin: { users: [user('dev', { managed: [ADMIN_POLICY], inline: [deny('iam:DeleteUserPermissionsBoundary')], boundary: iamArn('policy', 'boundary') })], policies: [customerPolicy('boundary', [allow(['s3:*', 'iam:DeleteUserPermissionsBoundary'])])] },
    because: 'explicit Deny',
  },
];

describe('escalation methods', () => {
  it.for(CASES.map((c) => [c.method, c] as const))('method %i escalates', ([method, c]) => {
    const a = analyse(c.escalates);
    const v = a.byArn.get(c.principal ?? DEV)!;
    expect(v.admin.answer).not.toBe('yes');
    expect(v.chains.length, JSON.stringify(v.problems)).toBeGreaterThan(0);
    expect(v.chains[0]!.steps.map((s) => s.method)).toEqual([method]);
    expect(v.chains[0]!.conditional).toBe(false);
  });

  it.for(CASES.map((c) => [c.method, c] as const))('method %i, negative twin: does not escalate', ([, c]) => {
    expect(verdict(c.twin, c.principal ?? DEV), c.because).toBe('none');
  });

  it('method 13: new code for any function is conditional on a function running with the admin role', () => {
    const a = analyse({ users: [user('dev', { inline: [allow('lambda:UpdateFunctionCode')] })], roles: [adminRole('admin', { trust: trustService('lambda.amazonaws.com') })] });
    const chain = a.byArn.get(DEV)!.chains[0]!;
    expect(chain.steps.map((s) => s.method)).toEqual([13]);
    expect(chain.conditional).toBe(true);
    expect(chain.conditions[0]).toContain('whether a Lambda function runs with role admin');
  });

  it('method 13, negative twin: code updates scoped to other functions do not escalate', () => {
    expect(verdict({ users: [user('dev', { inline: [allow('lambda:UpdateFunctionCode', `arn:aws:lambda:*:${ACCOUNT}:function:app-*`)] })], roles: [adminRole('admin', { trust: trustService('lambda.amazonaws.com') })] })).toBe('none');
  });

  it('records the actions and resources of each step', () => {
    const a = analyse(CASES.find((c) => c.method === 11)!.escalates);
    expect(a.byArn.get(DEV)!.chains[0]!.steps[0]).toEqual({
      from: DEV,
      method: 11,
      actions: ['iam:PassRole', 'ec2:RunInstances'],
      resources: [iamArn('role', 'admin'), iamArn('instance-profile', 'admin-profile')],
      to: iamArn('role', 'admin'),
    });
  });
});
