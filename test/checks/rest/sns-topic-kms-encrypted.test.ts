import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/sns-topic-kms-encrypted.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { perTopic, topicArn, topicAttributes } from '../../fixtures/sns.js';

const ARN = topicArn('payments');
const judge = (extra: Record<string, string> = {}) => evaluate(check, { 'sns.topicAttributes': [perTopic(ARN, ok(topicAttributes(ARN, extra)))] });

describe('sns-topic-kms-encrypted', () => {
  it('passes a topic encrypted with a customer managed key', () => {
    const findings = judge({ KmsMasterKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' });
    expect(verdicts(findings)).toEqual([['PASS', 'payments']]);
    expect(findings[0]!.message).toBe('SNS topic payments is encrypted at rest with KMS key arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab.');
  });

  it('passes the AWS managed key alias/aws/sns, as SNS.1 does', () => {
    const findings = judge({ KmsMasterKeyId: 'alias/aws/sns' });
    expect(verdicts(findings)).toEqual([['PASS', 'payments']]);
    expect(findings[0]!.message).toContain('the AWS managed key alias/aws/sns');
  });

  it('fails a topic without KmsMasterKeyId (SNS leaves the attribute out)', () => {
    const findings = judge();
    expect(verdicts(findings)).toEqual([['FAIL', 'payments']]);
    expect(findings[0]!.message).toBe('SNS topic payments is not encrypted at rest with a KMS key (no KmsMasterKeyId).');
  });

  it('near miss: an empty KmsMasterKeyId (encryption turned off again) is not a key', () => {
    expect(verdicts(judge({ KmsMasterKeyId: '' }))).toEqual([['FAIL', 'payments']]);
  });

  it('reports ERROR when the attributes cannot be read', () => {
    const findings = evaluate(check, { 'sns.topicAttributes': [perTopic(ARN, failed(awsError('AuthorizationError', 'sns:GetTopicAttributes')))] });
    expect(verdicts(findings)).toEqual([['ERROR', 'payments']]);
    expect(findings[0]!.message).toContain('access denied to sns:GetTopicAttributes');
  });

  it('reports ERROR for the region when the topics cannot be listed', async () => {
    const findings = await run(check, { 'sns.topicAttributes': awsError('AuthorizationError', 'sns:ListTopics') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
