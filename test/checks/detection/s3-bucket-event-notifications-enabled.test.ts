import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/s3-bucket-event-notifications-enabled.js';
import { awsError, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';
import type { Fetched } from '../../../src/data/dataset.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'us-east-1' });
const judge = (name: string, result: Fetched<object>) => evaluate(check, { 's3.bucketNotifications': [{ bucket: bucket(name), result }] }, { region: 'global' });

describe('s3-bucket-event-notifications-enabled', () => {
  it('passes EventBridge delivery (an empty EventBridgeConfiguration object)', () => {
    const findings = judge('acme-uploads', ok({ EventBridgeConfiguration: {} }));
    expect(verdicts(findings)).toEqual([['PASS', 'acme-uploads']]);
    expect(findings[0]!.message).toBe('Bucket acme-uploads sends event notifications to EventBridge.');
  });

  it('passes SNS, SQS and Lambda destinations, naming them', () => {
    const findings = judge(
      'acme-ingest',
      ok({
        TopicConfigurations: [{ TopicArn: 'arn:aws:sns:us-east-1:123456789012:ingest', Events: ['s3:ObjectCreated:*'] }],
        QueueConfigurations: [{ QueueArn: 'arn:aws:sqs:us-east-1:123456789012:ingest', Events: ['s3:ObjectRemoved:*'] }],
        LambdaFunctionConfigurations: [{ LambdaFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:thumb', Events: ['s3:ObjectCreated:Put'] }],
      }),
    );
    expect(findings[0]!.message).toBe(
      'Bucket acme-ingest sends event notifications to SNS topic arn:aws:sns:us-east-1:123456789012:ingest, SQS queue arn:aws:sqs:us-east-1:123456789012:ingest, Lambda function arn:aws:lambda:us-east-1:123456789012:function:thumb.',
    );
  });

  it('fails a bucket without notifications', () => {
    expect(verdicts(judge('acme-assets', ok({})))).toEqual([['FAIL', 'acme-assets']]);
  });

  it('near miss: empty destination lists are no destination', () => {
    expect(verdicts(judge('acme-assets', ok({ TopicConfigurations: [], QueueConfigurations: [], LambdaFunctionConfigurations: [] })))).toEqual([['FAIL', 'acme-assets']]);
  });

  it('reports ERROR when notifications cannot be read', () => {
    expect(verdicts(judge('acme-locked', failed(awsError('AccessDenied', 's3:GetBucketNotificationConfiguration'))))).toEqual([['ERROR', 'acme-locked']]);
  });
});
