import { accountResource } from '../lib/iam-findings.js';
import { defineCheck } from '../define.js';

const REMEMBERED = 24;

export default defineCheck({
  id: 'iam-password-policy-prevents-reuse',
  title: 'The account password policy prevents reuse of the last 24 passwords',
  pillar: 'iam',
  service: 'iam',
  severity: 'low',
  resourceType: 'AWS::::Account',
  description: 'An account password policy exists and its PasswordReusePrevention is 24 or more.',
  risk: 'Users who may cycle back to an old password keep using passwords that may already have leaked.',
  remediation: {
    text: 'Set the account password policy to remember the last 24 passwords.',
    console: 'IAM > Account settings > Password policy > Edit > Prevent password reuse: 24.',
    cli: 'aws iam update-account-password-policy --password-reuse-prevention 24 (repeat every other setting you keep: omitted ones are reset)',
  },
  references: {
    cis: { v5: '1.8', v3: '1.9' },
    securityHub: { ids: ['IAM.16'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-16',
    ],
  },
  reads: ['iam.passwordPolicy'],
  evaluate({ 'iam.passwordPolicy': policy }, ctx) {
    const resource = accountResource(ctx);
    const account = ctx.account.id;
    if (!policy) return [ctx.fail(resource, `Account ${account} has no IAM password policy, so users may reuse any earlier password.`)];
    const reuse = policy.PasswordReusePrevention;
    if (reuse === undefined) return [ctx.fail(resource, `The password policy of account ${account} does not prevent password reuse (at least ${REMEMBERED} remembered needed).`)];
    return [
      reuse >= REMEMBERED
        ? ctx.pass(resource, `The password policy of account ${account} prevents reuse of the last ${reuse} passwords.`)
        : ctx.fail(resource, `The password policy of account ${account} prevents reuse of only the last ${reuse} passwords (at least ${REMEMBERED} needed).`),
    ];
  },
});
