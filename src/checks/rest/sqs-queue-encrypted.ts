import { queueRef } from '../lib/sqs-queues.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'sqs-queue-encrypted',
  title: 'SQS queues encrypt messages at rest (SSE-SQS or SSE-KMS)',
  pillar: 'rest',
  service: 'sqs',
  severity: 'medium',
  resourceType: 'AWS::SQS::Queue',
  description:
    'For each queue, GetQueueAttributes reports SqsManagedSseEnabled "true" (SSE-SQS; a string, not a boolean) or a KmsMasterKeyId (SSE-KMS with any key, the AWS managed alias/aws/sqs included), as SQS.1 reads it. Since 2022 new queues get SSE-SQS by default, so a FAIL is an old queue or one where encryption was turned off.',
  risk: 'Messages held by an unencrypted queue are stored in plaintext on AWS storage; encryption at rest is the baseline for any data the queue carries.',
  remediation: {
    text: 'Turn on server-side encryption: SSE-SQS (SqsManagedSseEnabled true) at no cost, or SSE-KMS with a customer managed key when key policies and CloudTrail records of key use are needed.',
    console: 'Amazon SQS > Queues > the queue > Edit > Encryption > Server-side encryption: Enabled.',
    cli: 'aws sqs set-queue-attributes --queue-url <url> --attributes SqsManagedSseEnabled=true',
  },
  references: {
    securityHub: { ids: ['SQS.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/sqs-controls.html#sqs-1',
    ],
  },
  reads: ['sqs.queues'],
  evaluate({ 'sqs.queues': queues }, ctx) {
    return queues.map((queue) => {
      const resource = queueRef(queue, ctx);
      return ctx.judge(resource, queue.attributes, (attributes) => {
        const kmsKey = attributes.KmsMasterKeyId?.trim();
        if (kmsKey) return ctx.pass(resource, `Queue ${queue.name} encrypts messages at rest with SSE-KMS (key ${kmsKey}).`);
        const sqsManaged = attributes.SqsManagedSseEnabled?.trim().toLowerCase();
        if (sqsManaged === 'true') return ctx.pass(resource, `Queue ${queue.name} encrypts messages at rest with SSE-SQS (SqsManagedSseEnabled true).`);
        if (sqsManaged === 'false') return ctx.fail(resource, `Queue ${queue.name} does not encrypt messages at rest: SqsManagedSseEnabled is false and no KmsMasterKeyId is set.`);
        return ctx.fail(resource, `Queue ${queue.name} does not encrypt messages at rest: GetQueueAttributes reports neither SqsManagedSseEnabled true nor a KmsMasterKeyId.`);
      });
    });
  },
});
