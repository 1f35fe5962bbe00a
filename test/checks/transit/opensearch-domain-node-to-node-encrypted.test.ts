import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/opensearch-domain-node-to-node-encrypted.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { domain, unreadDomain } from '../../fixtures/opensearch.js';

describe('opensearch-domain-node-to-node-encrypted', () => {
  it('passes a domain encrypting node-to-node traffic', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('search')] });
    expect(verdicts(findings)).toEqual([['PASS', 'search']]);
    expect(findings[0]!.controls).toEqual(['Opensearch.3']);
  });

  it('fails an Elasticsearch domain without it, counting ES.3', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('logs', { EngineVersion: 'Elasticsearch_6.8', NodeToNodeEncryptionOptions: { Enabled: false } })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'logs']]);
    expect(findings[0]!.message).toBe('Elasticsearch domain logs (Elasticsearch_6.8) does not encrypt traffic between its nodes (NodeToNodeEncryptionOptions.Enabled is false).');
    expect(findings[0]!.controls).toEqual(['ES.3']);
  });

  it('near miss: a domain whose answer leaves out NodeToNodeEncryptionOptions FAILs (not encrypted as far as AWS says)', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('old', { NodeToNodeEncryptionOptions: undefined })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'old']]);
    expect(findings[0]!.message).toContain('is not set');
  });

  it('reports ERROR for an unread domain and for a failed listing', async () => {
    expect(verdicts(evaluate(check, { 'opensearch.domains': [unreadDomain('hidden', awsError('AccessDeniedException', 'es:DescribeDomains'))] }))).toEqual([['ERROR', 'hidden']]);
    const findings = await run(check, { 'opensearch.domains': awsError('AccessDeniedException', 'es:ListDomainNames') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
