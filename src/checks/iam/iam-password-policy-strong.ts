import { accountResource } from '../lib/iam-findings.js';
import { defineCheck } from '../define.js';

const MIN_LENGTH = 8;

export default defineCheck({
  id: 'iam-password-policy-strong',
  title: 'The account password policy requires upper and lower case, numbers, symbols and 8+ characters',
  pillar: 'iam',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AWS::::Account',
  description:
    'An account password policy exists that requires at least one uppercase letter, one lowercase letter, one number and one symbol, with MinimumPasswordLength 8 or more.',
  risk: 'Without character-class rules, IAM accepts passwords such as "password1" that fall to the first guesses of any attacker.',
  remediation: {
    text: 'Require uppercase, lowercase, numbers and symbols in the account password policy, with a minimum length of at least 8 (14 for CIS).',
    console: 'IAM > Account settings > Password policy > Edit > tick the four character requirements.',
    cli: 'aws iam update-account-password-policy --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --minimum-password-length 14',
  },
  references: {
    securityHub: { ids: ['IAM.7'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-7',
    ],
  },
  reads: ['iam.passwordPolicy'],
  evaluate({ 'iam.passwordPolicy': policy }, ctx) {
    const resource = accountResource(ctx);
    const account = ctx.account.id;
    if (!policy) return [ctx.fail(resource, `Account ${account} has no IAM password policy, so passwords need no uppercase, lowercase, number or symbol.`)];
    const missing = [
      policy.RequireUppercaseCharacters !== true && 'an uppercase letter',
      policy.RequireLowercaseCharacters !== true && 'a lowercase letter',
      policy.RequireNumbers !== true && 'a number',
      policy.RequireSymbols !== true && 'a symbol',
      !((policy.MinimumPasswordLength ?? 0) >= MIN_LENGTH) && `at least ${MIN_LENGTH} characters (it asks for ${policy.MinimumPasswordLength ?? 'no minimum'})`,
    ].filter((gap): gap is string => typeof gap === 'string');
    return [
      missing.length === 0
        ? ctx.pass(resource, `The password policy of account ${account} requires uppercase, lowercase, numbers and symbols, with at least ${policy.MinimumPasswordLength} characters.`)
        : ctx.fail(resource, `The password policy of account ${account} does not require ${missing.join(', ')}.`),
    ];
  },
});
