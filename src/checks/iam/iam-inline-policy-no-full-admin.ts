import { judgeDocument } from '../lib/iam-findings.js';
import { describeInline, fullAdminStatements, inlinePolicies, inlinePolicyResource, parseDocument, statementLabel } from '../lib/iam-policies.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'iam-inline-policy-no-full-admin',
  title: 'No inline policy of a user, group or role allows "*" actions on "*" resources',
  pillar: 'iam',
  service: 'iam',
  severity: 'high',
  resourceType: 'AWS::IAM::Policy',
  description: 'No inline policy embedded in an IAM user, group or role has an Allow statement with Action "*" on Resource "*".',
  risk: 'An inline full-administrator grant makes its identity an administrator without appearing among the policies attached to anyone, so reviews of managed policies miss it.',
  remediation: {
    text: 'Delete the inline policy, or rewrite it with only the actions and resources the identity needs; grant real administration through an audited role with the AWS managed AdministratorAccess policy.',
    console: 'IAM > Roles (or Users, Groups) > <name> > Permissions > the inline policy > Edit or Remove.',
    cli: 'aws iam delete-role-policy --role-name <role> --policy-name <name> (delete-user-policy / delete-group-policy for users and groups)',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    ],
  },
  reads: ['iam.authorizationDetails'],
  evaluate({ 'iam.authorizationDetails': details }, ctx) {
    return inlinePolicies(details).map((policy) => {
      const resource = inlinePolicyResource(policy);
      const named = describeInline(policy);
      return judgeDocument(ctx, resource, named.charAt(0).toLowerCase() + named.slice(1), () => {
        const doc = parseDocument(policy.document);
        const admin = fullAdminStatements(doc);
        return admin.length > 0
          ? ctx.fail(resource, `${named} allows "*" on "*" in ${admin.map((st) => statementLabel(doc, st)).join(', ')}.`)
          : ctx.pass(resource, `${named} grants no full administrator access.`);
      });
    });
  },
});
