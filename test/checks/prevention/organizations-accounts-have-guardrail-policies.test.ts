import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/organizations-accounts-have-guardrail-policies.js';
import type { AccountParents, OrgRoot, TargetPolicies } from '../../../src/data/datasets/organizations.js';
import type { OrganizationStanding } from '../../../src/data/organization.js';
import { awsError, evaluate, evaluateWithNotes, run, verdicts } from '../../helpers/check-harness.js';
import { attached, chain, FULL_AWS_ACCESS, management, MEMBER, member, ORG, OTHER_MEMBER, policy, RCP_FULL_AWS_ACCESS, root, ROOT_ID } from '../../fixtures/organizations.js';

const G = { region: 'global' };
const OU = 'ou-ab12-11111111';
const data = (chains: AccountParents[], targets: TargetPolicies[], roots: OrgRoot[] = [root()], standing: OrganizationStanding = management) => ({
  'organizations.standing': standing,
  'organizations.roots': roots,
  'organizations.accountParents': chains,
  'organizations.targetPolicies': targets,
});
const mgmt = chain(ORG.managementAccountId, [ROOT_ID]);

describe('organizations-accounts-have-guardrail-policies', () => {
  it('passes a member under a custom SCP on its OU, naming it; the management account is not evaluated', () => {
    const findings = evaluate(
      check,
      data([mgmt, chain(MEMBER, [OU, ROOT_ID], { Name: 'prod', State: 'ACTIVE' })], [attached(ROOT_ID, [FULL_AWS_ACCESS(ROOT_ID)], [RCP_FULL_AWS_ACCESS(ROOT_ID)]), attached(OU, [policy('p-deny1', 'DenyLeaveOrg', OU)]), attached(MEMBER), attached(ORG.managementAccountId)]),
      G,
    );
    expect(verdicts(findings)).toEqual([['PASS', MEMBER]]);
    expect(findings[0]!.resourceArn).toBe(`arn:aws:organizations::123456789012:account/${ORG.id}/${MEMBER}`);
    expect(findings[0]!.message).toContain('DenyLeaveOrg (p-deny1, attached to ou-ab12-11111111)');
  });

  it('passes a member under a custom RCP attached to the account', () => {
    const findings = evaluate(check, data([chain(MEMBER, [ROOT_ID])], [attached(ROOT_ID), attached(MEMBER, [], [policy('p-rcp1', 'OrgOnly', MEMBER)])]), G);
    expect(findings[0]!.status).toBe('PASS');
  });

  it('near miss: only the AWS managed FullAWSAccess and RCPFullAWSAccess apply', () => {
    const findings = evaluate(check, data([chain(MEMBER, [ROOT_ID])], [attached(ROOT_ID, [FULL_AWS_ACCESS(ROOT_ID)], [RCP_FULL_AWS_ACCESS(ROOT_ID)]), attached(MEMBER)]), G);
    expect(verdicts(findings)).toEqual([['FAIL', MEMBER]]);
    expect(findings[0]!.message).toContain('only AWS managed policies');
  });

  it('near miss: a custom SCP still attached while the SCP type is disabled at the root contributes nothing', () => {
    const findings = evaluate(check, data([chain(MEMBER, [ROOT_ID])], [attached(ROOT_ID, [policy('p-x', 'Baseline', ROOT_ID)]), attached(MEMBER)], [root({ SERVICE_CONTROL_POLICY: 'PENDING_DISABLE', RESOURCE_CONTROL_POLICY: 'ENABLED' })]), G);
    expect(findings[0]!.status).toBe('FAIL');
    const none = evaluate(check, data([chain(MEMBER, [ROOT_ID])], [attached(ROOT_ID), attached(MEMBER)], [root({})]), G);
    expect(none[0]!.message).toContain('neither policy type is enabled');
  });

  it('evaluates only ACTIVE accounts (State, not the retired Status)', () => {
    const findings = evaluate(check, data([chain(MEMBER, [ROOT_ID], { State: 'SUSPENDED', Status: 'ACTIVE' }), chain(OTHER_MEMBER, [ROOT_ID])], [attached(ROOT_ID, [policy('p-x', 'Baseline', ROOT_ID)]), attached(OTHER_MEMBER), attached(MEMBER)]), G);
    expect(verdicts(findings)).toEqual([['PASS', OTHER_MEMBER]]);
  });

  it('reports ERROR for an account whose parents or policies could not be listed', () => {
    const findings = evaluate(
      check,
      data([chain(MEMBER, awsError('AccessDeniedException', 'organizations:ListParents')), chain(OTHER_MEMBER, [ROOT_ID])], [attached(ROOT_ID, awsError('AccessDeniedException', 'organizations:ListPoliciesForTarget')), attached(OTHER_MEMBER)]),
      G,
    );
    expect(verdicts(findings)).toEqual([
      ['ERROR', MEMBER],
      ['ERROR', OTHER_MEMBER],
    ]);
  });

  it('reports ERROR when a delegated administrator may not list the accounts', async () => {
    const findings = await run(check, { 'organizations.standing': management, 'organizations.roots': [root()], 'organizations.accountParents': awsError('AccessDeniedException', 'organizations:ListAccounts'), 'organizations.targetPolicies': [] });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });

  it('is not applicable from a member account', () => {
    expect(evaluateWithNotes(check, data([], [], [], member), G).findings).toEqual([]);
  });
});
