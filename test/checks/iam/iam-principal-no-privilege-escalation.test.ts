import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-principal-no-privilege-escalation.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { ADMIN_POLICY, allow, analyse, iamArn, role, trustService, user } from '../../fixtures/iam-identities.js';

const judge = (world: Parameters<typeof analyse>[0]) => evaluate(check, { 'exposure.identities': analyse(world) }, { region: 'global' });
const admin = role('admin', { managed: [ADMIN_POLICY], profiles: ['admin-profile'], trust: trustService('ec2.amazonaws.com') });

describe('iam-principal-no-privilege-escalation', () => {
  it('fails a user that can pass an admin role to EC2, naming the chain', () => {
    const findings = judge({ users: [user('dev-ci', { inline: [allow('iam:PassRole', iamArn('role', 'admin')), allow('ec2:RunInstances')] })], roles: [admin] });
    const f = findings.find((x) => x.resourceId === 'dev-ci')!;
    expect(f).toMatchObject({ status: 'FAIL', resourceArn: iamArn('user', 'dev-ci'), resourceType: 'AWS::IAM::User' });
    expect(f.message).toBe('User dev-ci can escalate to administrator: user dev-ci -> iam:PassRole(admin, admin-profile) + ec2:RunInstances -> role admin (AdministratorAccess).');
    expect(f.evidence!.chains![0]).toMatchObject({ conditional: false, steps: [{ method: 11, actions: ['iam:PassRole', 'ec2:RunInstances'] }] });
  });

  it('fails a chain that needs an undecidable condition, saying "conditional"', () => {
    const findings = judge({ roles: [role('ops', { inline: [allow('iam:PutRolePolicy', iamArn('role', 'ops'), { Bool: { 'aws:MultiFactorAuthPresent': 'true' } })] })] });
    expect(findings[0]).toMatchObject({ status: 'FAIL', resourceType: 'AWS::IAM::Role' });
    expect(findings[0]!.message).toContain('can escalate to administrator (conditional)');
    expect(findings[0]!.message).toContain('[conditional: inline policy ops-inline: Bool aws:multifactorauthpresent "true"]');
  });

  it('passes a principal without a chain, and leaves admin-equivalent ones to the admin checks', () => {
    const findings = judge({ users: [user('reader', { inline: [allow('s3:GetObject')] })], roles: [admin] });
    expect(verdicts(findings)).toEqual([['PASS', 'reader']]);
    expect(findings[0]!.message).toBe('User reader has no chain of escalation methods that makes it admin-equivalent.');
  });

  it('leaves service-linked roles out: only their service can assume them', () => {
    const linked = role('AWSServiceRoleForAutoScaling', { path: '/aws-service-role/autoscaling.amazonaws.com/', trust: trustService('autoscaling.amazonaws.com'), inline: [allow('iam:PassRole'), allow('ec2:RunInstances')] });
    expect(verdicts(judge({ roles: [linked, admin] }))).toEqual([]);
  });

  it('near miss: iam:PassRole to the admin role for Lambda only does not escalate through EC2', () => {
    const scoped = allow('iam:PassRole', iamArn('role', 'admin'), { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } });
    expect(verdicts(judge({ users: [user('dev-ci', { inline: [scoped, allow('ec2:RunInstances')] })], roles: [admin] }))).toEqual([['PASS', 'dev-ci']]);
  });

  it('reports ERROR for a principal whose policies could not be read', () => {
    const findings = judge({ users: [user('dev', { managed: ['arn:aws:iam::aws:policy/PowerUserAccess'] })], awsManaged: 'unreadable' });
    expect(verdicts(findings)).toEqual([['ERROR', 'dev']]);
    expect(findings[0]!.message).toContain('iam:ListPolicies');
  });

  it('reports ERROR when the authorization details cannot be read', async () => {
    const findings = await run(check, { 'exposure.identities': awsError('AccessDenied', 'iam:GetAccountAuthorizationDetails') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
