import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/organizations-root-credentials-management-enabled.js';
import { awsError, evaluate, evaluateWithNotes, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { delegatedAdmin, management, member, ORG, standalone } from '../../fixtures/organizations.js';
import type { OrganizationStanding } from '../../../src/data/organization.js';

const G = { region: 'global' };
const data = (standing: OrganizationStanding, features: ReturnType<typeof ok<string[]>> | ReturnType<typeof failed>) => ({ 'organizations.standing': standing, 'iam.organizationsFeatures': features });

describe('organizations-root-credentials-management-enabled', () => {
  it('passes when RootCredentialsManagement is enabled, and says whether root sessions are', () => {
    const findings = evaluate(check, data(management, ok(['RootCredentialsManagement', 'RootSessions'])), G);
    expect(verdicts(findings)).toEqual([['PASS', ORG.id]]);
    expect(findings[0]!.resourceArn).toBe(`arn:aws:organizations::123456789012:organization/${ORG.id}`);
    expect(findings[0]!.message).toBe(`Organization ${ORG.id} has centralized root access: RootCredentialsManagement is enabled; privileged root sessions are enabled too.`);
  });

  it('near miss: only RootSessions is enabled', () => {
    const findings = evaluate(check, data(management, ok(['RootSessions'])), G);
    expect(verdicts(findings)).toEqual([['FAIL', ORG.id]]);
    expect(findings[0]!.message).toContain('only RootSessions is enabled');
  });

  it('fails when IAM trusted access is off (ServiceAccessNotEnabledException) or the organization lacks all features', () => {
    const off = evaluate(check, data(management, failed(awsError('ServiceAccessNotEnabledException', 'iam:ListOrganizationsFeatures', 'other'))), G);
    expect(off[0]!.status).toBe('FAIL');
    expect(off[0]!.message).toContain('trusted access for IAM (iam.amazonaws.com) is not enabled');
    const billing = evaluate(check, data(management, failed(awsError('OrganizationNotInAllFeaturesModeException', 'iam:ListOrganizationsFeatures', 'other'))), G);
    expect(billing[0]!.status).toBe('FAIL');
  });

  it('fails with no feature enabled', () => {
    expect(evaluate(check, data(management, ok([])), G)[0]!.message).toContain('no organization feature is enabled');
  });

  it('is not applicable from a member account or a standalone account: one note, no finding', () => {
    const fromMember = evaluateWithNotes(check, data(member, failed(awsError('AccountNotManagementOrDelegatedAdministratorException', 'iam:ListOrganizationsFeatures', 'other'))), G);
    expect(fromMember.findings).toEqual([]);
    expect(fromMember.notInScope).toEqual(['member account, not a delegated administrator (or organizations:ListDelegatedAdministrators is not allowed)']);
    expect(evaluateWithNotes(check, data(standalone, ok([])), G).notInScope[0]).toContain('not a member of an organization');
  });

  it('near miss: a delegated administrator for another service is not IAM\'s, so not applicable rather than ERROR', () => {
    const result = evaluateWithNotes(check, data(delegatedAdmin(['cloudtrail.amazonaws.com']), failed(awsError('AccountNotManagementOrDelegatedAdministratorException', 'iam:ListOrganizationsFeatures', 'other'))), G);
    expect(result.findings).toEqual([]);
    expect(result.notInScope[0]).toContain('but not for IAM');
  });

  it("passes from IAM's delegated administrator and says so", () => {
    expect(evaluate(check, data(delegatedAdmin(), ok(['RootCredentialsManagement'])), G)[0]!.message).toContain('read as delegated administrator for iam.amazonaws.com');
  });

  it('reports ERROR when the features cannot be read for another reason', () => {
    const findings = evaluate(check, data(management, failed(awsError('AccessDenied', 'iam:ListOrganizationsFeatures'))), G);
    expect(verdicts(findings)).toEqual([['ERROR', ORG.id]]);
  });

  it('reports ERROR when the organization cannot be described', async () => {
    const findings = await run(check, { 'organizations.standing': awsError('AccessDeniedException', 'organizations:DescribeOrganization'), 'iam.organizationsFeatures': ok([]) });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
