import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/logs-log-group-kms-encrypted.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { logGroup } from '../../fixtures/logs.js';

const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe('logs-log-group-kms-encrypted', () => {
  it('passes a log group with a KMS key, and fails one without', () => {
    const findings = evaluate(check, { 'logs.logGroups': [logGroup('orders-api', { kmsKeyId: KEY }), logGroup('legacy-batch')] });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'orders-api'],
      ['FAIL', 'legacy-batch'],
    ]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:logs:us-east-1:123456789012:log-group:orders-api');
    expect(findings[1]!.message).toBe('Log group legacy-batch has no KMS key: its data is encrypted only with keys CloudWatch Logs manages.');
  });

  it('near miss: a log group an AWS service created is evaluated too, and the message names its prefix', () => {
    const findings = evaluate(check, { 'logs.logGroups': [logGroup('/aws/lambda/orders-worker')] });
    expect(findings.map((f) => f.status)).toEqual(['FAIL']);
    expect(findings[0]!.message).toContain('Log group /aws/lambda/orders-worker (created by an AWS service, prefix /aws/lambda/) has no KMS key');
  });

  it('builds the ARN from the older arn field (with its trailing :*) when logGroupArn is absent', () => {
    const findings = evaluate(check, { 'logs.logGroups': [logGroup('old', { logGroupArn: undefined, kmsKeyId: KEY })] });
    expect(findings[0]).toMatchObject({ status: 'PASS', resourceArn: 'arn:aws:logs:us-east-1:123456789012:log-group:old' });
  });

  it('reports ERROR for the region when the log groups cannot be listed', async () => {
    const findings = await run(check, { 'logs.logGroups': awsError('AccessDeniedException', 'logs:DescribeLogGroups') });
    expect(findings.map((f) => [f.status, f.resourceId])).toEqual([['ERROR', '123456789012/us-east-1']]);
  });
});
