import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/opensearch-domain-fine-grained-access-control.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { domain, unreadDomain } from '../../fixtures/opensearch.js';

describe('opensearch-domain-fine-grained-access-control', () => {
  it('passes domains with fine-grained access control; only OpenSearch ones count for Opensearch.7', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('search'), domain('es', { EngineVersion: 'Elasticsearch_7.10' })] });
    expect(verdicts(findings)).toEqual([['PASS', 'search'], ['PASS', 'es']]);
    expect(findings[0]!.message).toBe('OpenSearch domain search (OpenSearch_2.13) has fine-grained access control enabled, with users from IAM.');
    expect(findings.map((f) => f.controls)).toEqual([['Opensearch.7'], []]);
  });

  it('fails a domain without it', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('open', { AdvancedSecurityOptions: { Enabled: false, InternalUserDatabaseEnabled: false, AnonymousAuthEnabled: false } })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'open']]);
    expect(findings[0]!.message).toBe('OpenSearch domain open (OpenSearch_2.13) does not have fine-grained access control enabled (AdvancedSecurityOptions.Enabled is false).');
  });

  it('near miss: fine-grained access control with anonymous authentication still PASSes, with a warning', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('anon', { AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: true, AnonymousAuthEnabled: true } })] });
    expect(verdicts(findings)).toEqual([['PASS', 'anon']]);
    expect(findings[0]!.message).toContain('with users from the internal user database. Warning: anonymous authentication is enabled');
  });

  it('near miss: a domain whose answer leaves out AdvancedSecurityOptions FAILs', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('old', { AdvancedSecurityOptions: undefined })] });
    expect(findings.map((f) => f.status)).toEqual(['FAIL']);
  });

  it('reports ERROR for an unread domain and for a failed listing', async () => {
    expect(verdicts(evaluate(check, { 'opensearch.domains': [unreadDomain('hidden', awsError('AccessDeniedException', 'es:DescribeDomains'))] }))).toEqual([['ERROR', 'hidden']]);
    const findings = await run(check, { 'opensearch.domains': awsError('AccessDeniedException', 'es:ListDomainNames') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
