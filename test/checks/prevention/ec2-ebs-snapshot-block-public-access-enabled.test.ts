import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-ebs-snapshot-block-public-access-enabled.js';
import { awsError, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';

const judge = (value: { State: string; ManagedBy?: 'account' | 'declarative-policy' }) => evaluate(check, { 'ec2.snapshotBlockPublicAccess': ok(value) });

describe('ec2-ebs-snapshot-block-public-access-enabled', () => {
  it('passes block-all-sharing set by the account, one result for the region', () => {
    const findings = judge({ State: 'block-all-sharing', ManagedBy: 'account' });
    expect(verdicts(findings)).toEqual([['PASS', '123456789012/us-east-1']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ec2:us-east-1:123456789012:snapshot-block-public-access');
    expect(findings[0]!.message).toContain('(ManagedBy account)');
  });

  it('passes block-all-sharing enforced by a declarative policy and names it', () => {
    const [finding] = judge({ State: 'block-all-sharing', ManagedBy: 'declarative-policy' });
    expect(finding!.status).toBe('PASS');
    expect(finding!.message).toContain('ManagedBy declarative-policy');
  });

  it('near miss: block-new-sharing leaves already public snapshots public, so it FAILs (EC2.182)', () => {
    const [finding] = judge({ State: 'block-new-sharing', ManagedBy: 'account' });
    expect(finding!.status).toBe('FAIL');
    expect(finding!.message).toContain('already shared publicly stay public');
  });

  it('fails unblocked, naming a declarative policy that set it', () => {
    const [finding] = judge({ State: 'unblocked', ManagedBy: 'declarative-policy' });
    expect(finding!.status).toBe('FAIL');
    expect(finding!.message).toMatch(/unblocked \(ManagedBy declarative-policy: set by a declarative policy/);
  });

  it('reports ERROR, never PASS, when the state cannot be read', () => {
    const findings = evaluate(check, { 'ec2.snapshotBlockPublicAccess': failed(awsError('UnauthorizedOperation', 'ec2:GetSnapshotBlockPublicAccessState')) });
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012/us-east-1']]);
  });
});
