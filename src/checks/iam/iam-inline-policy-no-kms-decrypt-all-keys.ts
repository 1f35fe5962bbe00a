import { judgeDocument } from '../lib/iam-findings.js';
import { describeInline, inlinePolicies, inlinePolicyResource, kmsDecryptAllKeysGrants, parseDocument, statementLabel } from '../lib/iam-policies.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'iam-inline-policy-no-kms-decrypt-all-keys',
  title: 'No inline policy allows kms:Decrypt or kms:ReEncryptFrom on all KMS keys',
  pillar: 'iam',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AWS::IAM::Policy',
  description:
    'No inline policy of an IAM user, group or role has an Allow statement granting kms:Decrypt or kms:ReEncryptFrom (directly, or through kms:*, kms:Decrypt*, kms:ReEncrypt*, * or a NotAction) on Resource "*" or a key pattern covering every key. Conditions are not considered.',
  risk: 'Decrypt on every key lets the identity read any data encrypted under any key whose key policy trusts the account, well beyond the data it was meant to handle.',
  remediation: {
    text: 'Name the keys the identity needs in Resource (key ARNs), or restrict by alias or encryption context.',
    console: 'IAM > Roles (or Users, Groups) > <name> > Permissions > the inline policy > Edit > set Resource of the kms:Decrypt statement to the needed key ARNs.',
    cli: 'aws iam put-role-policy --role-name <role> --policy-name <name> --policy-document file://scoped-kms.json (put-user-policy / put-group-policy for users and groups)',
  },
  references: {
    securityHub: { ids: ['KMS.2'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-2',
      'https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html',
    ],
  },
  reads: ['iam.authorizationDetails'],
  evaluate({ 'iam.authorizationDetails': details }, ctx) {
    return inlinePolicies(details).map((policy) => {
      const resource = inlinePolicyResource(policy);
      const named = describeInline(policy);
      return judgeDocument(ctx, resource, named.charAt(0).toLowerCase() + named.slice(1), () => {
        const doc = parseDocument(policy.document);
        const grants = kmsDecryptAllKeysGrants(doc, ctx.account.partition);
        return grants.length > 0
          ? ctx.fail(resource, `${named} allows ${grants.map((g) => `${g.actions.join(' and ')} on all KMS keys in ${statementLabel(doc, g.statement)}`).join('; ')}.`)
          : ctx.pass(resource, `${named} allows no kms:Decrypt or kms:ReEncryptFrom on all KMS keys.`);
      });
    });
  },
});
