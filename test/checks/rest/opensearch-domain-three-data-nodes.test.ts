import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/opensearch-domain-three-data-nodes.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { domain, unreadDomain } from '../../fixtures/opensearch.js';

describe('opensearch-domain-three-data-nodes', () => {
  it('passes three data nodes with zone awareness', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('search')] });
    expect(verdicts(findings)).toEqual([['PASS', 'search']]);
    expect(findings[0]!.message).toBe('OpenSearch domain search (OpenSearch_2.13) has 3 data nodes, zone awareness on (3 Availability Zones).');
    expect(findings[0]!.controls).toEqual(['Opensearch.6']);
  });

  it('fails a single-node domain without zone awareness, naming both problems', () => {
    const findings = evaluate(check, {
      'opensearch.domains': [domain('dev', { EngineVersion: 'Elasticsearch_7.10', ClusterConfig: { InstanceCount: 1, ZoneAwarenessEnabled: false, ZoneAwarenessConfig: undefined } })],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'dev']]);
    expect(findings[0]!.message).toBe(
      'Elasticsearch domain dev (Elasticsearch_7.10) has 1 data node, zone awareness off: fewer than 3 data nodes, and its data nodes are not spread across Availability Zones.',
    );
    expect(findings[0]!.controls).toEqual(['ES.6']);
  });

  it('near miss: three data nodes in one zone FAIL; two nodes across zones FAIL', () => {
    const findings = evaluate(check, {
      'opensearch.domains': [
        domain('one-zone', { ClusterConfig: { InstanceCount: 3, ZoneAwarenessEnabled: false, ZoneAwarenessConfig: undefined } }),
        domain('two', { ClusterConfig: { InstanceCount: 2, ZoneAwarenessConfig: { AvailabilityZoneCount: 2 } } }),
      ],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'one-zone'], ['FAIL', 'two']]);
  });

  it('reports ERROR when the node count is missing, the domain unread or the listing failed', async () => {
    const findings = evaluate(check, {
      'opensearch.domains': [domain('bare', { ClusterConfig: { InstanceCount: undefined } }), unreadDomain('hidden', awsError('AccessDeniedException', 'es:DescribeDomains'))],
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'bare'], ['ERROR', 'hidden']]);
    const listing = await run(check, { 'opensearch.domains': awsError('AccessDeniedException', 'es:ListDomainNames') });
    expect(listing.map((f) => f.status)).toEqual(['ERROR']);
  });
});
