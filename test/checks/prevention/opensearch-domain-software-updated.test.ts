import { describe, expect, it } from 'vitest';
import type { DomainStatus } from '@aws-sdk/client-opensearch';
import check from '../../../src/checks/prevention/opensearch-domain-software-updated.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { domain, domainStatus, unreadDomain } from '../../fixtures/opensearch.js';

const software = (options: Partial<NonNullable<DomainStatus['ServiceSoftwareOptions']>>) => ({ ServiceSoftwareOptions: { ...domainStatus('x').ServiceSoftwareOptions, ...options } });

describe('opensearch-domain-software-updated', () => {
  it('passes a domain with no update available; Elasticsearch domains carry no control', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('search'), domain('es', { EngineVersion: 'Elasticsearch_7.10' })] });
    expect(verdicts(findings)).toEqual([['PASS', 'search'], ['PASS', 'es']]);
    expect(findings[0]!.message).toBe('OpenSearch domain search (OpenSearch_2.13) runs the latest service software OpenSearch_2_13_R20240520-P5.');
    expect(findings.map((f) => f.controls)).toEqual([['Opensearch.10'], []]);
  });

  it('fails a domain with an update available, giving the new version and the automatic update date', () => {
    const findings = evaluate(check, {
      'opensearch.domains': [domain('stale', software({ UpdateAvailable: true, NewVersion: 'OpenSearch_2_13_R20241105-P2', AutomatedUpdateDate: new Date('2026-12-15T00:00:00Z'), UpdateStatus: 'ELIGIBLE' }))],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'stale']]);
    expect(findings[0]!.message).toBe(
      'OpenSearch domain stale (OpenSearch_2.13) has a service software update available (OpenSearch_2_13_R20240520-P5 to OpenSearch_2_13_R20241105-P2); AWS will install it automatically on 2026-12-15.',
    );
  });

  it('near miss: an update available without a forced date still FAILs, and the epoch placeholder is not a date', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('optional', software({ UpdateAvailable: true, NewVersion: 'R2', AutomatedUpdateDate: new Date(0) }))] });
    expect(verdicts(findings)).toEqual([['FAIL', 'optional']]);
    expect(findings[0]!.message).not.toContain('automatically');
  });

  it('reports ERROR when ServiceSoftwareOptions is missing, the domain unread or the listing failed', async () => {
    const findings = evaluate(check, {
      'opensearch.domains': [domain('bare', { ServiceSoftwareOptions: undefined }), unreadDomain('hidden', awsError('AccessDeniedException', 'es:DescribeDomains'))],
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'bare'], ['ERROR', 'hidden']]);
    const listing = await run(check, { 'opensearch.domains': awsError('AccessDeniedException', 'es:ListDomainNames') });
    expect(listing.map((f) => f.status)).toEqual(['ERROR']);
  });
});
