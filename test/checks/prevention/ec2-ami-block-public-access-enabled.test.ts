import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-ami-block-public-access-enabled.js';
import { awsError, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';

const judge = (value: Record<string, unknown>, region?: string) => evaluate(check, { 'ec2.imageBlockPublicAccess': ok(value) }, region ? { region } : {});

describe('ec2-ami-block-public-access-enabled', () => {
  it('passes block-new-sharing and names the manager', () => {
    const findings = judge({ ImageBlockPublicAccessState: 'block-new-sharing', ManagedBy: 'declarative-policy' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.message).toContain('ManagedBy declarative-policy');
  });

  it('fails unblocked', () => {
    const [finding] = judge({ ImageBlockPublicAccessState: 'unblocked', ManagedBy: 'account' });
    expect(finding!.status).toBe('FAIL');
    expect(finding!.message).toBe('Block public access for AMIs in us-east-1 is unblocked (ManagedBy account): AMIs can be shared publicly.');
  });

  it('near miss: the policy spelling block_new_sharing is not an API value, so it is not taken for the block', () => {
    const [finding] = judge({ ImageBlockPublicAccessState: 'block_new_sharing', ManagedBy: 'account' }, 'eu-west-1');
    expect(finding!.status).toBe('FAIL');
    expect(finding!.region).toBe('eu-west-1');
  });

  it('reports ERROR for an answer without the state and for a refused read', () => {
    expect(judge({ ManagedBy: 'account' })[0]!.status).toBe('ERROR');
    const findings = evaluate(check, { 'ec2.imageBlockPublicAccess': failed(awsError('UnauthorizedOperation', 'ec2:GetImageBlockPublicAccessState')) });
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012/us-east-1']]);
  });
});
