import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/ec2-ebs-encryption-by-default.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';

describe('ec2-ebs-encryption-by-default', () => {
  it('passes a region with encryption by default on', () => {
    const findings = evaluate(check, { 'ec2.ebsEncryptionByDefault': ok(true) });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ec2:us-east-1:123456789012:ebs-encryption-by-default');
    expect(findings[0]!.message).toBe('EBS encryption by default is enabled in us-east-1.');
  });

  it('fails a region with encryption by default off', () => {
    const findings = evaluate(check, { 'ec2.ebsEncryptionByDefault': ok(false) });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain('disabled in us-east-1');
  });

  it('near miss: the setting is per region, so eu-west-1 is judged on its own answer', () => {
    const findings = evaluate(check, { 'ec2.ebsEncryptionByDefault': ok(false) }, { region: 'eu-west-1' });
    expect(verdicts(findings)).toEqual([['FAIL', '123456789012/eu-west-1']]);
    expect(findings[0]!.region).toBe('eu-west-1');
  });

  it('reports ERROR, never PASS, when the setting cannot be read', () => {
    const findings = evaluate(check, { 'ec2.ebsEncryptionByDefault': failed(awsError('UnauthorizedOperation', 'ec2:GetEbsEncryptionByDefault')) });
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012/us-east-1']]);
    expect(findings[0]!.error?.action).toBe('ec2:GetEbsEncryptionByDefault');
  });

  it('gives one result per scanned region through the runner', async () => {
    const findings = await run(check, { 'ec2.ebsEncryptionByDefault': ok(true) }, { regions: ['us-east-1', 'eu-west-1'] });
    expect(findings.map((f) => [f.status, f.region])).toEqual([
      ['PASS', 'eu-west-1'],
      ['PASS', 'us-east-1'],
    ]);
  });
});
