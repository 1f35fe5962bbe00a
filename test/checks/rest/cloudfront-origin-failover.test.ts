import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/cloudfront-origin-failover.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { distribution, originGroup, s3Origin } from '../../fixtures/cloudfront.js';

const G = { region: 'global' };
const twoOrigins = { Origins: { Quantity: 2, Items: [s3Origin('primary', 'acme-assets.s3.us-east-1.amazonaws.com'), s3Origin('secondary', 'acme-assets-dr.s3.eu-west-1.amazonaws.com')] } };

describe('cloudfront-origin-failover', () => {
  it('passes a distribution with an origin group of two origins', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [distribution('E1', { ...twoOrigins, OriginGroups: { Quantity: 1, Items: [originGroup('assets-failover', ['primary', 'secondary'])] } })] }, G);
    expect(verdicts(findings)).toEqual([['PASS', 'E1']]);
    expect(findings[0]!.message).toBe('CloudFront distribution E1 (e1.example.com) has origin group assets-failover with 2 member origins for failover.');
  });

  it('fails a distribution without origin groups, as ListDistributions sends it (Quantity 0, no Items)', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [distribution('E1')] }, G);
    expect(verdicts(findings)).toEqual([['FAIL', 'E1']]);
    expect(findings[0]!.message).toContain('has no origin group');
  });

  it('near miss: an origin group with a single member cannot fail over', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [distribution('E1', { OriginGroups: { Quantity: 1, Items: [originGroup('lonely', ['assets'])] } })] }, G);
    expect(verdicts(findings)).toEqual([['FAIL', 'E1']]);
    expect(findings[0]!.message).toContain('none with two member origins');
  });

  it('reports ERROR when the distributions cannot be listed', async () => {
    const findings = await run(check, { 'cloudfront.distributions': awsError('AccessDenied', 'cloudfront:ListDistributions') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
