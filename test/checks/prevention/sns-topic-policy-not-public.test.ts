import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/sns-topic-policy-not-public.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { perTopic, topicArn, topicAttributes } from '../../fixtures/sns.js';

const ARN = topicArn('orders-events');
const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const judge = (attributes: Record<string, string>) => evaluate(check, { 'sns.topicAttributes': [perTopic(ARN, ok(attributes))] });
const withPolicy = (...statements: object[]) => judge(topicAttributes(ARN, { Policy: policy(...statements) }));
const publish = { Effect: 'Allow', Principal: '*', Action: 'sns:Publish', Resource: ARN };

describe('sns-topic-policy-not-public', () => {
  it('passes the default topic policy ({"AWS": "*"} pinned by AWS:SourceOwner)', () => {
    const findings = judge(topicAttributes(ARN));
    expect(verdicts(findings)).toEqual([['PASS', 'orders-events']]);
    expect(findings[0]).toMatchObject({ region: 'us-east-1', resourceArn: ARN, resourceType: 'AWS::SNS::Topic' });
  });

  it('passes "*" pinned by the S3 bucket ARN and aws:SourceAccount (S3 event notifications)', () => {
    const findings = withPolicy({ ...publish, Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::orders-uploads' }, StringEquals: { 'aws:SourceAccount': '123456789012' } } });
    expect(verdicts(findings)).toEqual([['PASS', 'orders-events']]);
  });

  it('passes service principals and cross-account principals by ARN', () => {
    const findings = withPolicy(
      { Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sns:Publish', Resource: ARN },
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/alerts-publisher' }, Action: 'sns:Publish', Resource: ARN },
    );
    expect(verdicts(findings)).toEqual([['PASS', 'orders-events']]);
  });

  it('fails an unconditional Allow to "*", naming the statement and actions', () => {
    const findings = withPolicy({ ...publish, Sid: 'AnyonePublishes', Action: ['sns:Publish', 'sns:Subscribe'] });
    expect(verdicts(findings)).toEqual([['FAIL', 'orders-events']]);
    expect(findings[0]!.message).toBe(
      "SNS topic orders-events has an access policy that grants access to everyone without a condition pinning the caller: statement 'AnyonePublishes' allows sns:Publish, sns:Subscribe.",
    );
  });

  it('near miss: "*" with only aws:SourceArn of a bucket (no account in the ARN)', () => {
    expect(verdicts(withPolicy({ ...publish, Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::orders-uploads' } } }))).toEqual([['FAIL', 'orders-events']]);
  });

  it('near miss: "*" with aws:SourceIp 0.0.0.0/0', () => {
    expect(verdicts(withPolicy({ ...publish, Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } }))).toEqual([['FAIL', 'orders-events']]);
  });

  it('near miss: "*" with an sns:Protocol condition only', () => {
    const subscribe = { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sns:Subscribe', Resource: ARN, Condition: { StringEquals: { 'sns:Protocol': 'https' } } };
    expect(verdicts(withPolicy(subscribe))).toEqual([['FAIL', 'orders-events']]);
  });

  it('near miss: NotPrincipal grants everyone not named', () => {
    expect(verdicts(withPolicy({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sns:Publish', Resource: ARN }))).toEqual([['FAIL', 'orders-events']]);
  });

  it('passes a topic whose answer carries no Policy attribute', () => {
    const { Policy: _, ...noPolicy } = topicAttributes(ARN);
    expect(verdicts(judge(noPolicy))).toEqual([['PASS', 'orders-events']]);
  });

  it('reports ERROR when the attributes cannot be read, or the policy cannot be parsed', () => {
    const refused = evaluate(check, { 'sns.topicAttributes': [perTopic(ARN, failed(awsError('AuthorizationError', 'sns:GetTopicAttributes')))] });
    expect(verdicts(refused)).toEqual([['ERROR', 'orders-events']]);
    const garbled = judge(topicAttributes(ARN, { Policy: '{"Statement": 7' }));
    expect(garbled.map((f) => f.status)).toEqual(['ERROR']);
    expect(garbled[0]!.message).toContain('could not be read');
  });

  it('reports ERROR for the region when the topics cannot be listed', async () => {
    const findings = await run(check, { 'sns.topicAttributes': awsError('AuthorizationError', 'sns:ListTopics') });
    expect(findings.map((f) => [f.status, f.resourceId])).toEqual([['ERROR', '123456789012/us-east-1']]);
  });
});
