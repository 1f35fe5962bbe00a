import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ssm-document-public-sharing-blocked.js';
import { awsError, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';
import { setting } from '../../fixtures/ssm.js';

const ID = '/ssm/documents/console/public-sharing-permission';

describe('ssm-document-public-sharing-blocked', () => {
  it('passes a region where public sharing is Disable', () => {
    const findings = evaluate(check, { 'ssm.documentPublicSharing': ok(setting(ID, 'Disable')) });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ssm:us-east-1:123456789012:servicesetting/ssm/documents/console/public-sharing-permission');
    expect(findings[0]!.message).toBe(`Public sharing of SSM documents is blocked in us-east-1 (${ID} is Disable).`);
  });

  it('near miss: the AWS default Enable, returned with Status Default, fails', () => {
    const findings = evaluate(check, { 'ssm.documentPublicSharing': ok(setting(ID, 'Enable', 'Default')) });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toBe(`Public sharing of SSM documents is allowed in us-east-1 (${ID} is Enable, the AWS default).`);
  });

  it('reports ERROR, never PASS, for an unexpected value', () => {
    expect(evaluate(check, { 'ssm.documentPublicSharing': ok(setting(ID, 'disabled')) })[0]!.status).toBe('ERROR');
  });

  it('reports ERROR when the setting cannot be read', () => {
    const findings = evaluate(check, { 'ssm.documentPublicSharing': failed(awsError('AccessDeniedException', 'ssm:GetServiceSetting')) });
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012/us-east-1']]);
    expect(findings[0]!.error?.action).toBe('ssm:GetServiceSetting');
  });
});
