import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/sqs-queue-policy-not-public.js';
import { awsError, evaluate, failed, run, verdicts } from '../../helpers/check-harness.js';
import { policyText, queue } from '../../fixtures/sqs.js';

const ARN = 'arn:aws:sqs:us-east-1:123456789012:orders';
const everyone = (extra: object = {}) => ({ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: ARN, ...extra });
const judge = (policy: string | undefined) => evaluate(check, { 'sqs.queues': [queue('orders', { Policy: policy })] });

describe('sqs-queue-policy-not-public', () => {
  it('passes a queue without a Policy attribute (no queue policy)', () => {
    const findings = judge(undefined);
    expect(verdicts(findings)).toEqual([['PASS', 'orders']]);
    expect(findings[0]!.message).toBe('Queue orders has no queue policy, so only identities of its own account that IAM allows can use it.');
    expect(findings[0]!.resourceArn).toBe(ARN);
  });

  it('fails a policy that lets everyone send, naming the statement', () => {
    const findings = judge(policyText(everyone()));
    expect(verdicts(findings)).toEqual([['FAIL', 'orders']]);
    expect(findings[0]!.message).toBe("Queue orders has a queue policy that grants access to everyone without a condition pinning the caller: statement 'Open' (sqs:SendMessage).");
  });

  it.each([
    ['"*" with an S3 bucket ARN and the source account', everyone({ Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::upload-bucket' }, StringEquals: { 'aws:SourceAccount': '123456789012' } } })],
    ['an SNS topic of the account as source', everyone({ Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:orders-topic' } } })],
    ['the EventBridge service principal', { Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: ARN }],
    ['the S3 service principal', { Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: ARN }],
    ['a cross-account role by ARN', { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::210987654321:role/consumer' }, Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage'], Resource: ARN }],
    ['the organization', everyone({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } })],
  ])('passes %s', (_, statement) => {
    expect(verdicts(judge(policyText(statement)))).toEqual([['PASS', 'orders']]);
  });

  it.each([
    ['"*" with only the bucket ARN (no account in it)', everyone({ Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::upload-bucket' } } })],
    ['"*" with aws:SourceIp 0.0.0.0/0', everyone({ Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } })],
    ['"*" with a message attribute condition only', everyone({ Condition: { StringEquals: { 'sqs:MessageAttribute.type': 'order' } } })],
    ['{"AWS": "*"} with aws:SecureTransport only', { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sqs:*', Resource: ARN, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }],
    ['NotPrincipal (everyone not named)', { Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sqs:ReceiveMessage', Resource: ARN }],
    ['a principal key IfExists (anonymous requests carry no principal)', everyone({ Condition: { StringEqualsIfExists: { 'aws:PrincipalAccount': '123456789012' } } })],
  ])('near miss: fails %s', (_, statement) => {
    expect(verdicts(judge(policyText(statement)))).toEqual([['FAIL', 'orders']]);
  });

  it('near miss: "*" with the S3 bucket ARN and no account fails, the same statement with aws:SourceAccount passes', () => {
    const bucketOnly = everyone({ Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::upload-bucket' } } });
    const pinned = everyone({ Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::upload-bucket' }, StringEquals: { 'aws:SourceAccount': '123456789012' } } });
    expect(verdicts(judge(policyText(bucketOnly)))).toEqual([['FAIL', 'orders']]);
    expect(verdicts(judge(policyText(pinned)))).toEqual([['PASS', 'orders']]);
  });

  it('reports ERROR for a policy it cannot read', () => {
    const findings = judge('{"Statement": "not a statement"');
    expect(verdicts(findings)).toEqual([['ERROR', 'orders']]);
    expect(findings[0]!.message).toContain('could not be read');
  });

  it('reports ERROR for a queue whose attributes were refused, with the ARN its URL implies', () => {
    const findings = evaluate(check, { 'sqs.queues': [queue('hidden', failed(awsError('AccessDenied', 'sqs:GetQueueAttributes')))] });
    expect(verdicts(findings)).toEqual([['ERROR', 'hidden']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:sqs:us-east-1:123456789012:hidden');
    expect(findings[0]!.message).toContain('sqs:GetQueueAttributes');
  });

  it('reports ERROR for the region when the queues cannot be listed', async () => {
    const findings = await run(check, { 'sqs.queues': awsError('AccessDenied', 'sqs:ListQueues') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
