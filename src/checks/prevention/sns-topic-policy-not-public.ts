import { parsePolicy, PolicyParseError, type PolicyDocument } from '../../policy/document.js';
import { publicStatements, type PinningContext } from '../../policy/pinning.js';
import { defineCheck } from '../define.js';
import { topicName, topicRef } from '../lib/sns-topics.js';

/** SNS accepts only signed requests, so the principal keys are on every request. */
const SNS_REQUESTS: PinningContext = { anonymousRequests: false };

export default defineCheck({
  id: 'sns-topic-policy-not-public',
  title: 'SNS topic access policies grant nothing to everyone without a restricting condition',
  pillar: 'prevention',
  service: 'sns',
  severity: 'high',
  resourceType: 'AWS::SNS::Topic',
  description:
    'For each SNS topic, the access policy (the Policy attribute of GetTopicAttributes) has no Allow statement to "*", {"AWS": "*"} or NotPrincipal unless a condition pins the caller to an account, organization, network or named resource (aws:SourceAccount, aws:SourceOwner, aws:SourceArn naming an account, aws:PrincipalOrgID, aws:SourceVpce, aws:SourceIp narrower than /0 and the other keys of the shared pinning rules). The default topic policy, an Allow to {"AWS": "*"} conditioned on AWS:SourceOwner being the account, passes. Service principals (events.amazonaws.com, s3.amazonaws.com) are not everyone. Conditions on sns:Protocol or sns:Endpoint pin nothing.',
  risk: 'A topic open to everyone lets any AWS account publish to it (spam, forged alerts, costs), subscribe to it and read every message, or change its settings, depending on the actions granted.',
  remediation: {
    text: 'Replace the "*" principal with the accounts or services that need the topic, or add a condition on aws:SourceAccount, aws:SourceArn (with the account) or aws:PrincipalOrgID.',
    console: 'SNS > Topics > the topic > Edit > Access policy.',
    cli: 'aws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name Policy --attribute-value file://topic-policy.json',
  },
  references: {
    securityHub: { ids: ['SNS.4'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-4',
    ],
  },
  reads: ['sns.topicAttributes'],
  evaluate({ 'sns.topicAttributes': topics }, ctx) {
    return topics.map(({ topicArn, result }) =>
      ctx.judge(topicRef(topicArn), result, (attributes) => {
        const resource = topicRef(topicArn);
        const name = `SNS topic ${topicName(topicArn)}`;
        const text = attributes.Policy;
        if (text === undefined || text.trim() === '') return ctx.pass(resource, `${name} has no access policy, so it grants nothing to anyone outside the account.`);
        let doc: PolicyDocument;
        try {
          doc = parsePolicy(text);
        } catch (err) {
          if (!(err instanceof PolicyParseError)) throw err;
          return ctx.undetermined(resource, `${name} has an access policy that could not be read (${err.message}), so whether it is public is unknown.`);
        }
        const open = publicStatements(doc, SNS_REQUESTS);
        if (open.length === 0) return ctx.pass(resource, `${name} has an access policy that grants nothing to everyone without a condition pinning the caller.`);
        const grants = open.map((s) => `statement ${s.label} allows ${s.actions}`).join('; ');
        return ctx.fail(resource, `${name} has an access policy that grants access to everyone without a condition pinning the caller: ${grants}.`);
      }),
    );
  },
});
