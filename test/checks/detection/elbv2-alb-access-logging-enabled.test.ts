import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/elbv2-alb-access-logging-enabled.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { loadBalancer } from '../../fixtures/elbv2.js';

const alb = loadBalancer('prod-web');
const attrs = (extra: Record<string, string>) => ({ 'access_logs.s3.enabled': 'false', 'access_logs.s3.bucket': '', 'access_logs.s3.prefix': '', 'idle_timeout.timeout_seconds': '60', ...extra });

describe('elbv2-alb-access-logging-enabled', () => {
  it('passes an ALB writing access logs, naming the bucket', () => {
    const findings = evaluate(check, { 'elbv2.attributes': [{ loadBalancer: alb, result: ok(attrs({ 'access_logs.s3.enabled': 'true', 'access_logs.s3.bucket': 'acme-alb-logs', 'access_logs.s3.prefix': 'prod-web' })) }] });
    expect(verdicts(findings)).toEqual([['PASS', 'prod-web']]);
    expect(findings[0]!.message).toBe('Application Load Balancer prod-web writes access logs to S3 bucket acme-alb-logs under prod-web.');
  });

  it('fails an ALB with access logs off', () => {
    const findings = evaluate(check, { 'elbv2.attributes': [{ loadBalancer: alb, result: ok(attrs({})) }] });
    expect(verdicts(findings)).toEqual([['FAIL', 'prod-web']]);
  });

  it('near miss: the attribute is the string "true", not the boolean, and other strings fail', () => {
    const findings = evaluate(check, { 'elbv2.attributes': [{ loadBalancer: alb, result: ok(attrs({ 'access_logs.s3.enabled': 'TRUE ' })) }] });
    expect(verdicts(findings)).toEqual([['FAIL', 'prod-web']]);
  });

  it('near miss: NLBs and GWLBs are not evaluated', () => {
    const nlb = loadBalancer('tcp-ingest', 'network');
    expect(evaluate(check, { 'elbv2.attributes': [{ loadBalancer: nlb, result: ok(attrs({})) }] })).toEqual([]);
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
