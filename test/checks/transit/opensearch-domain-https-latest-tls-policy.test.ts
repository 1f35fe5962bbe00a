import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/opensearch-domain-https-latest-tls-policy.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { domain, unreadDomain } from '../../fixtures/opensearch.js';

const endpoint = (EnforceHTTPS: boolean | undefined, TLSSecurityPolicy?: string) => ({
  DomainEndpointOptions: { ...(EnforceHTTPS === undefined ? {} : { EnforceHTTPS }), ...(TLSSecurityPolicy ? { TLSSecurityPolicy } : {}), CustomEndpointEnabled: false },
});

describe('opensearch-domain-https-latest-tls-policy', () => {
  it('passes HTTPS enforced with Policy-Min-TLS-1-2-PFS-2023-10, counting Opensearch.8 or ES.8 by engine', () => {
    const findings = evaluate(check, {
      'opensearch.domains': [domain('search'), domain('legacy-es', { EngineVersion: 'Elasticsearch_7.10' })],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'search'], ['PASS', 'legacy-es']]);
    expect(findings[0]!.message).toBe(
      'OpenSearch domain search (OpenSearch_2.13) enforces HTTPS with TLS security policy Policy-Min-TLS-1-2-PFS-2023-10 (TLS 1.2 and TLS 1.3 with perfect forward secrecy cipher suites).',
    );
    expect(findings.map((f) => f.controls)).toEqual([['Opensearch.8'], ['ES.8']]);
  });

  it('passes the stricter FIPS policy and says Security Hub may fail it', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('fips', endpoint(true, 'Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08'))] });
    expect(verdicts(findings)).toEqual([['PASS', 'fips']]);
    expect(findings[0]!.message).toContain('Security Hub, whose parameter names only Policy-Min-TLS-1-2-PFS-2023-10, may fail it');
  });

  it('fails a domain that does not enforce HTTPS, whatever its policy', () => {
    const findings = evaluate(check, {
      'opensearch.domains': [domain('plain', endpoint(false, 'Policy-Min-TLS-1-2-PFS-2023-10')), domain('unset', endpoint(undefined, 'Policy-Min-TLS-1-0-2019-07'))],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'plain'], ['FAIL', 'unset']]);
    expect(findings[0]!.message).toContain('does not enforce HTTPS (EnforceHTTPS is false), so its endpoint accepts plain HTTP');
    expect(findings[1]!.message).toContain('EnforceHTTPS is not set');
  });

  it('near miss: TLS 1.2 only with Policy-Min-TLS-1-2-2019-07 FAILs (not the latest policy)', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('tls12', endpoint(true, 'Policy-Min-TLS-1-2-2019-07'))] });
    expect(verdicts(findings)).toEqual([['FAIL', 'tls12']]);
    expect(findings[0]!.message).toContain('uses TLS security policy Policy-Min-TLS-1-2-2019-07 (TLS 1.2 only, without requiring forward secrecy), not the latest policy');
  });

  it('fails HTTPS without a reported policy, and reports ERROR for a policy name it does not know', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('nopolicy', endpoint(true)), domain('future', endpoint(true, 'Policy-Min-TLS-1-3-2027-01'))] });
    expect(verdicts(findings)).toEqual([['FAIL', 'nopolicy'], ['ERROR', 'future']]);
    expect(findings[1]!.message).toContain('which aws-posture does not know');
  });

  it('reports ERROR for a domain DescribeDomains refused, with its engine control', () => {
    const findings = evaluate(check, { 'opensearch.domains': [unreadDomain('hidden', awsError('AccessDeniedException', 'es:DescribeDomains'), 'Elasticsearch')] });
    expect(findings.map((f) => [f.status, f.resourceArn, f.controls])).toEqual([['ERROR', 'arn:aws:es:us-east-1:123456789012:domain/hidden', ['ES.8']]]);
  });

  it('reports ERROR when the domains cannot be listed', async () => {
    const findings = await run(check, { 'opensearch.domains': awsError('AccessDeniedException', 'es:ListDomainNames') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
