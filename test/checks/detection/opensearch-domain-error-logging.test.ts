import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/opensearch-domain-error-logging.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { domain, unreadDomain } from '../../fixtures/opensearch.js';

const group = 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/opensearch/x';

describe('opensearch-domain-error-logging', () => {
  it('passes a domain publishing error logs to a log group', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('search')] });
    expect(verdicts(findings)).toEqual([['PASS', 'search']]);
    expect(findings[0]!.message).toBe('OpenSearch domain search (OpenSearch_2.13) publishes its error logs to arn:aws:logs:us-east-1:123456789012:log-group:/aws/opensearch/search/application.');
    expect(findings[0]!.controls).toEqual(['Opensearch.4']);
  });

  it('fails domains with error logs disabled or not configured at all', () => {
    const findings = evaluate(check, {
      'opensearch.domains': [
        domain('off', { EngineVersion: 'Elasticsearch_7.10', LogPublishingOptions: { ES_APPLICATION_LOGS: { CloudWatchLogsLogGroupArn: group, Enabled: false } } }),
        domain('none', { LogPublishingOptions: undefined }),
      ],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'off'], ['FAIL', 'none']]);
    expect(findings[0]!.message).toContain('(ES_APPLICATION_LOGS is disabled)');
    expect(findings[0]!.controls).toEqual(['ES.4']);
    expect(findings[1]!.message).toContain('(ES_APPLICATION_LOGS is not configured)');
  });

  it('near miss: slow logs and audit logs on but error logs off FAIL', () => {
    const findings = evaluate(check, {
      'opensearch.domains': [domain('slow', { LogPublishingOptions: { SEARCH_SLOW_LOGS: { CloudWatchLogsLogGroupArn: group, Enabled: true }, AUDIT_LOGS: { CloudWatchLogsLogGroupArn: group, Enabled: true } } })],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'slow']]);
  });

  it('near miss: enabled without a log group FAILs', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('nogroup', { LogPublishingOptions: { ES_APPLICATION_LOGS: { Enabled: true } } })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'nogroup']]);
    expect(findings[0]!.message).toContain('names no CloudWatch Logs log group');
  });

  it('reports ERROR for an unread domain and for a failed listing', async () => {
    expect(verdicts(evaluate(check, { 'opensearch.domains': [unreadDomain('hidden', awsError('AccessDeniedException', 'es:DescribeDomains'))] }))).toEqual([['ERROR', 'hidden']]);
    const findings = await run(check, { 'opensearch.domains': awsError('AccessDeniedException', 'es:ListDomainNames') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
