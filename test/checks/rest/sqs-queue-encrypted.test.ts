import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/sqs-queue-encrypted.js';
import { awsError, evaluate, failed, run, verdicts } from '../../helpers/check-harness.js';
import { queue } from '../../fixtures/sqs.js';

describe('sqs-queue-encrypted', () => {
  it('passes SSE-SQS ("true" as a string) and SSE-KMS with any key', () => {
    const findings = evaluate(check, {
      'sqs.queues': [queue('sse-sqs'), queue('sse-kms', { SqsManagedSseEnabled: 'false', KmsMasterKeyId: 'alias/aws/sqs', KmsDataKeyReusePeriodSeconds: '300' })],
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'sse-sqs'],
      ['PASS', 'sse-kms'],
    ]);
    expect(findings[1]!.message).toBe('Queue sse-kms encrypts messages at rest with SSE-KMS (key alias/aws/sqs).');
  });

  it('fails a queue with SSE-SQS off and no KMS key', () => {
    const findings = evaluate(check, { 'sqs.queues': [queue('legacy', { SqsManagedSseEnabled: 'false' })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy']]);
    expect(findings[0]!.message).toBe('Queue legacy does not encrypt messages at rest: SqsManagedSseEnabled is false and no KmsMasterKeyId is set.');
  });

  it('near miss: an empty KmsMasterKeyId is no key, and a missing SqsManagedSseEnabled is not "true"', () => {
    const findings = evaluate(check, { 'sqs.queues': [queue('blank', { SqsManagedSseEnabled: undefined, KmsMasterKeyId: '' })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'blank']]);
  });

  it('reports ERROR for a queue whose attributes could not be read', () => {
    const findings = evaluate(check, { 'sqs.queues': [queue('hidden', failed(awsError('AccessDenied', 'sqs:GetQueueAttributes')))] });
    expect(verdicts(findings)).toEqual([['ERROR', 'hidden']]);
  });

  it('reports ERROR for the region when the queues cannot be listed', async () => {
    const findings = await run(check, { 'sqs.queues': awsError('AccessDenied', 'sqs:ListQueues') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
