import { judgeDocument } from '../lib/iam-findings.js';
import { defaultVersionDocument, fullAdminStatements, isBoundaryOnly, parseDocument, statementLabel } from '../lib/iam-policies.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'iam-customer-policy-no-full-admin',
  title: 'No customer managed policy allows "*" actions on "*" resources',
  pillar: 'iam',
  service: 'iam',
  severity: 'high',
  resourceType: 'AWS::IAM::ManagedPolicy',
  description:
    'The default version of every customer managed policy, attached or not, has no Allow statement with Action "*" on Resource "*". Policies used only as permissions boundaries are not evaluated.',
  risk: 'A customer policy granting everything is one attachment away from a new full administrator, and is easily attached by someone who only meant to grant "a bit more".',
  remediation: {
    text: 'Replace "*" with the actions and resources the policy is meant for; use the AWS managed AdministratorAccess policy, on a few audited roles, where full administration is really intended.',
    console: 'IAM > Policies > filter Customer managed > <policy> > Edit > narrow Action and Resource > Save as the default version.',
    cli: 'aws iam create-policy-version --policy-arn <arn> --policy-document file://least-privilege.json --set-as-default',
  },
  references: {
    securityHub: { ids: ['IAM.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-1',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
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
          const doc = parseDocument(defaultVersionDocument(policy));
          const admin = fullAdminStatements(doc);
          const count = policy.AttachmentCount ?? 0;
          const attached = count > 0 ? `attached to ${count} ${count === 1 ? 'identity' : 'identities'}` : 'not attached';
          return admin.length > 0
            ? ctx.fail(resource, `Customer managed policy ${name} (${attached}) allows "*" on "*" in ${admin.map((st) => statementLabel(doc, st)).join(', ')} of its default version ${policy.DefaultVersionId}.`)
            : ctx.pass(resource, `Customer managed policy ${name} grants no full administrator access in its default version ${policy.DefaultVersionId}.`);
        });
      });
  },
});
