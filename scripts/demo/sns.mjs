// Recorded SNS calls of the demo account. In us-east-1: the security-alerts topic every CIS alarm
// notifies (encrypted, confirmed subscribers), a second alerts topic whose only subscription was
// never confirmed, the on-call pager topic, and an orders topic open to everyone with a plain-HTTP
// subscriber. In eu-west-1: an encrypted media topic that S3 and EventBridge publish to, and a
// legacy webhook topic with a pending plain-HTTP subscription.
//
// ListSubscriptionsByTopic is recorded as the scanner keeps it: the catalogue reduces each endpoint
// to its host before anything is cached or saved, so no address or URL is stored here either.

const ACCOUNT = '123456789012';
const sns = (region, operation, input, output) => ({ service: 'sns', region, operation, input, output });
const arnOf = (region, name) => `arn:aws:sns:${region}:${ACCOUNT}:${name}`;

const defaultStatement = (arn) => ({
  Sid: '__default_statement_ID',
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: ['SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:AddPermission', 'SNS:RemovePermission', 'SNS:DeleteTopic', 'SNS:Subscribe', 'SNS:ListSubscriptionsByTopic', 'SNS:Publish'],
  Resource: arn,
  Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT } },
});
const policy = (arn, ...extra) => JSON.stringify({ Version: '2008-10-17', Id: '__default_policy_ID', Statement: [defaultStatement(arn), ...extra] });

const attributes = (arn, subs, extra = {}) => ({
  Attributes: {
    TopicArn: arn,
    Owner: ACCOUNT,
    DisplayName: '',
    Policy: policy(arn),
    SubscriptionsConfirmed: String(subs.filter((s) => s.SubscriptionArn.startsWith('arn:')).length),
    SubscriptionsPending: String(subs.filter((s) => s.SubscriptionArn === 'PendingConfirmation').length),
    SubscriptionsDeleted: '0',
    EffectiveDeliveryPolicy: '{"http":{"defaultHealthyRetryPolicy":{"minDelayTarget":20,"maxDelayTarget":20,"numRetries":3,"numMaxDelayRetries":0,"numNoDelayRetries":0,"numMinDelayRetries":0,"backoffFunction":"linear"},"disableSubscriptionOverrides":false,"defaultRequestPolicy":{"headerContentType":"text/plain; charset=UTF-8"}}}',
    ...extra,
  },
});

let serial = 0;
const sub = (arn, Protocol, Endpoint, pending = false) => ({
  SubscriptionArn: pending ? 'PendingConfirmation' : `${arn}:${(++serial).toString(16).padStart(8, '0')}-4c1e-4b7a-9d2f-6e5a4b3c2d1e`,
  Owner: ACCOUNT,
  Protocol,
  TopicArn: arn,
  ...(Endpoint ? { Endpoint } : {}),
});

const SECURITY = arnOf('us-east-1', 'security-alerts');
const UNCONFIRMED = arnOf('us-east-1', 'security-alerts-unconfirmed');
const PAGER = arnOf('us-east-1', 'ops-pager');
const ORDERS = arnOf('us-east-1', 'orders-events');
const MEDIA = arnOf('eu-west-1', 'eu-media-events');
const WEBHOOKS = arnOf('eu-west-1', 'eu-legacy-webhooks');

const TOPICS = {
  'us-east-1': [
    { arn: SECURITY, subs: [sub(SECURITY, 'email', 'acme.example'), sub(SECURITY, 'https', 'events.pagerduty.com')], extra: { KmsMasterKeyId: 'alias/aws/sns', DisplayName: 'Security alerts' } },
    { arn: UNCONFIRMED, subs: [sub(UNCONFIRMED, 'email', 'acme.example', true)], extra: {} },
    { arn: PAGER, subs: [sub(PAGER, 'https', 'events.pagerduty.com')], extra: { KmsMasterKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60` } },
    {
      arn: ORDERS,
      subs: [sub(ORDERS, 'sqs'), sub(ORDERS, 'http', 'orders-legacy.internal.acme.example')],
      // Opened to every account so a partner could publish, and never narrowed.
      extra: { Policy: policy(ORDERS, { Sid: 'PartnerPublish', Effect: 'Allow', Principal: '*', Action: 'SNS:Publish', Resource: ORDERS }) },
    },
  ],
  'eu-west-1': [
    {
      arn: MEDIA,
      subs: [sub(MEDIA, 'lambda'), sub(MEDIA, 'email', 'acme.example')],
      extra: {
        KmsMasterKeyId: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/mrk-4f1d0b3c9a8e4b2f9d6c1a7e5b3c2d10`,
        Policy: policy(
          MEDIA,
          { Sid: 'S3Uploads', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'SNS:Publish', Resource: MEDIA, Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::acme-eu-app-uploads' }, StringEquals: { 'aws:SourceAccount': ACCOUNT } } },
          { Sid: 'EventBridge', Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'SNS:Publish', Resource: MEDIA },
        ),
      },
    },
    { arn: WEBHOOKS, subs: [sub(WEBHOOKS, 'http', '198.51.100.24', true)], extra: {} },
  ],
};

export default Object.entries(TOPICS).flatMap(([region, topics]) => [
  sns(region, 'ListTopics', {}, { Topics: topics.map((t) => ({ TopicArn: t.arn })) }),
  ...topics.flatMap((t) => [
    sns(region, 'GetTopicAttributes', { TopicArn: t.arn }, attributes(t.arn, t.subs, t.extra)),
    sns(region, 'ListSubscriptionsByTopic', { TopicArn: t.arn }, { Subscriptions: t.subs }),
  ]),
]);
