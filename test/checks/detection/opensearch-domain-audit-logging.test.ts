import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/opensearch-domain-audit-logging.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { domain, unreadDomain } from '../../fixtures/opensearch.js';

const group = 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/opensearch/x';
const noFgac = { AdvancedSecurityOptions: { Enabled: false, InternalUserDatabaseEnabled: false } };

describe('opensearch-domain-audit-logging', () => {
  it('passes a domain with fine-grained access control publishing audit logs', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('search')] });
    expect(verdicts(findings)).toEqual([['PASS', 'search']]);
    expect(findings[0]!.message).toBe('OpenSearch domain search (OpenSearch_2.13) publishes audit logs to arn:aws:logs:us-east-1:123456789012:log-group:/aws/opensearch/search/audit.');
    expect(findings[0]!.controls).toEqual(['Opensearch.5']);
  });

  it('fails a domain that does not publish audit logs', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('quiet', { EngineVersion: 'Elasticsearch_7.10', LogPublishingOptions: {} })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'quiet']]);
    expect(findings[0]!.message).toBe('Elasticsearch domain quiet (Elasticsearch_7.10) does not publish audit logs (AUDIT_LOGS is not configured).');
    expect(findings[0]!.controls).toEqual(['ES.5']);
  });

  it('near miss: AUDIT_LOGS enabled without fine-grained access control FAILs and says why', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('nofgac', noFgac)] });
    expect(verdicts(findings)).toEqual([['FAIL', 'nofgac']]);
    expect(findings[0]!.message).toBe(
      'OpenSearch domain nofgac (OpenSearch_2.13) cannot produce audit logs: fine-grained access control, which audit logging requires, is off (AUDIT_LOGS is enabled but records nothing).',
    );
  });

  it('fails audit logs enabled without a log group, and a domain with neither', () => {
    const findings = evaluate(check, {
      'opensearch.domains': [domain('nogroup', { LogPublishingOptions: { AUDIT_LOGS: { Enabled: true } } }), domain('neither', { ...noFgac, LogPublishingOptions: { AUDIT_LOGS: { CloudWatchLogsLogGroupArn: group, Enabled: false } } })],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'nogroup'], ['FAIL', 'neither']]);
    expect(findings[1]!.message).toContain('is off and AUDIT_LOGS is disabled');
  });

  it('reports ERROR for an unread domain and for a failed listing', async () => {
    expect(verdicts(evaluate(check, { 'opensearch.domains': [unreadDomain('hidden', awsError('AccessDeniedException', 'es:DescribeDomains'))] }))).toEqual([['ERROR', 'hidden']]);
    const findings = await run(check, { 'opensearch.domains': awsError('AccessDeniedException', 'es:ListDomainNames') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
