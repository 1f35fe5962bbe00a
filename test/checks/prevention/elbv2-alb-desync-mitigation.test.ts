import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/elbv2-alb-desync-mitigation.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { loadBalancer } from '../../fixtures/elbv2.js';

const alb = loadBalancer('prod-web');
const KEY = 'routing.http.desync_mitigation_mode';
const data = (value: string, lb = alb) => ({ 'elbv2.attributes': [{ loadBalancer: lb, result: ok({ [KEY]: value }) }] });

describe('elbv2-alb-desync-mitigation', () => {
  it('passes defensive and strictest', () => {
    expect(verdicts(evaluate(check, data('defensive')))).toEqual([['PASS', 'prod-web']]);
    expect(evaluate(check, data('strictest'))[0]!.message).toBe('Application Load Balancer prod-web uses desync mitigation mode strictest.');
  });

  it('near miss: monitor mode fails', () => {
    const findings = evaluate(check, data('monitor'));
    expect(verdicts(findings)).toEqual([['FAIL', 'prod-web']]);
    expect(findings[0]!.message).toContain('mode monitor');
  });

  it('near miss: NLBs are not evaluated', () => {
    expect(evaluate(check, data('monitor', loadBalancer('tcp-ingest', 'network')))).toEqual([]);
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

describe('elbv2-alb-desync-mitigation on partial answers', () => {
  it('reports ERROR for an ALB whose attributes leave out the mode: its default (defensive) would pass, so unknown is not assumed', () => {
    const findings = evaluate(check, { 'elbv2.attributes': [{ loadBalancer: alb, result: ok({ 'deletion_protection.enabled': 'false' }) }] });
    expect(verdicts(findings)).toEqual([['ERROR', 'prod-web']]);
    expect(findings[0]!.message).toBe(
      'Application Load Balancer prod-web reports no routing.http.desync_mitigation_mode attribute, so its desync mitigation mode is unknown.',
    );
  });
});
