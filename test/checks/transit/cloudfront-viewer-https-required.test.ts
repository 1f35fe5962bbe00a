import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/cloudfront-viewer-https-required.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { behavior, distribution } from '../../fixtures/cloudfront.js';

const G = { region: 'global' };
const withBehaviors = (id: string, defaultPolicy: 'allow-all' | 'https-only' | 'redirect-to-https', others: Array<[string, 'allow-all' | 'https-only' | 'redirect-to-https']>, extra = {}) =>
  distribution(id, {
    DefaultCacheBehavior: { ...distribution(id).DefaultCacheBehavior!, ViewerProtocolPolicy: defaultPolicy },
    CacheBehaviors: { Quantity: others.length, ...(others.length ? { Items: others.map(([path, policy]) => behavior(path, 'assets', policy)) } : {}) },
    ...extra,
  });

describe('cloudfront-viewer-https-required', () => {
  it('passes a distribution whose behaviors all redirect to HTTPS or require it, with findings in region global', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [withBehaviors('E1', 'redirect-to-https', [['/api/*', 'https-only']])] }, G);
    expect(verdicts(findings)).toEqual([['PASS', 'E1']]);
    expect(findings[0]!.region).toBe('global');
    expect(findings[0]!.resourceArn).toBe('arn:aws:cloudfront::123456789012:distribution/E1');
  });

  it('fails when the default behavior allows HTTP, naming it', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [withBehaviors('E1', 'allow-all', [])] }, G);
    expect(verdicts(findings)).toEqual([['FAIL', 'E1']]);
    expect(findings[0]!.message).toBe('CloudFront distribution E1 (e1.example.com): the default cache behavior (*) allows plain HTTP (allow-all).');
  });

  it('near miss: one path pattern among secure ones allows HTTP, and the message names each such pattern', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [withBehaviors('E1', 'redirect-to-https', [['/img/*', 'allow-all'], ['/api/*', 'https-only'], ['/legacy/*', 'allow-all']])] }, G);
    expect(verdicts(findings)).toEqual([['FAIL', 'E1']]);
    expect(findings[0]!.message).toContain('the cache behavior for /img/* and the cache behavior for /legacy/* allow plain HTTP (allow-all)');
    expect(findings[0]!.message).not.toContain('/api/*');
  });

  it('judges disabled distributions too and says "disabled"', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [withBehaviors('E1', 'allow-all', [], { Enabled: false })] }, G);
    expect(findings.map((f) => [f.status, f.message.includes('disabled')])).toEqual([['FAIL', true]]);
  });

  it('reports ERROR rather than PASS when a behavior has no viewer protocol policy', () => {
    const d = distribution('E1');
    const findings = evaluate(check, { 'cloudfront.distributions': [{ ...d, DefaultCacheBehavior: { ...d.DefaultCacheBehavior!, ViewerProtocolPolicy: undefined } }] }, G);
    expect(verdicts(findings)).toEqual([['ERROR', 'E1']]);
  });

  it('reports ERROR when the distributions cannot be listed', async () => {
    const findings = await run(check, { 'cloudfront.distributions': awsError('AccessDenied', 'cloudfront:ListDistributions') });
    expect(findings.map((f) => [f.status, f.region])).toEqual([['ERROR', 'global']]);
  });
});
