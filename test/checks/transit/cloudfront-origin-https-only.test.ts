import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/cloudfront-origin-https-only.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { behavior, customOrigin, distribution, originGroup, s3Origin } from '../../fixtures/cloudfront.js';

const G = { region: 'global' };
type Policy = 'http-only' | 'match-viewer' | 'https-only';
const origins = (...items: ReturnType<typeof customOrigin>[]) => ({ Origins: { Quantity: items.length, Items: items } });
const api = (policy: Policy) => customOrigin('api', 'api.example.com', {}, { OriginProtocolPolicy: policy });

describe('cloudfront-origin-https-only', () => {
  it('passes custom origins reached over HTTPS only', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [distribution('E1', { ...origins(api('https-only')), DefaultCacheBehavior: { ...distribution('E1').DefaultCacheBehavior!, TargetOriginId: 'api' } })] }, G);
    expect(verdicts(findings)).toEqual([['PASS', 'E1']]);
  });

  it('fails an http-only custom origin, and an S3 website endpoint is a custom origin', () => {
    const website = customOrigin('site', 'acme-site.s3-website-us-east-1.amazonaws.com', {}, { OriginProtocolPolicy: 'http-only' });
    const findings = evaluate(check, { 'cloudfront.distributions': [distribution('E1', origins(website))] }, G);
    expect(verdicts(findings)).toEqual([['FAIL', 'E1']]);
    expect(findings[0]!.message).toContain('origin site (acme-site.s3-website-us-east-1.amazonaws.com) is reached over HTTP only (http-only)');
  });

  it('near miss: match-viewer passes when every behavior sending requests to it requires HTTPS', () => {
    const d = distribution('E1', { ...origins(api('match-viewer')), DefaultCacheBehavior: { ...distribution('E1').DefaultCacheBehavior!, TargetOriginId: 'api' } });
    const findings = evaluate(check, { 'cloudfront.distributions': [d] }, G);
    expect(verdicts(findings)).toEqual([['PASS', 'E1']]);
    expect(findings[0]!.message).toContain('match-viewer');
  });

  it('near miss: match-viewer fails when an allow-all behavior targets it through an origin group', () => {
    const d = distribution('E1', {
      ...origins(api('match-viewer'), customOrigin('backup', 'backup.example.com')),
      OriginGroups: { Quantity: 1, Items: [originGroup('api-group', ['api', 'backup'])] },
      CacheBehaviors: { Quantity: 1, Items: [behavior('/api/*', 'api-group', 'allow-all')] },
    });
    const findings = evaluate(check, { 'cloudfront.distributions': [d] }, G);
    expect(verdicts(findings)).toEqual([['FAIL', 'E1']]);
    expect(findings[0]!.message).toContain('the cache behavior for /api/* sending requests to it allows HTTP from viewers (allow-all)');
  });

  it('does not judge S3 REST origins: a distribution with none custom passes', () => {
    const findings = evaluate(check, { 'cloudfront.distributions': [distribution('E1', { Origins: { Quantity: 1, Items: [s3Origin('assets', 'acme-assets.s3.amazonaws.com')] } })] }, G);
    expect(verdicts(findings)).toEqual([['PASS', 'E1']]);
    expect(findings[0]!.message).toContain('has no custom origin');
  });

  it('reports ERROR when an origin has no protocol policy, and when the distributions cannot be listed', async () => {
    const bare = customOrigin('api', 'api.example.com', {}, { OriginProtocolPolicy: undefined });
    expect(verdicts(evaluate(check, { 'cloudfront.distributions': [distribution('E1', origins(bare))] }, G))).toEqual([['ERROR', 'E1']]);
    const findings = await run(check, { 'cloudfront.distributions': awsError('AccessDenied', 'cloudfront:ListDistributions') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
