import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-policy-no-full-admin-attached.js';
import { iamDoc } from '../../fixtures/iam.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';

const attached = (name: string, arn: string, document: ReturnType<typeof ok<string>> | ReturnType<typeof failed<string>>, count = 1) => ({
  policy: { PolicyName: name, Arn: arn, DefaultVersionId: 'v1', AttachmentCount: count, PermissionsBoundaryUsageCount: 0, IsAttachable: true },
  document,
});

describe('iam-policy-no-full-admin-attached', () => {
  it('passes an attached policy granting read-only actions', () => {
    const findings = evaluate(
      check,
      {
        'iam.attachedPolicies': [
          attached('acme-s3-read', 'arn:aws:iam::123456789012:policy/acme-s3-read', ok(iamDoc({ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }))),
        ],
      },
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([['PASS', 'acme-s3-read']]);
  });

  it('fails AdministratorAccess attached to two identities', () => {
    const findings = evaluate(
      check,
      {
        'iam.attachedPolicies': [
          attached('AdministratorAccess', 'arn:aws:iam::aws:policy/AdministratorAccess', ok(iamDoc([{ Effect: 'Allow', Action: '*', Resource: '*' }])), 2),
        ],
      },
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([['FAIL', 'AdministratorAccess']]);
    expect(findings[0]!.message).toBe('Managed policy AdministratorAccess, attached to 2 identities, allows "*" on "*" in statement 1 of its default version v1.');
  });

  it('fails "*:*" on a Resource list holding "*", even under a condition', () => {
    const doc = iamDoc([
      { Sid: 'ReadLogs', Effect: 'Allow', Action: 'logs:Get*', Resource: '*' },
      { Sid: 'Everything', Effect: 'Allow', Action: ['*:*'], Resource: ['arn:aws:s3:::acme-logs-prod', '*'], Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } },
    ]);
    const findings = evaluate(check, { 'iam.attachedPolicies': [attached('ops-break-glass', 'arn:aws:iam::123456789012:policy/ops-break-glass', ok(doc))] }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', 'ops-break-glass']]);
    expect(findings[0]!.message).toContain('statement Everything');
  });

  it('near miss: NotAction with Resource "*" is not "*:*" (PowerUserAccess)', () => {
    const doc = iamDoc([
      { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
      { Effect: 'Allow', Action: ['iam:CreateServiceLinkedRole', 'iam:ListRoles'], Resource: '*' },
    ]);
    const findings = evaluate(check, { 'iam.attachedPolicies': [attached('PowerUserAccess', 'arn:aws:iam::aws:policy/PowerUserAccess', ok(doc))] }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', 'PowerUserAccess']]);
  });

  it('near miss: "*" actions on one bucket only is not full admin', () => {
    const doc = iamDoc({ Effect: 'Allow', Action: '*', Resource: ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*'] });
    const findings = evaluate(check, { 'iam.attachedPolicies': [attached('acme-data-owner', 'arn:aws:iam::123456789012:policy/acme-data-owner', ok(doc))] }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', 'acme-data-owner']]);
  });

  it('near miss: a Deny of "*" on "*" grants nothing', () => {
    const doc = iamDoc({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
    const findings = evaluate(check, { 'iam.attachedPolicies': [attached('deny-http', 'arn:aws:iam::123456789012:policy/deny-http', ok(doc))] }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', 'deny-http']]);
  });

  it('reports ERROR for a policy whose version cannot be read, and for one that does not parse', () => {
    const findings = evaluate(
      check,
      {
        'iam.attachedPolicies': [
          attached('locked', 'arn:aws:iam::123456789012:policy/locked', failed(awsError('AccessDenied', 'iam:GetPolicyVersion'))),
          attached('garbled', 'arn:aws:iam::123456789012:policy/garbled', ok('%7B%22Statement')),
        ],
      },
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'locked'],
      ['ERROR', 'garbled'],
    ]);
    expect(findings[0]!.error?.action).toBe('iam:GetPolicyVersion');
    expect(findings[1]!.message).toContain('does not parse');
  });

  it('reports ERROR naming the denied action when the policies cannot be listed', async () => {
    const findings = await run(check, { 'iam.attachedPolicies': awsError('AccessDenied', 'iam:ListPolicies') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:ListPolicies']]);
  });

  it('reports ERROR, never dropping or passing, for a policy IAM listed without a default version', () => {
    const findings = evaluate(
      check,
      { 'iam.attachedPolicies': [{ policy: { PolicyName: 'acme-odd', Arn: 'arn:aws:iam::123456789012:policy/acme-odd', AttachmentCount: 1 }, document: ok(undefined) }] },
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-odd']]);
    expect(findings[0]!.message).toBe('Could not evaluate managed policy acme-odd (IAM named no default version): its policy document does not parse (IAM returned no policy document).');
  });
});
