import type { Listener, LoadBalancer, SslPolicy } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/elbv2-listener-tls-1-2-minimum.js';
import type { Fetched } from '../../../src/data/dataset.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { listener, loadBalancer, redirectToHttps } from '../../fixtures/elbv2.js';

const policy = (Name: string, SslProtocols: string[]): SslPolicy => ({
  Name,
  SslProtocols,
  Ciphers: [{ Name: 'ECDHE-RSA-AES128-GCM-SHA256', Priority: 1 }],
  SupportedLoadBalancerTypes: ['application', 'network'],
});
const POLICIES = [
  policy('ELBSecurityPolicy-TLS13-1-2-2021-06', ['TLSv1.2', 'TLSv1.3']),
  policy('ELBSecurityPolicy-TLS13-1-2-Res-2021-06', ['TLSv1.2', 'TLSv1.3']),
  policy('ELBSecurityPolicy-TLS-1-2-2017-01', ['TLSv1.2']),
  policy('ELBSecurityPolicy-2016-08', ['TLSv1', 'TLSv1.1', 'TLSv1.2']),
];
const alb = loadBalancer('prod-web');
const nlb = loadBalancer('tls-ingest', 'network');
const data = (entries: Array<[LoadBalancer, Fetched<Listener[]>]>, policies = POLICIES) => ({
  'elbv2.listeners': entries.map(([loadBalancer, result]) => ({ loadBalancer, result })),
  'elbv2.sslPolicies': policies,
});

describe('elbv2-listener-tls-1-2-minimum', () => {
  it('passes an HTTPS listener on a TLS 1.3 policy, and names the policy', () => {
    const findings = evaluate(check, data([[alb, ok([listener(alb, 'HTTPS', 443, { SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' })])]]));
    expect(verdicts(findings)).toEqual([['PASS', 'prod-web/HTTPS:443']]);
    expect(findings[0]!.message).toBe(
      "HTTPS listener on port 443 of Application Load Balancer prod-web uses security policy ELBSecurityPolicy-TLS13-1-2-2021-06, which offers nothing older than TLS 1.2. It is not in ELB.17's allow-list, so Security Hub ELB.17 fails it.",
    );
    // The PASS is this check's; it does not count for ELB.17 in the FSBP view.
    expect(findings[0]!.controls).toEqual([]);
  });

  it('near miss: a policy on ELB.17’s allow-list passes and counts for ELB.17', () => {
    const [finding] = evaluate(check, data([[alb, ok([listener(alb, 'HTTPS', 443, { SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06' })])]]));
    expect(finding!.status).toBe('PASS');
    expect(finding!.message).not.toContain('allow-list');
    expect(finding!.controls).toBeUndefined();
  });

  it('fails a TLS listener of an NLB on the old default policy, listing the old protocols', () => {
    const findings = evaluate(check, data([[nlb, ok([listener(nlb, 'TLS', 443, { SslPolicy: 'ELBSecurityPolicy-2016-08' })])]]));
    expect(verdicts(findings)).toEqual([['FAIL', 'tls-ingest/TLS:443']]);
    expect(findings[0]!.message).toContain('uses security policy ELBSecurityPolicy-2016-08, which offers TLSv1, TLSv1.1.');
  });

  it('near miss: ELBSecurityPolicy-TLS-1-2-2017-01 passes here (ELB.17 may fail it), with the name in the message', () => {
    const findings = evaluate(check, data([[alb, ok([listener(alb, 'HTTPS', 443, { SslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' })])]]));
    expect(verdicts(findings)).toEqual([['PASS', 'prod-web/HTTPS:443']]);
    expect(findings[0]!.message).toContain('ELBSecurityPolicy-TLS-1-2-2017-01');
  });

  it('near miss: the listing decides over the name; the name table serves only for policies the listing lacks', () => {
    // A listing that says a "TLS-1-2" policy offers TLSv1.1 wins over the name.
    const odd = [policy('ELBSecurityPolicy-TLS-1-2-2017-01', ['TLSv1.1', 'TLSv1.2'])];
    const byListing = evaluate(check, data([[alb, ok([listener(alb, 'HTTPS', 443, { SslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' })])]], odd));
    expect(verdicts(byListing)).toEqual([['FAIL', 'prod-web/HTTPS:443']]);
    const byName = evaluate(check, data([[alb, ok([listener(alb, 'HTTPS', 443, { SslPolicy: 'ELBSecurityPolicy-TLS13-1-1-2021-06' })])]], []));
    expect(verdicts(byName)).toEqual([['FAIL', 'prod-web/HTTPS:443']]);
    expect(byName[0]!.message).toContain("by its name offers protocols older than TLS 1.2 (the region's policy list does not give its protocols)");
  });

  it('near miss: HTTP and TCP listeners and Gateway Load Balancers are not evaluated here', () => {
    const gwlb = loadBalancer('inspection', 'gateway');
    const findings = evaluate(
      check,
      data([
        [alb, ok([listener(alb, 'HTTP', 80, { DefaultActions: [redirectToHttps] })])],
        [nlb, ok([listener(nlb, 'TCP', 22)])],
        [gwlb, ok([listener(gwlb, 'GENEVE', 6081)])],
      ]),
    );
    expect(findings).toEqual([]);
  });

  it('reports ERROR for a policy neither the listing nor the name table knows', () => {
    const findings = evaluate(check, data([[alb, ok([listener(alb, 'HTTPS', 443, { SslPolicy: 'ELBSecurityPolicy-Custom-Unknown' })])]], []));
    expect(verdicts(findings)).toEqual([['ERROR', 'prod-web/HTTPS:443']]);
    expect(findings[0]!.message).toContain('ELBSecurityPolicy-Custom-Unknown');
  });

  it('reports ERROR for a load balancer whose listeners cannot be read', () => {
    const findings = evaluate(check, data([[alb, failed(awsError('AccessDenied', 'elasticloadbalancing:DescribeListeners'))]]));
    expect(verdicts(findings)).toEqual([['ERROR', 'prod-web']]);
  });

  it('reports ERROR per region when the SSL policies cannot be listed', async () => {
    const findings = await run(check, { 'elbv2.listeners': [], 'elbv2.sslPolicies': awsError('AccessDenied', 'elasticloadbalancing:DescribeSSLPolicies') });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 'elasticloadbalancing:DescribeSSLPolicies']]);
  });
});

describe('elbv2-listener-tls-1-2-minimum on partial answers', () => {
  it('near miss: a policy listed without its protocols is not read as offering none: the name decides, or ERROR', () => {
    const listedBare = [{ Name: 'ELBSecurityPolicy-2016-08' }, { Name: 'Custom-Policy-Unknown' }];
    const old = listener(alb, 'HTTPS', 443, { SslPolicy: 'ELBSecurityPolicy-2016-08' });
    const custom = listener(alb, 'HTTPS', 8443, { SslPolicy: 'Custom-Policy-Unknown' });
    const findings = evaluate(check, data([[alb, ok([old, custom])]], listedBare));
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'prod-web/HTTPS:443'],
      ['ERROR', 'prod-web/HTTPS:8443'],
    ]);
    expect(findings[1]!.message).toBe(
      "HTTPS listener on port 8443 of Application Load Balancer prod-web uses security policy Custom-Policy-Unknown, whose protocols the region's policy list does not give and its name does not reveal, so whether it offers protocols older than TLS 1.2 is unknown.",
    );
  });
});
