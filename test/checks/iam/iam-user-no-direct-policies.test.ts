import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-user-no-direct-policies.js';
import { authorizationDetails, iamDoc } from '../../fixtures/iam.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const user = (name: string, extra: Record<string, unknown>) => ({
  Path: '/',
  UserName: name,
  UserId: `AIDA${name.toUpperCase().replace(/-/g, '')}EXAMPLE`,
  Arn: `arn:aws:iam::123456789012:user/${name}`,
  CreateDate: new Date('2024-02-10T09:00:00Z'),
  UserPolicyList: [],
  GroupList: [],
  AttachedManagedPolicies: [],
  ...extra,
});
const details = (...users: unknown[]) => authorizationDetails({ users });

describe('iam-user-no-direct-policies', () => {
  it('passes a user who gets permissions only from groups', () => {
    const findings = evaluate(check, details(user('alice', { GroupList: ['developers'] })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', 'alice']]);
  });

  it('fails a user with a directly attached managed policy and an inline policy', () => {
    const findings = evaluate(
      check,
      details(
        user('bob', {
          AttachedManagedPolicies: [{ PolicyName: 'AmazonS3FullAccess', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' }],
          UserPolicyList: [{ PolicyName: 'bob-extra', PolicyDocument: iamDoc({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }) }],
        }),
      ),
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([['FAIL', 'bob']]);
    expect(findings[0]!.message).toBe('User bob has inline policy bob-extra and directly attached managed policy AmazonS3FullAccess.');
  });

  it('near miss: group membership alone is not a direct policy, but one inline policy is', () => {
    const findings = evaluate(
      check,
      details(user('carol', { GroupList: ['ops'] }), user('dave', { GroupList: ['ops'], UserPolicyList: [{ PolicyName: 'tmp', PolicyDocument: iamDoc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) }] })),
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([
      ['PASS', 'carol'],
      ['FAIL', 'dave'],
    ]);
  });

  it('reports ERROR naming the denied action when the details cannot be read', async () => {
    const findings = await run(check, { 'iam.authorizationDetails': awsError('AccessDenied', 'iam:GetAccountAuthorizationDetails') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetAccountAuthorizationDetails']]);
  });
});
