import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-support-role-exists.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const entities = (parts: { users?: unknown[]; groups?: unknown[]; roles?: unknown[] }) => ({
  'iam.supportAccessEntities': {
    policyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess',
    users: parts.users ?? [],
    groups: parts.groups ?? [],
    roles: parts.roles ?? [],
  },
});

describe('iam-support-role-exists', () => {
  it('passes when AWSSupportAccess is attached to a role', () => {
    const findings = evaluate(check, entities({ roles: [{ RoleName: 'aws-support', RoleId: 'AROAEXAMPLESUPPORT01' }] }), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
    expect(findings[0]!.message).toBe('Account 123456789012 has a support role: AWSSupportAccess is attached to role aws-support.');
  });

  it('fails when AWSSupportAccess is attached to nothing', () => {
    const findings = evaluate(check, entities({}), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
  });

  it('near miss: attached only to a user and a group is not a support role', () => {
    const findings = evaluate(check, entities({ users: [{ UserName: 'alice', UserId: 'AIDAEXAMPLEALICE0001' }], groups: [{ GroupName: 'helpdesk', GroupId: 'AGPAEXAMPLEHELP0001' }] }), {
      region: 'global',
    });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toBe('Account 123456789012 has no support role: AWSSupportAccess is attached only to user alice, group helpdesk, not to a role.');
  });

  it('reports ERROR naming the denied action when the entities cannot be listed', async () => {
    const findings = await run(check, { 'iam.supportAccessEntities': awsError('AccessDenied', 'iam:ListEntitiesForPolicy') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:ListEntitiesForPolicy']]);
  });
});
