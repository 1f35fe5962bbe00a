import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-inline-policy-no-kms-decrypt-all-keys.js';
import { authorizationDetails, iamDoc } from '../../fixtures/iam.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const role = (name: string, statement: unknown) => ({
  RoleName: name,
  Arn: `arn:aws:iam::123456789012:role/${name}`,
  RolePolicyList: [{ PolicyName: `${name}-kms`, PolicyDocument: iamDoc(statement) }],
});
const details = (...roles: unknown[]) => authorizationDetails({ roles });

describe('iam-inline-policy-no-kms-decrypt-all-keys', () => {
  it('passes kms:Decrypt on one named key', () => {
    const findings = evaluate(
      check,
      details(role('orders-api', { Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' })),
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([['PASS', 'role/orders-api/orders-api-kms']]);
  });

  it('fails kms:* on "*"', () => {
    const findings = evaluate(check, details(role('batch', { Effect: 'Allow', Action: 'kms:*', Resource: '*' })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', 'role/batch/batch-kms']]);
    expect(findings[0]!.message).toBe('Inline policy batch-kms of role batch allows kms:Decrypt and kms:ReEncryptFrom on all KMS keys in statement 1.');
  });

  it('near miss: an Allow NotAction that leaves kms out still grants kms:Decrypt on every key', () => {
    const findings = evaluate(check, details(role('power', { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', 'role/power/power-kms']]);
  });

  it('near miss: a Deny of kms:Decrypt on "*" grants nothing', () => {
    const findings = evaluate(check, details(role('locked', { Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', 'role/locked/locked-kms']]);
  });

  it('reports ERROR naming the denied action when the details cannot be read', async () => {
    const findings = await run(check, { 'iam.authorizationDetails': awsError('AccessDenied', 'iam:GetAccountAuthorizationDetails') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetAccountAuthorizationDetails']]);
  });
});
