import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/elbv2-alb-drops-invalid-headers.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { loadBalancer } from '../../fixtures/elbv2.js';

const alb = loadBalancer('prod-web');
const KEY = 'routing.http.drop_invalid_header_fields.enabled';
const data = (value: string, lb = alb) => ({ 'elbv2.attributes': [{ loadBalancer: lb, result: ok({ [KEY]: value, 'routing.http2.enabled': 'true' }) }] });

describe('elbv2-alb-drops-invalid-headers', () => {
  it('passes an ALB that drops invalid headers', () => {
    expect(verdicts(evaluate(check, data('true')))).toEqual([['PASS', 'prod-web']]);
  });

  it('fails an ALB that passes them on, quoting the value', () => {
    const findings = evaluate(check, data('false'));
    expect(verdicts(findings)).toEqual([['FAIL', 'prod-web']]);
    expect(findings[0]!.message).toBe(`Application Load Balancer prod-web passes HTTP headers with invalid names on to its targets (${KEY} is false).`);
  });

  it('near miss: an attribute missing from the answer is not "true"', () => {
    const findings = evaluate(check, { 'elbv2.attributes': [{ loadBalancer: alb, result: ok({}) }] });
    expect(verdicts(findings)).toEqual([['FAIL', 'prod-web']]);
  });

  it('near miss: NLBs are not evaluated', () => {
    expect(evaluate(check, data('false', loadBalancer('tcp-ingest', 'network')))).toEqual([]);
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
