import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/sns-subscription-no-plain-http.js';
import type { TopicSubscription } from '../../../src/data/datasets/sns.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { perTopic, subscription, topicArn } from '../../fixtures/sns.js';

const ARN = topicArn('deploy-events');
const judge = (...subs: TopicSubscription[]) => evaluate(check, { 'sns.topicSubscriptions': [perTopic(ARN, ok(subs))] });

describe('sns-subscription-no-plain-http', () => {
  it('passes HTTPS, SQS, Lambda and email subscriptions', () => {
    const findings = judge(
      subscription(ARN, 'https', { Endpoint: 'hooks.example.com' }),
      subscription(ARN, 'sqs'),
      subscription(ARN, 'lambda'),
      subscription(ARN, 'email', { Endpoint: 'example.com' }),
    );
    expect(verdicts(findings)).toEqual([['PASS', 'deploy-events']]);
    expect(findings[0]!.message).toBe('SNS topic deploy-events has no subscription over plain HTTP (4 subscriptions: email, https, lambda, sqs).');
  });

  it('passes a topic without subscriptions', () => {
    expect(judge()[0]).toMatchObject({ status: 'PASS', message: 'SNS topic deploy-events has no subscription.' });
  });

  it('fails an http subscription, naming the endpoint host only', () => {
    const findings = judge(subscription(ARN, 'https', { Endpoint: 'hooks.example.com' }), subscription(ARN, 'http', { Endpoint: 'ci.internal.example.net' }));
    expect(verdicts(findings)).toEqual([['FAIL', 'deploy-events']]);
    expect(findings[0]!.message).toBe('SNS topic deploy-events delivers over plain HTTP to a subscription at ci.internal.example.net.');
  });

  it('near miss: a pending http subscription counts, since it delivers once confirmed', () => {
    const findings = judge(subscription(ARN, 'http', { SubscriptionArn: 'PendingConfirmation', Endpoint: '203.0.113.10' }));
    expect(verdicts(findings)).toEqual([['FAIL', 'deploy-events']]);
    expect(findings[0]!.message).toContain('203.0.113.10 (pending confirmation)');
  });

  it('near miss: a deleted http subscription no longer delivers', () => {
    expect(verdicts(judge(subscription(ARN, 'http', { SubscriptionArn: 'Deleted', Endpoint: 'old.example.com' })))).toEqual([['PASS', 'deploy-events']]);
  });

  it('reports ERROR when the subscriptions cannot be listed', async () => {
    const refused = evaluate(check, { 'sns.topicSubscriptions': [perTopic(ARN, failed(awsError('AuthorizationError', 'sns:ListSubscriptionsByTopic')))] });
    expect(verdicts(refused)).toEqual([['ERROR', 'deploy-events']]);
    const listing = await run(check, { 'sns.topicSubscriptions': awsError('AuthorizationError', 'sns:ListTopics') });
    expect(listing.map((f) => f.status)).toEqual(['ERROR']);
  });
});
