import { judgeDocument } from '../lib/iam-findings.js';
import { fullAdminStatements, parseDocument, statementLabel } from '../lib/iam-policies.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'iam-policy-no-full-admin-attached',
  title: 'No attached managed policy allows "*" actions on "*" resources',
  pillar: 'iam',
  service: 'iam',
  severity: 'high',
  resourceType: 'AWS::IAM::ManagedPolicy',
  description:
    'The default version of every managed policy attached to a user, group or role (AWS managed ones such as AdministratorAccess included) has no Allow statement with Action "*" on Resource "*".',
  risk: 'A full administrator grant lets the identity change anything, including IAM itself and the logging that would record the change; a leaked credential of such an identity is a full account compromise.',
  remediation: {
    text: 'Detach full-administrator policies and attach policies that grant only the actions each identity needs; keep administration for a few roles assumed with MFA.',
    console: 'IAM > Policies > <policy> > Entities attached > Detach.',
    cli: 'aws iam detach-role-policy --role-name <role> --policy-arn <arn> (detach-user-policy / detach-group-policy for users and groups)',
  },
  references: {
    cis: { v5: '1.15', v3: '1.16' },
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
    ],
  },
  reads: ['iam.attachedPolicies'],
  evaluate({ 'iam.attachedPolicies': policies }, ctx) {
    return policies.map(({ policy, document }) => {
      const name = policy.PolicyName ?? policy.Arn;
      const resource = { id: name, arn: policy.Arn };
      const what = policy.DefaultVersionId ? `managed policy ${name} (version ${policy.DefaultVersionId})` : `managed policy ${name} (IAM named no default version)`;
      return ctx.judge(resource, document, (text) =>
        judgeDocument(ctx, resource, what, () => {
          const doc = parseDocument(text);
          const admin = fullAdminStatements(doc);
          const attached = `attached to ${policy.AttachmentCount ?? 'an unknown number of'} ${policy.AttachmentCount === 1 ? 'identity' : 'identities'}`;
          return admin.length > 0
            ? ctx.fail(resource, `Managed policy ${name}, ${attached}, allows "*" on "*" in ${admin.map((st) => statementLabel(doc, st)).join(', ')} of its default version ${policy.DefaultVersionId}.`)
            : ctx.pass(resource, `Managed policy ${name}, ${attached}, grants no full administrator access in its default version ${policy.DefaultVersionId}.`);
        }),
      );
    });
  },
});
