import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-allowed-amis-enforced.js';
import { awsError, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';

const judge = (value: Record<string, unknown>) => evaluate(check, { 'ec2.allowedImagesSettings': ok(value) });
const criteria = [{ ImageProviders: ['amazon'] }, { ImageProviders: ['123456789012'], CreationDateCondition: { MaximumDaysSinceCreated: 300 } }];

describe('ec2-allowed-amis-enforced', () => {
  it('passes enabled with criteria and gives their number', () => {
    const findings = judge({ State: 'enabled', ImageCriteria: criteria, ManagedBy: 'declarative-policy' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toBe('Allowed AMIs in us-east-1 is enabled with 2 image criteria (ManagedBy declarative-policy: set by a declarative policy of the organization).');
  });

  it('passes enabled with no criteria: only the account’s own AMIs are allowed', () => {
    const [finding] = judge({ State: 'enabled', ManagedBy: 'account' });
    expect(finding!.status).toBe('PASS');
    expect(finding!.message).toContain('only the account’s own AMIs');
  });

  it('near miss: audit-mode only marks images and FAILs', () => {
    const [finding] = judge({ State: 'audit-mode', ImageCriteria: criteria.slice(0, 1), ManagedBy: 'account' });
    expect(finding!.status).toBe('FAIL');
    expect(finding!.message).toContain('audit-mode with 1 image criterion');
  });

  it('fails disabled', () => {
    expect(judge({ State: 'disabled', ManagedBy: 'account' })[0]!.status).toBe('FAIL');
  });

  it('reports ERROR for an answer without State and for a refused read', () => {
    expect(judge({ ManagedBy: 'account' })[0]!.status).toBe('ERROR');
    const findings = evaluate(check, { 'ec2.allowedImagesSettings': failed(awsError('UnauthorizedOperation', 'ec2:GetAllowedImagesSettings')) });
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012/us-east-1']]);
  });
});
