import { defineCheck } from '../define.js';
import { topicName, topicRef } from '../lib/sns-topics.js';

/** The AWS managed key SNS uses when a topic names `alias/aws/sns`. */
const AWS_MANAGED = /(^|:)alias\/aws\/sns$/;

export default defineCheck({
  id: 'sns-topic-kms-encrypted',
  title: 'SNS topics are encrypted at rest with a KMS key',
  pillar: 'rest',
  service: 'sns',
  severity: 'medium',
  resourceType: 'AWS::SNS::Topic',
  description:
    'Each SNS topic has the KmsMasterKeyId attribute set (GetTopicAttributes): server-side encryption with any KMS key, the AWS managed alias/aws/sns included, as Security Hub SNS.1 accepts. Without it, SNS does not encrypt messages while it stores them for delivery.',
  risk: 'Messages waiting for delivery are stored unencrypted; anything sensitive they carry (order details, alerts with resource names, tokens in payloads) is not protected by a key you can audit or revoke.',
  remediation: {
    text: 'Turn on server-side encryption for the topic with a KMS key (a customer managed key gives a key policy and an audit trail of its use). Publishers then need kms:GenerateDataKey and kms:Decrypt on that key.',
    console: 'SNS > Topics > the topic > Edit > Encryption > Enable encryption; choose the key.',
    cli: 'aws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name KmsMasterKeyId --attribute-value alias/<key-alias>',
  },
  references: {
    securityHub: { ids: ['SNS.1'], standard: 'other' },
    docs: ['https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-1'],
  },
  reads: ['sns.topicAttributes'],
  evaluate({ 'sns.topicAttributes': topics }, ctx) {
    return topics.map(({ topicArn, result }) =>
      ctx.judge(topicRef(topicArn), result, (attributes) => {
        const name = `SNS topic ${topicName(topicArn)}`;
        const key = attributes.KmsMasterKeyId?.trim();
        if (!key) return ctx.fail(topicRef(topicArn), `${name} is not encrypted at rest with a KMS key (no KmsMasterKeyId).`);
        const which = AWS_MANAGED.test(key) ? 'the AWS managed key alias/aws/sns' : `KMS key ${key}`;
        return ctx.pass(topicRef(topicArn), `${name} is encrypted at rest with ${which}.`);
      }),
    );
  },
});
