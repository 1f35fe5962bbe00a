import { judgeDocument } from '../lib/iam-findings.js';
import { defaultVersionDocument, isBoundaryOnly, kmsDecryptAllKeysGrants, parseDocument, statementLabel } from '../lib/iam-policies.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'iam-customer-policy-no-kms-decrypt-all-keys',
  title: 'No customer managed policy allows kms:Decrypt or kms:ReEncryptFrom on all KMS keys',
  pillar: 'iam',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AWS::IAM::ManagedPolicy',
  description:
    'The default version of every customer managed policy, attached or not, has no Allow statement granting kms:Decrypt or kms:ReEncryptFrom (directly, or through kms:*, kms:Decrypt*, kms:ReEncrypt*, * or a NotAction) on Resource "*" or a key pattern covering every key. Conditions are not considered. Policies used only as permissions boundaries are not evaluated, as in KMS.1 (excludePermissionBoundaryPolicy).',
  risk: 'Decrypt on every key lets the identity read any data encrypted under any key whose key policy trusts the account, well beyond the data it was meant to handle.',
  remediation: {
    text: 'Name the keys the policy needs in Resource (key ARNs), or restrict by alias or encryption context; grant decryption per application, not account-wide.',
    console: 'IAM > Policies > filter Customer managed > <policy> > Edit > set Resource of the kms:Decrypt statement to the needed key ARNs.',
    cli: 'aws iam create-policy-version --policy-arn <arn> --policy-document file://scoped-kms.json --set-as-default',
  },
  references: {
    securityHub: { ids: ['KMS.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-1',
      'https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html',
    ],
  },
  reads: ['iam.authorizationDetails'],
  evaluate({ 'iam.authorizationDetails': details }, ctx) {
    // KMS.1 runs with excludePermissionBoundaryPolicy: a boundary grants nothing by itself.
    return details.policies.filter((policy) => !isBoundaryOnly(policy)).map((policy) => {
      const name = policy.PolicyName ?? policy.Arn ?? 'unknown';
      const resource = { id: name, arn: policy.Arn ?? '' };
      return judgeDocument(ctx, resource, `customer managed policy ${name}`, () => {
        const doc = parseDocument(defaultVersionDocument(policy));
        const grants = kmsDecryptAllKeysGrants(doc, ctx.account.partition);
        return grants.length > 0
          ? ctx.fail(
              resource,
              `Customer managed policy ${name} allows ${grants.map((g) => `${g.actions.join(' and ')} on all KMS keys in ${statementLabel(doc, g.statement)}`).join('; ')} of its default version ${policy.DefaultVersionId}.`,
            )
          : ctx.pass(resource, `Customer managed policy ${name} allows no kms:Decrypt or kms:ReEncryptFrom on all KMS keys in its default version ${policy.DefaultVersionId}.`);
      });
    });
  },
});
