// The demo account replayed through the CloudFront, ACM and WAFv2 checks (and the two ELBv2 checks
// that read WAF and ACM): no ERROR, a PASS and a FAIL for each, the findings the notes call for,
// and a recording that holds no origin header value.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import type { RecordedCall } from '../../src/data/inventory.js';
import { runChecks } from '../../src/engine/runner.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
import { DEMO } from '../helpers/cli.js';
import { replayLoader } from '../helpers/replay-loader.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
const calls = (JSON.parse(readFileSync(DEMO, 'utf8')) as { calls: RecordedCall[] }).calls;
const MINE = /^(cloudfront|acm|wafv2)-|^elbv2-(alb-waf-attached|listener-certificate-from-acm)$/;

describe('the demo account replayed through the front-door checks', () => {
  const checks = CHECKS.filter((c) => MINE.test(c.id));
  let result: Awaited<ReturnType<typeof runChecks>>;
  beforeAll(async () => {
    const { loader } = replayLoader(calls, REGIONS);
    result = await runChecks({ checks, datasets: DATASETS, loader, scope: { regions: REGIONS, homeRegion: 'us-east-1', account: ACCOUNT }, now: NOW });
  });

  it('covers the 23 checks', () => {
    expect(checks).toHaveLength(23);
  });

  it('has no ERROR', () => {
    expect(result.findings.filter((f) => f.status === 'ERROR').map((f) => `${f.checkId}: ${f.message}`)).toEqual([]);
  });

  it.for(checks.map((c) => c.id))('%s has a PASS and a FAIL', (id) => {
    const summary = result.checks.find((s) => s.checkId === id)!;
    expect(summary.pass, 'pass').toBeGreaterThan(0);
    expect(summary.fail, 'fail').toBeGreaterThan(0);
  });

  it('gives the findings the notes call for', () => {
    const verdict = (id: string, resource: string) => result.findings.filter((f) => f.checkId === id && f.resourceId === resource).map((f) => `${f.status} ${f.region}`);
    // Global resources carry region global; certificates and regional web ACLs their region.
    expect(verdict('cloudfront-waf-attached', 'E1SHOPDEMO0001')).toEqual(['PASS global']);
    expect(verdict('cloudfront-waf-attached', 'E3DOCSDEMO0003')).toEqual(['PASS global']);
    expect(verdict('wafv2-web-acl-common-exploit-rules', 'edge-acl')).toEqual(['PASS global']);
    expect(verdict('wafv2-web-acl-common-exploit-rules', 'eu-web-acl')).toEqual(['FAIL eu-west-1']);
    expect(verdict('acm-certificate-not-expiring', '9e1d3f5a-7b2c-4d8e-a6f0-1c3e5a7b9d24')).toEqual(['FAIL us-east-1']);
    expect(verdict('elbv2-alb-waf-attached', 'legacy-admin')).toEqual(['FAIL us-east-1']);
    expect(verdict('elbv2-alb-waf-attached', 'eu-web')).toEqual(['PASS eu-west-1']);
    // Logged only through v2: passes here, with the CloudFront.5 note.
    const docs = result.findings.find((f) => f.checkId === 'cloudfront-access-logging-enabled' && f.resourceId === 'E3DOCSDEMO0003')!;
    expect(docs.message).toContain('CloudFront.5 recognises only legacy standard logging');
    // The partner's bucket answers 403: it exists, in another account.
    const partner = result.findings.find((f) => f.checkId === 'cloudfront-s3-origin-bucket-exists' && f.resourceId === 'E3DOCSDEMO0003')!;
    expect(partner.message).toContain('owned by another account');
  });

  it('holds no origin custom header value: the recording has names only', () => {
    const text = JSON.stringify(calls.filter((c) => c.service === 'cloudfront'));
    expect(text).toContain('X-Origin-Verify');
    expect(text).not.toContain('HeaderValue');
  });
});
