import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/cloudfront-waf-attached.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { distribution } from '../../fixtures/cloudfront.js';

const G = { region: 'global' };

describe('cloudfront-waf-attached', () => {
  it('passes a distribution with an AWS WAF web ACL, naming it', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [distribution('E1')] }, G);
    expect(verdicts(findings)).toEqual([['PASS', 'E1']]);
    expect(findings[0]!.message).toContain('is associated with AWS WAF web ACL edge-acl');
  });

  it('fails a distribution whose WebACLId is empty, as ListDistributions sends it', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [distribution('E1', { WebACLId: '' })] }, G);
    expect(verdicts(findings)).toEqual([['FAIL', 'E1']]);
    expect(findings[0]!.message).toBe('CloudFront distribution E1 (e1.example.com) is not associated with any WAF web ACL (WebACLId is empty).');
  });

  it('near miss: a WAF Classic web ACL id passes, with the end-of-support note', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [distribution('E1', { WebACLId: '473e64fd-f30b-4765-81a0-62ad96dd167a' })] }, G);
    expect(verdicts(findings)).toEqual([['PASS', 'E1']]);
    expect(findings[0]!.message).toContain('WAF Classic reached end of support on 30 September 2025');
  });

  it('near miss: a whitespace-only WebACLId is empty', () => {
    expect(verdicts(evaluate(check, { 'cloudfront.distributions': [distribution('E1', { WebACLId: '  ' })] }, G))).toEqual([['FAIL', 'E1']]);
  });

  it('reports ERROR when the distributions cannot be listed', async () => {
    const findings = await run(check, { 'cloudfront.distributions': awsError('AccessDenied', 'cloudfront:ListDistributions') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
