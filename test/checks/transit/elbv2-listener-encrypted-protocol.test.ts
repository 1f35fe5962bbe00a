import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/elbv2-listener-encrypted-protocol.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { listener, loadBalancer, redirectToHttps } from '../../fixtures/elbv2.js';

const alb = loadBalancer('prod-web');
const nlb = loadBalancer('tls-ingest', 'network');

describe('elbv2-listener-encrypted-protocol', () => {
  it('passes HTTPS on an ALB and TLS on an NLB', () => {
    const findings = evaluate(check, {
      'elbv2.listeners': [
        { loadBalancer: alb, result: ok([listener(alb, 'HTTPS', 443)]) },
        { loadBalancer: nlb, result: ok([listener(nlb, 'TLS', 8443)]) },
      ],
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'prod-web/HTTPS:443'],
      ['PASS', 'tls-ingest/TLS:8443'],
    ]);
  });

  it('fails TCP and UDP listeners of an NLB', () => {
    const findings = evaluate(check, { 'elbv2.listeners': [{ loadBalancer: nlb, result: ok([listener(nlb, 'TCP', 5432), listener(nlb, 'UDP', 53)]) }] });
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'tls-ingest/TCP:5432'],
      ['FAIL', 'tls-ingest/UDP:53'],
    ]);
    expect(findings[0]!.message).toBe('TCP listener on port 5432 of Network Load Balancer tls-ingest is not encrypted: it should use TLS.');
  });

  it('near miss: a redirect-only HTTP listener passes ELB.1 but fails here, and says so', () => {
    const findings = evaluate(check, { 'elbv2.listeners': [{ loadBalancer: alb, result: ok([listener(alb, 'HTTP', 80, { DefaultActions: [redirectToHttps] })]) }] });
    expect(verdicts(findings)).toEqual([['FAIL', 'prod-web/HTTP:80']]);
    expect(findings[0]!.message).toContain('It only redirects to HTTPS');
  });

  it('near miss: Gateway Load Balancer (GENEVE) listeners are not evaluated', () => {
    const gwlb = loadBalancer('inspection', 'gateway');
    expect(evaluate(check, { 'elbv2.listeners': [{ loadBalancer: gwlb, result: ok([listener(gwlb, 'GENEVE', 6081)]) }] })).toEqual([]);
  });

  it('near miss: a load balancer whose answer leaves out its Type is judged by the kind its ARN names, not dropped', () => {
    const { Type: _omitted, ...untyped } = loadBalancer('legacy-web');
    const findings = evaluate(check, { 'elbv2.listeners': [{ loadBalancer: untyped, result: ok([listener(untyped, 'HTTP', 80), listener(untyped, 'HTTPS', 443)]) }] });
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'legacy-web/HTTP:80'],
      ['PASS', 'legacy-web/HTTPS:443'],
    ]);
  });

  it('near miss: with neither Type nor a telling ARN, each listener is judged by its protocol, and one that does not tell is ERROR', () => {
    const { Type: _omitted, ...bare } = loadBalancer('odd-lb', 'network', { LoadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/odd-lb' });
    const findings = evaluate(check, { 'elbv2.listeners': [{ loadBalancer: bare, result: ok([listener(bare, 'TCP', 5432), listener(bare, 'TLS', 443), listener(bare, 'GENEVE', 6081)]) }] });
    expect(verdicts(findings).map(([status]) => status)).toEqual(['FAIL', 'PASS', 'ERROR']);
  });

  it('reports ERROR when the listeners of a load balancer cannot be read', () => {
    const findings = evaluate(check, { 'elbv2.listeners': [{ loadBalancer: alb, result: failed(awsError('AccessDenied', 'elasticloadbalancing:DescribeListeners')) }] });
    expect(verdicts(findings)).toEqual([['ERROR', 'prod-web']]);
  });

  it('reports ERROR when the load balancers cannot be listed', async () => {
    const findings = await run(check, { 'elbv2.listeners': awsError('AccessDenied', 'elasticloadbalancing:DescribeLoadBalancers') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
