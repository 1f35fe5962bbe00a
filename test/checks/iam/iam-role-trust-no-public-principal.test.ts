import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-role-trust-no-public-principal.js';
import { iamDoc } from '../../fixtures/iam.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const role = (name: string, statement: unknown) => ({
  Path: '/',
  RoleName: name,
  RoleId: `AROA${name.toUpperCase().replace(/-/g, '')}`,
  Arn: `arn:aws:iam::123456789012:role/${name}`,
  CreateDate: new Date('2025-02-01T10:00:00Z'),
  AssumeRolePolicyDocument: iamDoc(statement),
  MaxSessionDuration: 3600,
});
const roles = (...list: unknown[]) => ({ 'iam.roles': list });

describe('iam-role-trust-no-public-principal', () => {
  it('passes a role trusted by a service and by another account', () => {
    const findings = evaluate(
      check,
      roles(
        role('lambda-orders', { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }),
        role('audit-from-security', { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::210987654321:root' }, Action: 'sts:AssumeRole' }),
      ),
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([
      ['PASS', 'lambda-orders'],
      ['PASS', 'audit-from-security'],
    ]);
  });

  it('fails a role trusted by {"AWS": "*"}', () => {
    const findings = evaluate(check, roles(role('open-role', { Sid: 'Anyone', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', 'open-role']]);
    expect(findings[0]!.message).toContain('Role open-role can be assumed by any AWS principal: statement Anyone');
  });

  it('fails Principal "*" with Action sts:*', () => {
    expect(verdicts(evaluate(check, roles(role('star', { Effect: 'Allow', Principal: '*', Action: 'sts:*' })), { region: 'global' }))).toEqual([['FAIL', 'star']]);
  });

  it('near miss: sts:ExternalId alone is a shared secret, not a restriction', () => {
    const findings = evaluate(
      check,
      roles(role('vendor-access', { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'acme-7f3e' } } })),
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([['FAIL', 'vendor-access']]);
  });

  it('near miss: "*" pinned by aws:PrincipalOrgID passes', () => {
    const findings = evaluate(
      check,
      roles(role('org-readers', { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } })),
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([['PASS', 'org-readers']]);
  });

  it('near miss: a Federated principal is not everyone', () => {
    const findings = evaluate(
      check,
      roles(
        role('github-deploy', {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/*' } },
        }),
      ),
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([['PASS', 'github-deploy']]);
  });

  it('reports ERROR for a trust policy that does not parse', () => {
    const broken = { ...role('broken', {}), AssumeRolePolicyDocument: '%7B%22Statement%22%3A' };
    expect(verdicts(evaluate(check, roles(broken), { region: 'global' }))).toEqual([['ERROR', 'broken']]);
  });

  it('reports ERROR naming the denied action when the roles cannot be listed', async () => {
    const findings = await run(check, { 'iam.roles': awsError('AccessDenied', 'iam:ListRoles') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:ListRoles']]);
  });

  it('near miss: "*" conditioned on a role name in any account (aws:PrincipalArn arn:aws:iam::*:role/...) fails', () => {
    const findings = evaluate(
      check,
      roles(role('cross-admin', { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/admin' } } })),
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([['FAIL', 'cross-admin']]);
  });
});
