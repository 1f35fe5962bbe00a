import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-cloudshell-full-access-not-attached.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const entities = (parts: { users?: unknown[]; groups?: unknown[]; roles?: unknown[] }) => ({
  'iam.cloudShellFullAccessEntities': {
    policyArn: 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess',
    users: parts.users ?? [],
    groups: parts.groups ?? [],
    roles: parts.roles ?? [],
  },
});

describe('iam-cloudshell-full-access-not-attached', () => {
  it('passes when AWSCloudShellFullAccess is attached to nothing', () => {
    const findings = evaluate(check, entities({}), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012']]);
  });

  it('fails when it is attached to a group, naming it', () => {
    const findings = evaluate(check, entities({ groups: [{ GroupName: 'developers', GroupId: 'AGPAEXAMPLEDEVS0001' }] }), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
    expect(findings[0]!.message).toBe('In account 123456789012, AWSCloudShellFullAccess is attached to group developers.');
  });

  it('near miss: attached only to a role still fails (roles count as much as users)', () => {
    const findings = evaluate(check, entities({ roles: [{ RoleName: 'ops-admin', RoleId: 'AROAEXAMPLEOPS00001' }] }), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012']]);
  });

  it('reports ERROR naming the denied action when the entities cannot be listed', async () => {
    const findings = await run(check, { 'iam.cloudShellFullAccessEntities': awsError('AccessDenied', 'iam:ListEntitiesForPolicy') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:ListEntitiesForPolicy']]);
  });
});
