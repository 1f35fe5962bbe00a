// Effective permissions, admin-equivalence and chains: depth, cycles, conditions, unreadable input.
import { describe, expect, it } from 'vitest';
import { ADMIN_POLICY, allow, analyse, customerPolicy, deny, group, iamArn, methodsOf, role, trustAccount, trustService, user } from '../fixtures/iam-identities.js';
import { chainLine } from '../../src/exposure/text.js';

const DEV = iamArn('user', 'dev');

describe('admin-equivalence', () => {
  const admin = (statements: Parameters<typeof allow>[] | ReturnType<typeof allow>[], extra: Parameters<typeof user>[1] = {}) =>
    methodsOf(analyse({ users: [user('dev', { inline: statements as ReturnType<typeof allow>[], ...extra })], policies: [customerPolicy('s3-only', [allow('s3:*')])] }), DEV);

  it('"*" on "*" and "iam:*" on "*" are admin-equivalent', () => {
    expect(admin([allow('*')])).toBe('admin');
    expect(admin([allow('iam:*')])).toBe('admin');
    expect(admin([allow('*:*')])).toBe('admin');
  });

  it('an Allow with NotAction grants everything it does not list', () => {
    expect(admin([{ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }])).toBe('admin');
    expect(admin([{ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }])).toBe('none');
  });

  it('near miss: an explicit Deny of IAM, or a boundary, keeps "*" from being admin', () => {
    expect(admin([allow('*'), deny('iam:*')])).toBe('none');
    expect(admin([allow('*')], { boundary: iamArn('policy', 's3-only') })).toBe('none');
  });

  it('a Deny with NotResource covering every other resource still leaves the listed ones', () => {
    expect(admin([allow('*'), { Effect: 'Deny', Action: 'iam:*', NotResource: iamArn('user', 'dev') }])).toBe('none');
  });

  it('group policies count for their members', () => {
    expect(methodsOf(analyse({ users: [user('dev', { groups: ['admins'] })], groups: [group('admins', { managed: [ADMIN_POLICY] })] }), DEV)).toBe('admin');
  });
});

describe('chains', () => {
  it('follow moves to any depth: assume a role that can pass an admin role to EC2', () => {
    const a = analyse({
      users: [user('dev', { inline: [allow('sts:AssumeRole', iamArn('role', 'deployer'))] })],
      roles: [
        role('deployer', { inline: [allow('iam:PassRole', iamArn('role', 'admin')), allow('ec2:RunInstances')] }),
        role('admin', { managed: [ADMIN_POLICY], profiles: ['admin-profile'], trust: trustService('ec2.amazonaws.com') }),
      ],
    });
    const chain = a.byArn.get(DEV)!.chains[0]!;
    expect(chain.steps.map((s) => s.method)).toEqual([10, 11]);
    expect(chainLine(chain)).toBe('user dev -> sts:AssumeRole(deployer) -> role deployer -> iam:PassRole(admin, admin-profile) + ec2:RunInstances -> role admin');
  });

  it('end on cycles without escalating: two roles that assume each other', () => {
    const a = analyse({
      users: [user('dev', { inline: [allow('sts:AssumeRole', iamArn('role', 'a'))] })],
      roles: [role('a', { inline: [allow('sts:AssumeRole', iamArn('role', 'b'))] }), role('b', { inline: [allow('sts:AssumeRole', iamArn('role', 'a'))] })],
    });
    expect(methodsOf(a, DEV)).toBe('none');
    expect(methodsOf(a, iamArn('role', 'a'))).toBe('none');
  });

  it('prefer a certain chain over a shorter conditional one', () => {
    const a = analyse({
      users: [user('dev', { inline: [allow('iam:PutUserPolicy', iamArn('user', 'dev'), { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }), allow('sts:AssumeRole', iamArn('role', 'hop'))] })],
      roles: [role('hop', { inline: [allow('iam:PutRolePolicy', iamArn('role', 'hop'))] })],
    });
    const chains = a.byArn.get(DEV)!.chains;
    expect(chains[0]).toMatchObject({ conditional: false });
    expect(chains[0]!.steps.map((s) => s.method)).toEqual([10, 5]);
    expect(chains.some((c) => c.conditional && c.steps[0]!.method === 5)).toBe(true);
  });

  it('an undecidable condition makes the chain conditional, with the condition quoted', () => {
    const a = analyse({ users: [user('dev', { inline: [allow('iam:PutUserPolicy', iamArn('user', 'dev'), { Bool: { 'aws:MultiFactorAuthPresent': 'true' } })] })] });
    expect(a.byArn.get(DEV)!.chains[0]).toMatchObject({ conditional: true, conditions: ['inline policy dev-inline: Bool aws:multifactorauthpresent "true"'] });
  });

  it('a trust policy that needs an external id is conditional', () => {
    const a = analyse({
      users: [user('dev', { inline: [allow('sts:AssumeRole')] })],
      roles: [role('vendor', { managed: [ADMIN_POLICY], trust: [{ ...trustAccount[0], Principal: { AWS: '*' }, Condition: { StringEquals: { 'sts:ExternalId': 'x1' } } }] })],
    });
    expect(a.byArn.get(DEV)!.chains[0]).toMatchObject({ conditional: true });
  });

  it('conditions that do not pin do not restrict: StringLike "*", Null and negated operators', () => {
    const conditions: Array<Record<string, Record<string, unknown>>> = [{ StringLike: { 'aws:SourceVpce': '*' } }, { Null: { 'aws:TokenIssueTime': 'false' } }, { StringNotEquals: { 'aws:RequestTag/env': 'prod' } }];
    for (const condition of conditions) {
      const a = analyse({ users: [user('dev', { inline: [allow('iam:PutUserPolicy', iamArn('user', 'dev'), condition)] })] });
      expect(a.byArn.get(DEV)!.chains[0], JSON.stringify(condition)).toMatchObject({ conditional: false });
    }
  });

  it('resolves ${aws:username} in resources', () => {
    const a = analyse({ users: [user('dev', { inline: [allow('iam:PutUserPolicy', 'arn:aws:iam::123456789012:user/${aws:username}')] }), user('other')] });
    expect(methodsOf(a, DEV)).toEqual([5]);
  });

  it('near miss: a wildcard on a key the caller does not carry still fails (the key is absent)', () => {
    const statement = allow('iam:PutUserPolicy', iamArn('user', 'dev'), { StringLike: { 'aws:PrincipalTag/team': '*' } });
    expect(methodsOf(analyse({ users: [user('dev', { inline: [statement] })] }), DEV)).toBe('none');
  });

  it('a principal tag condition is decided from the principal\'s tags', () => {
    const statement = allow('iam:PutUserPolicy', iamArn('user', 'dev'), { StringEquals: { 'aws:PrincipalTag/team': 'platform' } });
    expect(methodsOf(analyse({ users: [user('dev', { inline: [statement], tags: { team: 'platform' } })] }), DEV)).toEqual([5]);
    expect(methodsOf(analyse({ users: [user('dev', { inline: [statement], tags: { team: 'data' } })] }), DEV)).toBe('none');
  });

  it('a boundary that stops a self-change is removed first when the principal may', () => {
    const a = analyse({
      users: [user('dev', { inline: [allow(['iam:PutUserPolicy', 'iam:DeleteUserPermissionsBoundary'], iamArn('user', 'dev'))], boundary: iamArn('policy', 'b') })],
      policies: [customerPolicy('b', [allow(['iam:PutUserPolicy', 'iam:DeleteUserPermissionsBoundary'])])],
    });
    expect(methodsOf(a, DEV)).toEqual([20, 5]);
  });

  it('an admin-equivalent principal is out of scope', () => {
    expect(methodsOf(analyse({ users: [user('dev', { managed: [ADMIN_POLICY] })] }), DEV)).toBe('admin');
  });
});

describe('unreadable input', () => {
  it('an AWS managed policy whose document could not be read makes the principal unknown', () => {
    const a = analyse({ users: [user('dev', { managed: ['arn:aws:iam::aws:policy/PowerUserAccess'] })], awsManaged: 'unreadable' });
    expect(methodsOf(a, DEV)).toBe('error');
    expect(a.byArn.get(DEV)!.problems[0]).toMatchObject({ what: 'AWS managed policy PowerUserAccess of user dev', error: { action: 'iam:ListPolicies' } });
  });

  it('a principal that can reach an unknown one is unknown too, unless it escalates anyway', () => {
    const a = analyse({
      users: [user('dev', { inline: [allow('sts:AssumeRole', iamArn('role', 'opaque'))] }), user('ops', { inline: [allow('sts:AssumeRole'), allow('iam:PutUserPolicy', iamArn('user', 'ops'))] })],
      roles: [role('opaque', { managed: ['arn:aws:iam::aws:policy/PowerUserAccess'] })],
      awsManaged: 'unreadable',
    });
    expect(methodsOf(a, DEV)).toBe('error');
    expect(methodsOf(a, iamArn('user', 'ops'))).toEqual([5]);
  });

  it('an unparseable inline policy makes the principal unknown', () => {
    const broken = { ...user('dev'), UserPolicyList: [{ PolicyName: 'broken', PolicyDocument: '%7Bnot-json' }] };
    expect(methodsOf(analyse({ users: [broken] }), DEV)).toBe('error');
  });

  it('whether a user has a console password is conditional when the credential report cannot be read', () => {
    const a = analyse({ users: [user('dev', { inline: [allow('iam:CreateLoginProfile')] }), user('root-admin', { managed: [ADMIN_POLICY] })], passwords: 'unreadable' });
    expect(a.byArn.get(DEV)!.chains[0]).toMatchObject({ conditional: true, steps: [{ method: 8, actions: ['iam:CreateLoginProfile'] }] });
  });
});
