import type { TopicSubscription } from '../../data/datasets/sns.js';
import { defineCheck } from '../define.js';
import { topicName, topicRef } from '../lib/sns-topics.js';

/** A subscription that delivers, or will once confirmed; a deleted one never will. */
const live = (s: TopicSubscription) => s.SubscriptionArn !== 'Deleted';
const plainHttp = (s: TopicSubscription) => live(s) && s.Protocol?.toLowerCase() === 'http';

function describe(s: TopicSubscription): string {
  const host = s.Endpoint ?? 'an endpoint whose host could not be read';
  return s.SubscriptionArn === 'PendingConfirmation' ? `${host} (pending confirmation)` : host;
}

export default defineCheck({
  id: 'sns-subscription-no-plain-http',
  title: 'SNS topics deliver to no subscription over plain HTTP',
  pillar: 'transit',
  service: 'sns',
  severity: 'medium',
  resourceType: 'AWS::SNS::Topic',
  description:
    'For each SNS topic, no subscription uses the protocol http (ListSubscriptionsByTopic). HTTPS endpoints, SQS queues, Lambda functions, email, SMS and the other protocols pass. Subscriptions pending confirmation count, since they deliver once confirmed; deleted ones do not. The message names the topic and the endpoint hosts only: the data layer keeps nothing else of an endpoint.',
  risk: 'SNS sends each message, and the subscription confirmation with its token, to an http endpoint in clear text: anyone on the path can read the messages or confirm and redirect the subscription.',
  remediation: {
    text: 'Subscribe the HTTPS endpoint of the receiver instead and confirm it, then unsubscribe the http endpoint.',
    console: 'SNS > Topics > the topic > Subscriptions > Create subscription (protocol HTTPS); then select the HTTP subscription > Delete.',
    cli: 'aws sns subscribe --topic-arn <topic-arn> --protocol https --notification-endpoint https://<host>/<path> && aws sns unsubscribe --subscription-arn <http-subscription-arn>',
  },
  references: {
    docs: ['https://docs.aws.amazon.com/sns/latest/dg/sns-http-https-endpoint-as-subscriber.html', 'https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html'],
  },
  reads: ['sns.topicSubscriptions'],
  evaluate({ 'sns.topicSubscriptions': topics }, ctx) {
    return topics.map(({ topicArn, result }) =>
      ctx.judge(topicRef(topicArn), result, (subscriptions) => {
        const name = `SNS topic ${topicName(topicArn)}`;
        const http = subscriptions.filter(plainHttp);
        if (http.length) {
          return ctx.fail(topicRef(topicArn), `${name} delivers over plain HTTP to ${http.length === 1 ? 'a subscription' : `${http.length} subscriptions`} at ${http.map(describe).join(', ')}.`);
        }
        const current = subscriptions.filter(live);
        if (current.length === 0) return ctx.pass(topicRef(topicArn), `${name} has no subscription.`);
        const protocols = [...new Set(current.map((s) => s.Protocol ?? 'unknown'))].sort().join(', ');
        return ctx.pass(topicRef(topicArn), `${name} has no subscription over plain HTTP (${current.length} subscription${current.length === 1 ? '' : 's'}: ${protocols}).`);
      }),
    );
  },
});
