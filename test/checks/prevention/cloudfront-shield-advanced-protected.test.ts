import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/cloudfront-shield-advanced-protected.js';
import { awsError, evaluateWithNotes, run, verdicts } from '../../helpers/check-harness.js';
import { distribution, distributionArn } from '../../fixtures/cloudfront.js';

const G = { region: 'global' };
const active = (...arns: string[]) => ({ state: 'ACTIVE', protections: arns.map((ResourceArn, i) => ({ Id: `p${i}`, Name: `shield-${i}`, ResourceArn })) });

describe('cloudfront-shield-advanced-protected', () => {
  it('passes a distribution a protection covers, and fails one it does not, when subscribed', () => {
    const { findings } = evaluateWithNotes(check, { 'shield.advanced': active(distributionArn('E1')), 'cloudfront.distributions': [distribution('E1'), distribution('E2')] }, G);
    expect(verdicts(findings)).toEqual([
      ['PASS', 'E1'],
      ['FAIL', 'E2'],
    ]);
    expect(findings[0]!.message).toBe('CloudFront distribution E1 (e1.example.com) is covered by Shield Advanced protection shield-0.');
  });

  it('is not in scope without a subscription: one note, no FAIL per distribution', () => {
    const { findings, notInScope } = evaluateWithNotes(check, { 'shield.advanced': { state: 'INACTIVE', protections: [] }, 'cloudfront.distributions': [distribution('E1')] }, G);
    expect(findings).toEqual([]);
    expect(notInScope).toEqual(['no Shield Advanced subscription']);
  });

  it('near miss: a protection of another resource (an Elastic IP) does not cover the distribution', () => {
    const { findings } = evaluateWithNotes(check, { 'shield.advanced': active('arn:aws:ec2:us-east-1:123456789012:eip-allocation/eipalloc-0a1b'), 'cloudfront.distributions': [distribution('E1')] }, G);
    expect(findings.map((f) => f.status)).toEqual(['FAIL']);
  });

  it('reports ERROR when the subscription cannot be read', async () => {
    const findings = await run(check, { 'shield.advanced': awsError('AccessDeniedException', 'shield:GetSubscriptionState'), 'cloudfront.distributions': [distribution('E1')] });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
