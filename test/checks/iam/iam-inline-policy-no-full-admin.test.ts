import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-inline-policy-no-full-admin.js';
import { authorizationDetails, iamDoc } from '../../fixtures/iam.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const inline = (name: string, statement: unknown) => ({ PolicyName: name, PolicyDocument: iamDoc(statement) });

describe('iam-inline-policy-no-full-admin', () => {
  it('passes a role inline policy scoped to one table', () => {
    const role = {
      RoleName: 'orders-api',
      Arn: 'arn:aws:iam::123456789012:role/orders-api',
      RolePolicyList: [inline('orders-table', { Effect: 'Allow', Action: 'dynamodb:*', Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders' })],
    };
    const findings = evaluate(check, authorizationDetails({ roles: [role] }), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', 'role/orders-api/orders-table']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:iam::123456789012:role/orders-api');
  });

  it('fails a group inline policy allowing "*" on "*", and judges each inline policy', () => {
    const group = {
      GroupName: 'ops',
      Arn: 'arn:aws:iam::123456789012:group/ops',
      GroupPolicyList: [inline('ops-all', [{ Sid: 'All', Effect: 'Allow', Action: '*', Resource: '*' }]), inline('ops-logs', { Effect: 'Allow', Action: 'logs:*', Resource: '*' })],
    };
    const findings = evaluate(check, authorizationDetails({ groups: [group] }), { region: 'global' });
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'group/ops/ops-all'],
      ['PASS', 'group/ops/ops-logs'],
    ]);
    expect(findings[0]!.message).toBe('Inline policy ops-all of group ops allows "*" on "*" in statement All.');
  });

  it('near miss: an Allow "*" on "*" conditioned on MFA still fails (conditions do not exempt)', () => {
    const user = {
      UserName: 'breakglass',
      Arn: 'arn:aws:iam::123456789012:user/breakglass',
      UserPolicyList: [inline('admin-with-mfa', { Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })],
    };
    expect(verdicts(evaluate(check, authorizationDetails({ users: [user] }), { region: 'global' }))).toEqual([['FAIL', 'user/breakglass/admin-with-mfa']]);
  });

  it('near miss: NotAction "iam:*" on "*" is not full admin here', () => {
    const role = {
      RoleName: 'power',
      Arn: 'arn:aws:iam::123456789012:role/power',
      RolePolicyList: [inline('power-user', { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })],
    };
    expect(verdicts(evaluate(check, authorizationDetails({ roles: [role] }), { region: 'global' }))).toEqual([['PASS', 'role/power/power-user']]);
  });

  it('reports ERROR for an inline policy that does not parse', () => {
    const role = { RoleName: 'odd', Arn: 'arn:aws:iam::123456789012:role/odd', RolePolicyList: [{ PolicyName: 'bad', PolicyDocument: 'not%20json' }] };
    expect(verdicts(evaluate(check, authorizationDetails({ roles: [role] }), { region: 'global' }))).toEqual([['ERROR', 'role/odd/bad']]);
  });

  it('reports ERROR naming the denied action when the details cannot be read', async () => {
    const findings = await run(check, { 'iam.authorizationDetails': awsError('AccessDenied', 'iam:GetAccountAuthorizationDetails') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetAccountAuthorizationDetails']]);
  });
});
