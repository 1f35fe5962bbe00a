import { describe, expect, it } from 'vitest';
import check, { judgeDomainPolicy } from '../../../src/checks/transit/apigateway-domain-tls-1-2-minimum.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { restDomain, v2Domain } from '../../fixtures/apigateway.js';

const data = (rest: ReturnType<typeof restDomain>[], v2: ReturnType<typeof v2Domain>[] = []) => ({ 'apigateway.restDomainNames': rest, 'apigatewayv2.domainNames': v2 });

describe('apigateway-domain-tls-1-2-minimum', () => {
  it('passes TLS_1_2 and names the policy, with what APIGateway.11 would say', () => {
    const findings = evaluate(check, data([restDomain('api.example.com', 'TLS_1_2')]));
    expect(verdicts(findings)).toEqual([['PASS', 'api.example.com']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:apigateway:us-east-1::/domainnames/api.example.com');
    expect(findings[0]!.message).toBe(
      "Custom domain name api.example.com (regional, listed by the REST API) uses security policy TLS_1_2, which accepts nothing older than TLS 1.2. Security Hub's APIGateway.11 accepts only the 2025 enhanced policies (SecurityPolicy_TLS13_1_3_2025_09, SecurityPolicy_TLS13_1_3_FIPS_2025_09, SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09, SecurityPolicy_TLS13_2025_EDGE, SecurityPolicy_TLS12_PFS_2025_EDGE), so this domain fails there.",
    );
  });

  it('fails TLS_1_0 on an edge-optimized domain (listed only by the REST API)', () => {
    const findings = evaluate(check, data([restDomain('legacy.example.com', 'TLS_1_0', 'EDGE')]));
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy.example.com']]);
    expect(findings[0]!.message).toBe('Custom domain name legacy.example.com (edge, listed by the REST API) uses security policy TLS_1_0, which accepts TLS 1.0 and TLS 1.1 clients.');
  });

  it('passes a 2025 enhanced policy without the APIGateway.11 remark', () => {
    const findings = evaluate(check, data([restDomain('pq.example.com', 'SecurityPolicy_TLS13_1_3_2025_09')]));
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).not.toContain('APIGateway.11');
  });

  it('reads HTTP/WebSocket domains from DomainNameConfigurations and judges a regional domain listed by both APIs once', () => {
    const findings = evaluate(check, data([restDomain('shared.example.com', 'TLS_1_2')], [v2Domain('shared.example.com', 'TLS_1_2'), v2Domain('ws.example.com', 'TLS_1_0')]));
    expect(verdicts(findings)).toEqual([
      ['PASS', 'shared.example.com'],
      ['FAIL', 'ws.example.com'],
    ]);
    expect(findings[0]!.message).toContain('(regional, listed by the REST and HTTP/WebSocket APIs)');
    expect(findings[1]!.message).toContain('(regional, listed by the HTTP/WebSocket API)');
  });

  it('near miss: an enhanced policy named for TLS 1.0 or 1.1 fails although it is a SecurityPolicy_ name', () => {
    expect(judgeDomainPolicy('SecurityPolicy_TLS10_2016_EDGE')).toBe('legacy');
    expect(judgeDomainPolicy('SecurityPolicy_TLS11_2019')).toBe('legacy');
    expect(judgeDomainPolicy('SecurityPolicy_TLS12_2018_EDGE')).toBe('tls12');
    expect(judgeDomainPolicy('SecurityPolicy_TLS13_1_2_2021_06')).toBe('tls12');
    expect(judgeDomainPolicy('tls_1_2')).toBe('tls12');
    const findings = evaluate(check, data([restDomain('old-edge.example.com', 'SecurityPolicy_TLS10_2016_EDGE', 'EDGE')]));
    expect(findings[0]!.status).toBe('FAIL');
  });

  it('near miss: the two listings disagree on a shared domain: the weaker policy decides', () => {
    const findings = evaluate(check, data([restDomain('shared.example.com', 'TLS_1_2')], [v2Domain('shared.example.com', 'TLS_1_0')]));
    expect(verdicts(findings)).toEqual([['FAIL', 'shared.example.com']]);
  });

  it('keeps a private custom domain apart from a public one of the same name', () => {
    const findings = evaluate(
      check,
      data([
        restDomain('internal.example.com', 'TLS_1_2'),
        restDomain('internal.example.com', 'TLS_1_0', 'PRIVATE', { domainNameId: 'abcd1234', domainNameArn: 'arn:aws:apigateway:us-east-1:123456789012:/domainnames/internal.example.com+abcd1234' }),
      ]),
    );
    expect(verdicts(findings)).toEqual([
      ['PASS', 'internal.example.com'],
      ['FAIL', 'internal.example.com+abcd1234'],
    ]);
    expect(findings[1]!.resourceArn).toBe('arn:aws:apigateway:us-east-1:123456789012:/domainnames/internal.example.com+abcd1234');
  });

  it('is an ERROR for a policy name it does not know, or no policy at all', () => {
    const findings = evaluate(check, data([restDomain('future.example.com', 'SecurityPolicy_TLS14_2030'), restDomain('blank.example.com', undefined)]));
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'blank.example.com'],
      ['ERROR', 'future.example.com'],
    ]);
    expect(findings[1]!.message).toContain('SecurityPolicy_TLS14_2030, which this version of aws-posture does not know');
  });

  it('gives no finding when there is no custom domain (the default execute-api endpoint is not judged)', () => {
    expect(evaluate(check, data([], []))).toEqual([]);
  });

  it('is one ERROR for the region when a domain listing is refused', async () => {
    const findings = await run(check, { 'apigateway.restDomainNames': [], 'apigatewayv2.domainNames': awsError('AccessDeniedException', 'apigateway:GET') });
    expect(findings.map((f) => [f.status, f.error?.code])).toEqual([['ERROR', 'AccessDeniedException']]);
  });
});
