import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/organizations-services-delegated-admin.js';
import type { DelegatedAdministrators } from '../../../src/data/datasets/organizations.js';
import type { Fetched } from '../../../src/data/dataset.js';
import { awsError, evaluate, evaluateWithNotes, failed, ok, verdicts } from '../../helpers/check-harness.js';
import { management, member, MEMBER, ORG } from '../../fixtures/organizations.js';

const G = { region: 'global' };
const orgTrail = { Name: 'org-trail', TrailARN: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/org-trail', IsOrganizationTrail: true };
const localTrail = { Name: 'local', TrailARN: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/local', IsOrganizationTrail: false };
const admins = (by: Partial<Record<string, DelegatedAdministrators['administrators']>>): DelegatedAdministrators[] =>
  ['cloudtrail.amazonaws.com', 'access-analyzer.amazonaws.com', 'iam.amazonaws.com'].map((servicePrincipal) => ({ servicePrincipal, administrators: by[servicePrincipal] ?? ok([]) }));
const data = (access: Fetched<string[]>, delegations: DelegatedAdministrators[], trails: object[] = [orgTrail]) => ({
  'organizations.standing': management,
  'organizations.serviceAccess': access,
  'organizations.delegatedAdministrators': delegations,
  'cloudtrail.trails': trails,
});
const active = [{ Id: MEMBER, Name: 'security', State: 'ACTIVE' }];

describe('organizations-services-delegated-admin', () => {
  it('passes each in-scope service with an ACTIVE delegated administrator, one result per service', () => {
    const findings = evaluate(check, data(ok(['access-analyzer.amazonaws.com', 'iam.amazonaws.com', 'cloudtrail.amazonaws.com']), admins({ 'cloudtrail.amazonaws.com': ok(active), 'access-analyzer.amazonaws.com': ok(active), 'iam.amazonaws.com': ok(active) })), G);
    expect(verdicts(findings)).toEqual([
      ['PASS', `${ORG.id}/cloudtrail.amazonaws.com`],
      ['PASS', `${ORG.id}/access-analyzer.amazonaws.com`],
      ['PASS', `${ORG.id}/iam.amazonaws.com`],
    ]);
    expect(findings[0]!.message).toContain(`has delegated administrator ${MEMBER} (security)`);
  });

  it('fails a service in use without a delegated administrator', () => {
    const findings = evaluate(check, data(ok(['access-analyzer.amazonaws.com']), admins({ 'cloudtrail.amazonaws.com': ok(active) })), G);
    expect(verdicts(findings)).toEqual([
      ['PASS', `${ORG.id}/cloudtrail.amazonaws.com`],
      ['FAIL', `${ORG.id}/access-analyzer.amazonaws.com`],
    ]);
  });

  it('near miss: a registered administrator that is not ACTIVE (State SUSPENDED) does not count', () => {
    const findings = evaluate(check, data(ok([]), admins({ 'cloudtrail.amazonaws.com': ok([{ Id: MEMBER, State: 'SUSPENDED' }]) })), G);
    expect(verdicts(findings)).toEqual([['FAIL', `${ORG.id}/cloudtrail.amazonaws.com`]]);
    expect(findings[0]!.message).toContain('1 registered, none ACTIVE');
  });

  it('near miss: a trail that is not an organization trail leaves CloudTrail out of scope', () => {
    const result = evaluateWithNotes(check, data(ok([]), admins({}), [localTrail]), G);
    expect(result.findings).toEqual([]);
    expect(result.notInScope[0]).toContain('no organization trail');
  });

  it('reports ERROR when a delegated-administrator listing or the service access listing is refused', () => {
    const refused = evaluate(check, data(ok([]), admins({ 'cloudtrail.amazonaws.com': failed(awsError('AccessDeniedException', 'organizations:ListDelegatedAdministrators')) })), G);
    expect(verdicts(refused)).toEqual([['ERROR', `${ORG.id}/cloudtrail.amazonaws.com`]]);
    const noAccess = evaluate(check, data(failed(awsError('AccessDeniedException', 'organizations:ListAWSServiceAccessForOrganization')), admins({}), []), G);
    expect(noAccess.map((f) => f.status)).toEqual(['ERROR', 'ERROR']);
  });

  it('is not applicable from a member account', () => {
    const result = evaluateWithNotes(check, { ...data(ok([]), admins({})), 'organizations.standing': member }, G);
    expect(result).toEqual({ findings: [], notInScope: [member.role === 'member' ? member.reason : ''] });
  });
});
