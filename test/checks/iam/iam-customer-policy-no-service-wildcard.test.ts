import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/iam-customer-policy-no-service-wildcard.js';
import { authorizationDetails, customerPolicy as policy } from '../../fixtures/iam.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const details = (...policies: unknown[]) => authorizationDetails({ policies });

describe('iam-customer-policy-no-service-wildcard', () => {
  it('passes prefixed wildcards such as ec2:Describe* and s3:Get*', () => {
    const findings = evaluate(check, details(policy('ec2-read', { Effect: 'Allow', Action: ['ec2:Describe*', 's3:Get*'], Resource: '*' })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', 'ec2-read']]);
  });

  it('fails "s3:*" even on a single bucket, naming the wildcard', () => {
    const findings = evaluate(
      check,
      details(policy('acme-data-owner', { Effect: 'Allow', Action: ['s3:*', 'S3:*'], Resource: ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*'] })),
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-data-owner']]);
    expect(findings[0]!.message).toBe('Customer managed policy acme-data-owner allows the whole-service wildcards "s3:*", "S3:*" in its default version v1.');
  });

  it('fails "*"', () => {
    expect(verdicts(evaluate(check, details(policy('all', { Effect: 'Allow', Action: '*', Resource: '*' })), { region: 'global' }))).toEqual([['FAIL', 'all']]);
  });

  it('near miss: a Deny of "s3:*" grants nothing', () => {
    const findings = evaluate(check, details(policy('deny-s3', { Effect: 'Deny', Action: 's3:*', Resource: '*' })), { region: 'global' });
    expect(verdicts(findings)).toEqual([['PASS', 'deny-s3']]);
  });

  it('near miss: a policy used only as a permissions boundary is not evaluated', () => {
    const findings = evaluate(check, details(policy('dev-boundary', { Effect: 'Allow', Action: 'ec2:*', Resource: '*' }, { AttachmentCount: 0, PermissionsBoundaryUsageCount: 4 })), {
      region: 'global',
    });
    expect(findings).toEqual([]);
  });

  it('reports ERROR naming the denied action when the details cannot be read', async () => {
    const findings = await run(check, { 'iam.authorizationDetails': awsError('AccessDenied', 'iam:GetAccountAuthorizationDetails') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'iam:GetAccountAuthorizationDetails']]);
  });
});
