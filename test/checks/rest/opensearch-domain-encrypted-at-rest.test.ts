import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/opensearch-domain-encrypted-at-rest.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { domain, unreadDomain } from '../../fixtures/opensearch.js';

describe('opensearch-domain-encrypted-at-rest', () => {
  it('passes encrypted domains of both engines, with the control of each', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('search'), domain('es', { EngineVersion: 'Elasticsearch_7.10' })] });
    expect(verdicts(findings)).toEqual([['PASS', 'search'], ['PASS', 'es']]);
    expect(findings[0]!.message).toBe(
      'OpenSearch domain search (OpenSearch_2.13) encrypts its data at rest with KMS key arn:aws:kms:us-east-1:123456789012:key/0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60.',
    );
    expect(findings.map((f) => f.controls)).toEqual([['Opensearch.1'], ['ES.1']]);
  });

  it('fails an unencrypted domain', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('plain', { EncryptionAtRestOptions: { Enabled: false } })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'plain']]);
    expect(findings[0]!.message).toBe('OpenSearch domain plain (OpenSearch_2.13) does not encrypt its data at rest (EncryptionAtRestOptions.Enabled is false).');
  });

  it('near miss: a KMS key id without Enabled true FAILs', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('half', { EncryptionAtRestOptions: { KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k' } })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'half']]);
  });

  it('takes the engine from the listing when the answer has no EngineVersion', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('bare', { EngineVersion: undefined }, 'Elasticsearch')] });
    expect(findings[0]!.controls).toEqual(['ES.1']);
    expect(findings[0]!.message).toContain('Elasticsearch domain bare encrypts');
  });

  it('near miss: listing and version that disagree (as some emulators answer) count for ES when either says Elasticsearch', () => {
    const findings = evaluate(check, {
      'opensearch.domains': [domain('listed-es', { EngineVersion: 'OpenSearch_2.5' }, 'Elasticsearch'), domain('versioned-es', { EngineVersion: 'Elasticsearch_7.10' }, 'OpenSearch')],
    });
    expect(findings.map((f) => [f.status, f.controls])).toEqual([
      ['PASS', ['ES.1']],
      ['PASS', ['ES.1']],
    ]);
  });

  it('reports ERROR for an unread domain and for a failed listing', async () => {
    const unread = evaluate(check, { 'opensearch.domains': [unreadDomain('hidden', awsError('AccessDeniedException', 'es:DescribeDomains'))] });
    expect(unread.map((f) => f.status)).toEqual(['ERROR']);
    expect(unread[0]!.message).toContain('access denied to es:DescribeDomains');
    const findings = await run(check, { 'opensearch.domains': awsError('AccessDeniedException', 'es:ListDomainNames') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
