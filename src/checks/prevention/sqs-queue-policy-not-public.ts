import { describeStatements, judgeResourcePolicy } from '../lib/resource-policy.js';
import { queueRef } from '../lib/sqs-queues.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'sqs-queue-policy-not-public',
  title: 'SQS queue policies grant nothing to everyone without a condition pinning the caller',
  pillar: 'prevention',
  service: 'sqs',
  severity: 'high',
  resourceType: 'AWS::SQS::Queue',
  description:
    'For each queue, the Policy attribute of GetQueueAttributes, read by the shared policy parser, has no Allow statement to "*", {"AWS": "*"} or with NotPrincipal unless a condition pins the caller (aws:SourceAccount, aws:SourceArn naming an account, aws:SourceVpc, aws:SourceVpce, aws:SourceIp narrower than /0, aws:PrincipalAccount, aws:PrincipalArn, aws:PrincipalOrgID and the other keys of the shared reading). SQS accepts anonymous requests, so IfExists forms of the principal keys do not pin. A queue without a Policy attribute has no queue policy and passes. Service principals (events.amazonaws.com, s3.amazonaws.com) and cross-account principals by ARN are not everyone. Near misses that fail: "*" with only aws:SourceArn of an S3 bucket (no account in the ARN), with aws:SourceIp 0.0.0.0/0, or with sqs:MessageAttribute conditions only.',
  risk: 'A queue policy open to everyone lets any AWS account, or an anonymous caller, send messages into the queue (injecting work for its consumers) or read and delete the messages it holds.',
  remediation: {
    text: 'Replace the "*" principal with the accounts, roles or service principals that need the queue, or add a condition that pins the caller, such as aws:SourceArn with the ARN of the SNS topic or S3 bucket together with aws:SourceAccount, or aws:PrincipalOrgID.',
    console: 'Amazon SQS > Queues > the queue > Access policy > Edit.',
    cli: 'aws sqs set-queue-attributes --queue-url <url> --attributes file://policy-attributes.json',
  },
  references: {
    securityHub: { ids: ['SQS.3'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/sqs-controls.html#sqs-3',
    ],
  },
  reads: ['sqs.queues'],
  evaluate({ 'sqs.queues': queues }, ctx) {
    return queues.map((queue) => {
      const resource = queueRef(queue, ctx);
      return ctx.judge(resource, queue.attributes, (attributes) => {
        const verdict = judgeResourcePolicy(attributes.Policy, { anonymousRequests: true });
        switch (verdict.kind) {
          case 'none':
            return ctx.pass(resource, `Queue ${queue.name} has no queue policy, so only identities of its own account that IAM allows can use it.`);
          case 'unreadable':
            return ctx.undetermined(resource, `Queue ${queue.name} has a queue policy that could not be read (${verdict.reason}), so whether it is public is unknown.`);
          case 'public':
            return ctx.fail(resource, `Queue ${queue.name} has a queue policy that grants access to everyone without a condition pinning the caller: ${describeStatements(verdict.statements)}.`);
          case 'restricted':
            return ctx.pass(resource, `Queue ${queue.name} has a queue policy that grants nothing to everyone without a condition pinning the caller.`);
        }
      });
    });
  },
});
