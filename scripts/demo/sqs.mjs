// Recorded SQS calls of the demo account in us-east-1 and eu-west-1: queues encrypted with SSE-SQS
// and SSE-KMS and one old queue without encryption; queue policies for an SNS topic and a partner
// account that pass, one that trusts an S3 bucket ARN alone and one open to every AWS account.

const ACCOUNT = '123456789012';
const sqs = (region, operation, input, output) => ({ service: 'sqs', region, operation, input, output });
const urlOf = (region, name) => `https://sqs.${region}.amazonaws.com/${ACCOUNT}/${name}`;
const arnOf = (region, name) => `arn:aws:sqs:${region}:${ACCOUNT}:${name}`;
const policy = (region, name, ...statements) =>
  JSON.stringify({ Version: '2012-10-17', Id: `${arnOf(region, name)}/SQSDefaultPolicy`, Statement: statements.map((s) => ({ Resource: arnOf(region, name), ...s })) });

/** Every attribute GetQueueAttributes returns for All, as strings. */
const attributes = (region, name, extra) => ({
  QueueArn: arnOf(region, name),
  ApproximateNumberOfMessages: '0',
  ApproximateNumberOfMessagesNotVisible: '0',
  ApproximateNumberOfMessagesDelayed: '0',
  CreatedTimestamp: '1714550400',
  LastModifiedTimestamp: '1761901200',
  VisibilityTimeout: '30',
  MaximumMessageSize: '262144',
  MessageRetentionPeriod: '345600',
  DelaySeconds: '0',
  ReceiveMessageWaitTimeSeconds: '20',
  SqsManagedSseEnabled: 'true',
  ...extra,
});

const QUEUES = {
  'us-east-1': [
    {
      name: 'orders-queue',
      attributes: {
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: arnOf('us-east-1', 'order-events-dlq'), maxReceiveCount: 5 }),
        Policy: policy('us-east-1', 'orders-queue', {
          Sid: 'AllowOrdersTopic',
          Effect: 'Allow',
          Principal: { Service: 'sns.amazonaws.com' },
          Action: 'sqs:SendMessage',
          Condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${ACCOUNT}:orders-topic` } },
        }),
      },
    },
    // Created in 2019, before SSE-SQS became the default, and never updated.
    { name: 'order-events-dlq', attributes: { SqsManagedSseEnabled: 'false', CreatedTimestamp: '1559563200', MessageRetentionPeriod: '1209600' } },
    {
      name: 'upload-notifications',
      attributes: {
        SqsManagedSseEnabled: 'false',
        KmsMasterKeyId: 'alias/aws/sqs',
        KmsDataKeyReusePeriodSeconds: '300',
        // Trusts the bucket by name only: anyone who owns a bucket of that name can send.
        Policy: policy('us-east-1', 'upload-notifications', {
          Sid: 'AllowUploadsBucket',
          Effect: 'Allow',
          Principal: '*',
          Action: 'sqs:SendMessage',
          Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::acme-customer-uploads' } },
        }),
      },
    },
  ],
  'eu-west-1': [
    {
      name: 'eu-billing-jobs.fifo',
      attributes: {
        SqsManagedSseEnabled: 'false',
        KmsMasterKeyId: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f`,
        KmsDataKeyReusePeriodSeconds: '300',
        FifoQueue: 'true',
        ContentBasedDeduplication: 'true',
        DeduplicationScope: 'messageGroup',
        FifoThroughputLimit: 'perMessageGroupId',
        Policy: policy('eu-west-1', 'eu-billing-jobs.fifo', {
          Sid: 'BillingWorkers',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::210987654321:role/billing-worker' },
          Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility'],
        }),
      },
    },
    {
      name: 'partner-inbox',
      attributes: {
        // Opened to "every partner" while an integration was debugged.
        Policy: policy('eu-west-1', 'partner-inbox', { Sid: 'PartnersSend', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sqs:SendMessage' }),
      },
    },
  ],
};

export default Object.entries(QUEUES).flatMap(([region, queues]) => [
  sqs(region, 'ListQueues', { MaxResults: 1000 }, { QueueUrls: queues.map((q) => urlOf(region, q.name)) }),
  ...queues.map((q) => sqs(region, 'GetQueueAttributes', { QueueUrl: urlOf(region, q.name), AttributeNames: ['All'] }, { Attributes: attributes(region, q.name, q.attributes) })),
]);
