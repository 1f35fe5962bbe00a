import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/opensearch-domain-three-master-nodes.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { domain, unreadDomain } from '../../fixtures/opensearch.js';

describe('opensearch-domain-three-master-nodes', () => {
  it('passes three dedicated masters: ES.7 for Elasticsearch, Opensearch.11 for OpenSearch', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('search'), domain('es', { EngineVersion: 'Elasticsearch_7.10' })] });
    expect(verdicts(findings)).toEqual([['PASS', 'search'], ['PASS', 'es']]);
    expect(findings[0]!.message).toBe('OpenSearch domain search (OpenSearch_2.13) has 3 dedicated master nodes (m6g.large.search).');
    expect(findings.map((f) => f.controls)).toEqual([['Opensearch.11'], ['ES.7']]);
  });

  it('fails a domain without dedicated masters, whatever its count says', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('small', { ClusterConfig: { DedicatedMasterEnabled: false, DedicatedMasterCount: 3 } })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'small']]);
    expect(findings[0]!.message).toBe('OpenSearch domain small (OpenSearch_2.13) has no dedicated master nodes (DedicatedMasterEnabled is false).');
  });

  it('near miss: two dedicated masters FAIL', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('two', { ClusterConfig: { DedicatedMasterCount: 2 } })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'two']]);
    expect(findings[0]!.message).toContain('has 2 dedicated master nodes (m6g.large.search), fewer than 3');
  });

  it('reports ERROR when the master count is missing, the domain unread or the listing failed', async () => {
    const findings = evaluate(check, {
      'opensearch.domains': [domain('bare', { ClusterConfig: { DedicatedMasterCount: undefined } }), unreadDomain('hidden', awsError('AccessDeniedException', 'es:DescribeDomains'))],
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'bare'], ['ERROR', 'hidden']]);
    const listing = await run(check, { 'opensearch.domains': awsError('AccessDeniedException', 'es:ListDomainNames') });
    expect(listing.map((f) => f.status)).toEqual(['ERROR']);
  });
});
