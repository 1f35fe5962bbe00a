import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/secretsmanager-secret-policy-not-public.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { secret } from '../../fixtures/secretsmanager.js';

const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const read = { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: '*' };
const judge = (text: string | undefined) => evaluate(check, { 'secretsmanager.resourcePolicies': [{ secret: secret('prod/db'), policy: ok(text) }] });

describe('secretsmanager-secret-policy-not-public', () => {
  it('passes a secret without a resource policy', () => {
    const findings = judge(undefined);
    expect(verdicts(findings)).toEqual([['PASS', 'prod/db']]);
    expect(findings[0]!.message).toBe('Secret prod/db has no resource policy, so only identities that IAM allows in its own account can read it.');
  });

  it('passes a policy granting a named cross-account role, and one pinned to the organization', () => {
    expect(verdicts(judge(policy({ ...read, Principal: { AWS: 'arn:aws:iam::210987654321:role/app' } })))).toEqual([['PASS', 'prod/db']]);
    expect(verdicts(judge(policy({ ...read, Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } })))).toEqual([['PASS', 'prod/db']]);
  });

  it('fails a policy that lets everyone read the secret', () => {
    const findings = judge(policy({ Sid: 'Everyone', ...read, Principal: { AWS: '*' } }));
    expect(verdicts(findings)).toEqual([['FAIL', 'prod/db']]);
    expect(findings[0]!.message).toBe("Secret prod/db has a resource policy that grants access to everyone without a condition pinning the caller: statement 'Everyone' (secretsmanager:GetSecretValue).");
  });

  it.each([
    ['a negated account condition', { StringNotEquals: { 'aws:PrincipalAccount': '123456789012' } }],
    ['an organization id with a wildcard only', { StringLike: { 'aws:PrincipalOrgID': '*' } }],
    ['aws:SecureTransport alone', { Bool: { 'aws:SecureTransport': 'true' } }],
  ])('near miss: fails "*" with %s', (_, Condition) => {
    expect(verdicts(judge(policy({ ...read, Principal: '*', Condition })))).toEqual([['FAIL', 'prod/db']]);
  });

  it('reports ERROR for an unreadable policy and for a refused read', () => {
    const findings = evaluate(check, {
      'secretsmanager.resourcePolicies': [
        { secret: secret('garbled'), policy: ok('{"Version":') },
        { secret: secret('hidden'), policy: failed(awsError('AccessDeniedException', 'secretsmanager:GetResourcePolicy')) },
      ],
    });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'garbled'],
      ['ERROR', 'hidden'],
    ]);
    expect(findings[1]!.message).toContain('secretsmanager:GetResourcePolicy');
  });

  it('reports ERROR for the region when the secrets cannot be listed', async () => {
    const findings = await run(check, { 'secretsmanager.resourcePolicies': awsError('AccessDeniedException', 'secretsmanager:ListSecrets') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
