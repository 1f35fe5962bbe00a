import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-customer-policy-no-full-admin.js';
import { authorizationDetails, iamDoc } from '../../fixtures/iam.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const policy = (name: string, defaultDoc: string, extra: Record<string, unknown> = {}) => ({
  PolicyName: name,
  PolicyId: `ANPA${name.toUpperCase().replace(/-/g, '')}`,
  Arn: `arn:aws:iam::123456789012:policy/${name}`,
  Path: '/',
  DefaultVersionId: 'v2',
  AttachmentCount: 1,
  PermissionsBoundaryUsageCount: 0,
  IsAttachable: true,
  CreateDate: new Date('2025-03-01T10:00:00Z'),
  UpdateDate: new Date('2025-06-01T10:00:00Z'),
  PolicyVersionList: [
    { Document: iamDoc({ Effect: 'Allow', Action: '*', Resource: '*' }), VersionId: 'v1', IsDefaultVersion: false, CreateDate: new Date('2025-03-01T10:00:00Z') },
    { Document: defaultDoc, VersionId: 'v2', IsDefaultVersion: true, CreateDate: new Date('2025-06-01T10:00:00Z') },
  ],
  ...extra,
});
const details = (...policies: unknown[]) => authorizationDetails({ policies });
const admin = iamDoc([{ Effect: 'Allow', Action: '*', Resource: '*' }]);
const readOnly = iamDoc([{ Effect: 'Allow', Action: ['ec2:Describe*'], Resource: '*' }]);

describe('iam-customer-policy-no-full-admin', () => {
  it('passes a policy whose default version is read-only (an older admin version does not count)', () => {
    const findings = evaluate(check, details(policy('ec2-read', readOnly)), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', 'ec2-read']]);
  });

  it('fails a policy whose default version allows "*" on "*"', () => {
    const findings = evaluate(check, details(policy('acme-admin', admin)), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-admin']]);
    expect(findings[0]!.message).toBe('Customer managed policy acme-admin (attached to 1 identity) allows "*" on "*" in statement 1 of its default version v2.');
  });

  it('near miss: an admin policy attached to nothing still fails here', () => {
    const findings = evaluate(check, details(policy('spare-admin', admin, { AttachmentCount: 0 })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', 'spare-admin']]);
    expect(findings[0]!.message).toContain('(not attached)');
  });

  it('near miss: a policy used only as a permissions boundary is not evaluated', () => {
    const findings = evaluate(check, details(policy('dev-boundary', admin, { AttachmentCount: 0, PermissionsBoundaryUsageCount: 3 })), { region: 'global' });
    expect(findings).toEqual([]);
  });

  it('near miss: a boundary that is also attached is evaluated', () => {
    const findings = evaluate(check, details(policy('shared-boundary', admin, { AttachmentCount: 1, PermissionsBoundaryUsageCount: 3 })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', 'shared-boundary']]);
  });

  it('reports ERROR for a policy whose default version does not parse', () => {
    const findings = evaluate(check, details(policy('broken', '%7B%22Version')), { region: 'global' });
    expect(verdicts(findings)).toEqual([['ERROR', 'broken']]);
  });

  it('reports ERROR naming the denied action when the details cannot be read', async () => {
    const findings = await run(check, { 'iam.authorizationDetails': awsError('AccessDenied', 'iam:GetAccountAuthorizationDetails') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetAccountAuthorizationDetails']]);
  });

  it('reports ERROR for that policy only when IAM answers with an unexpected shape (versions not a list), not for the whole check', () => {
    const odd = policy('acme-odd', admin, { PolicyVersionList: { VersionId: 'v2', Document: admin } });
    const findings = evaluate(check, details(odd, policy('acme-fine', readOnly)), { region: 'global' });
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-odd'], ['PASS', 'acme-fine']]);
    expect(findings[0]!.message).toMatch(/^Could not evaluate customer managed policy acme-odd: IAM returned data of an unexpected shape \(.+\)\.$/);
  });
});
