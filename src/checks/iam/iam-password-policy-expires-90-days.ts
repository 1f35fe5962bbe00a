import { accountResource } from '../lib/iam-findings.js';
import { defineCheck } from '../define.js';

const MAX_AGE_DAYS = 90;

export default defineCheck({
  id: 'iam-password-policy-expires-90-days',
  title: 'The account password policy expires passwords within 90 days',
  pillar: 'iam',
  service: 'iam',
  severity: 'low',
  resourceType: 'AWS::::Account',
  description: 'An account password policy exists and its MaxPasswordAge is 90 days or fewer.',
  risk: 'A password that never expires stays valid for as long as a leaked copy of it is in circulation.',
  remediation: {
    text: 'Set the maximum password age of the account password policy to 90 days or fewer.',
    console: 'IAM > Account settings > Password policy > Edit > Turn on password expiration: 90 days.',
    cli: 'aws iam update-account-password-policy --max-password-age 90 (repeat every other setting you keep: omitted ones are reset)',
  },
  references: {
    securityHub: { ids: ['IAM.17'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-17',
    ],
  },
  reads: ['iam.passwordPolicy'],
  evaluate({ 'iam.passwordPolicy': policy }, ctx) {
    const resource = accountResource(ctx);
    const account = ctx.account.id;
    if (!policy) return [ctx.fail(resource, `Account ${account} has no IAM password policy, so passwords never expire.`)];
    const maxAge = policy.MaxPasswordAge;
    // MaxPasswordAge 0 (as some endpoints report an unset age) means passwords never expire.
    if (maxAge === undefined || !(maxAge > 0) || policy.ExpirePasswords === false) {
      return [ctx.fail(resource, `The password policy of account ${account} does not expire passwords (at most ${MAX_AGE_DAYS} days needed).`)];
    }
    return [
      maxAge <= MAX_AGE_DAYS
        ? ctx.pass(resource, `The password policy of account ${account} expires passwords after ${maxAge} days.`)
        : ctx.fail(resource, `The password policy of account ${account} expires passwords only after ${maxAge} days (at most ${MAX_AGE_DAYS} needed).`),
    ];
  },
});
