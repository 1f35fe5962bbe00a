import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/elbv2-deletion-protection-enabled.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { loadBalancer } from '../../fixtures/elbv2.js';

const KEY = 'deletion_protection.enabled';
const alb = loadBalancer('prod-web');
const nlb = loadBalancer('tcp-ingest', 'network');

describe('elbv2-deletion-protection-enabled', () => {
  it('passes a load balancer with deletion protection', () => {
    const findings = evaluate(check, { 'elbv2.attributes': [{ loadBalancer: alb, result: ok({ [KEY]: 'true' }) }] });
    expect(verdicts(findings)).toEqual([['PASS', 'prod-web']]);
  });

  it('fails one without, of any type', () => {
    const findings = evaluate(check, { 'elbv2.attributes': [{ loadBalancer: nlb, result: ok({ [KEY]: 'false' }) }] });
    expect(verdicts(findings)).toEqual([['FAIL', 'tcp-ingest']]);
    expect(findings[0]!.message).toBe('Network Load Balancer tcp-ingest does not have deletion protection enabled.');
  });

  it('near miss: attribute values are strings; only "true" passes', () => {
    const findings = evaluate(check, { 'elbv2.attributes': [{ loadBalancer: alb, result: ok({ [KEY]: 'True' }) }] });
    expect(verdicts(findings)).toEqual([['FAIL', 'prod-web']]);
  });

  it('reports ERROR when the attributes cannot be read', () => {
    const findings = evaluate(check, { 'elbv2.attributes': [{ loadBalancer: alb, result: failed(awsError('AccessDenied', 'elasticloadbalancing:DescribeLoadBalancerAttributes')) }] });
    expect(verdicts(findings)).toEqual([['ERROR', 'prod-web']]);
  });

  it('reports ERROR when the load balancers cannot be listed', async () => {
    const findings = await run(check, { 'elbv2.attributes': awsError('AccessDenied', 'elasticloadbalancing:DescribeLoadBalancers') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
