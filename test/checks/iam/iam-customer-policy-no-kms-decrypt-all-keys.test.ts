import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-customer-policy-no-kms-decrypt-all-keys.js';
import { authorizationDetails, customerPolicy as policy } from '../../fixtures/iam.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const details = (...policies: unknown[]) => authorizationDetails({ policies });
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe('iam-customer-policy-no-kms-decrypt-all-keys', () => {
  it('passes kms:Decrypt on one named key', () => {
    const findings = evaluate(check, details(policy('orders-decrypt', { Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', 'orders-decrypt']]);
  });

  it('fails kms:Decrypt on Resource "*"', () => {
    const findings = evaluate(check, details(policy('decrypt-all', { Sid: 'Decrypt', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: '*' })), {
      region: 'global',
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'decrypt-all']]);
    expect(findings[0]!.message).toBe('Customer managed policy decrypt-all allows kms:Decrypt on all KMS keys in statement Decrypt of its default version v1.');
  });

  it('fails kms:ReEncrypt* on the every-key pattern arn:aws:kms:*:*:key/*', () => {
    const findings = evaluate(check, details(policy('reencrypt', { Effect: 'Allow', Action: 'kms:ReEncrypt*', Resource: 'arn:aws:kms:*:*:key/*' })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['FAIL', 'reencrypt']]);
    expect(findings[0]!.message).toContain('kms:ReEncryptFrom on all KMS keys');
  });

  it('fails even when a condition narrows the grant (conditions are not considered), and for an attached-to-nothing policy', () => {
    const statement = { Effect: 'Allow', Action: 'kms:*', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } };
    expect(verdicts(evaluate(check, details(policy('via-s3', statement, { AttachmentCount: 0 })), { region: 'global' }))).toEqual([['FAIL', 'via-s3']]);
  });

  it('near miss: kms:Decrypt on all keys of one region is not every key', () => {
    const findings = evaluate(check, details(policy('regional', { Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:us-east-1:123456789012:key/*' })), {
      region: 'global',
    });
    expect(verdicts(findings)).toEqual([['PASS', 'regional']]);
  });

  it('near miss: kms:Encrypt and kms:GenerateDataKey on "*" do not decrypt', () => {
    const findings = evaluate(check, details(policy('encrypt-only', { Effect: 'Allow', Action: ['kms:Encrypt', 'kms:GenerateDataKey*'], Resource: '*' })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', 'encrypt-only']]);
  });

  it('reports ERROR naming the denied action when the details cannot be read', async () => {
    const findings = await run(check, { 'iam.authorizationDetails': awsError('AccessDenied', 'iam:GetAccountAuthorizationDetails') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetAccountAuthorizationDetails']]);
  });

  it('near miss: a policy used only as a permissions boundary grants nothing and is not evaluated (KMS.1 excludes it)', () => {
    const boundary = policy('dev-boundary', { Effect: 'Allow', Action: 'kms:*', Resource: '*' }, { AttachmentCount: 0, PermissionsBoundaryUsageCount: 3 });
    const unattached = policy('spare-decrypt', { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }, { AttachmentCount: 0, PermissionsBoundaryUsageCount: 0 });
    expect(verdicts(evaluate(check, details(boundary, unattached), { region: 'global' }))).toEqual([['FAIL', 'spare-decrypt']]);
  });
});
