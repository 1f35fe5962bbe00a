import { judgeDocument } from '../lib/iam-findings.js';
import { defaultVersionDocument, isBoundaryOnly, parseDocument, serviceWildcardActions } from '../lib/iam-policies.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'iam-customer-policy-no-service-wildcard',
  title: 'No customer managed policy allows every action of a service ("s3:*") or "*"',
  pillar: 'iam',
  service: 'iam',
  severity: 'low',
  resourceType: 'AWS::IAM::ManagedPolicy',
  description:
    'The default version of every customer managed policy has no Allow statement whose Action includes a whole-service wildcard such as "s3:*", or "*", whatever the resource. Prefixed wildcards such as "ec2:Describe*" are fine. Policies used only as permissions boundaries are not evaluated.',
  risk: 'A whole-service wildcard grants every present and future action of the service, including the destructive and permission-changing ones the policy author never meant to hand out.',
  remediation: {
    text: 'List the actions the policy needs, or use prefixed wildcards such as "s3:Get*"; IAM Access Analyzer can generate a policy from the actions actually used.',
    console: 'IAM > Policies > filter Customer managed > <policy> > Edit > replace "<service>:*" with the needed actions > Save as the default version.',
    cli: 'aws iam create-policy-version --policy-arn <arn> --policy-document file://narrowed.json --set-as-default',
  },
  references: {
    securityHub: { ids: ['IAM.21'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-21',
      'https://docs.aws.amazon.com/config/latest/developerguide/iam-policy-no-statements-with-full-access.html',
    ],
  },
  reads: ['iam.authorizationDetails'],
  evaluate({ 'iam.authorizationDetails': details }, ctx) {
    return details.policies
      .filter((policy) => !isBoundaryOnly(policy))
      .map((policy) => {
        const name = policy.PolicyName ?? policy.Arn ?? 'unknown';
        const resource = { id: name, arn: policy.Arn ?? '' };
        return judgeDocument(ctx, resource, `customer managed policy ${name}`, () => {
          const wildcards = serviceWildcardActions(parseDocument(defaultVersionDocument(policy)));
          return wildcards.length > 0
            ? ctx.fail(resource, `Customer managed policy ${name} allows ${wildcards.length === 1 ? 'the whole-service wildcard' : 'the whole-service wildcards'} ${wildcards.map((a) => `"${a}"`).join(', ')} in its default version ${policy.DefaultVersionId}.`)
            : ctx.pass(resource, `Customer managed policy ${name} allows no whole-service wildcard in its default version ${policy.DefaultVersionId}.`);
        });
      });
  },
});
