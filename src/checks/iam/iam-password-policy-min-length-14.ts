import { accountResource } from '../lib/iam-findings.js';
import { defineCheck } from '../define.js';

const MIN_LENGTH = 14;

export default defineCheck({
  id: 'iam-password-policy-min-length-14',
  title: 'The account password policy requires passwords of at least 14 characters',
  pillar: 'iam',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AWS::::Account',
  description: 'An account password policy exists and its MinimumPasswordLength is 14 or more.',
  risk: 'Short IAM user passwords fall quickly to guessing and credential-stuffing; without a policy, IAM accepts passwords as short as 8 characters.',
  remediation: {
    text: 'Set the account password policy minimum length to 14 or more.',
    console: 'IAM > Account settings > Password policy > Edit > Password minimum length: 14.',
    cli: 'aws iam update-account-password-policy --minimum-password-length 14 (repeat every other setting you keep: omitted ones are reset)',
  },
  references: {
    cis: { v5: '1.7', v3: '1.8' },
    securityHub: { ids: ['IAM.15'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-15',
    ],
  },
  reads: ['iam.passwordPolicy'],
  evaluate({ 'iam.passwordPolicy': policy }, ctx) {
    const resource = accountResource(ctx);
    const account = ctx.account.id;
    if (!policy) return [ctx.fail(resource, `Account ${account} has no IAM password policy, so passwords need only 8 characters.`)];
    const length = policy.MinimumPasswordLength;
    return [
      length !== undefined && length >= MIN_LENGTH
        ? ctx.pass(resource, `The password policy of account ${account} requires at least ${length} characters.`)
        : ctx.fail(resource, `The password policy of account ${account} requires only ${length ?? 'an unspecified number of'} characters (at least ${MIN_LENGTH} needed).`),
    ];
  },
});
