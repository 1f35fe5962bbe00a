import { accountResource } from '../lib/iam-findings.js';
import { judgeRootWithoutMfa, judgeSummaryFlag } from '../lib/iam-root.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'iam-root-mfa-enabled',
  title: 'The root user has MFA enabled',
  pillar: 'iam',
  service: 'iam',
  severity: 'critical',
  resourceType: 'AWS::::Account',
  description:
    'The root user has multi-factor authentication enabled (GetAccountSummary reports AccountMFAEnabled 1). A root user with no password, no access key and no signing certificate (GetAccountSummary AccountPasswordPresent, AccountAccessKeysPresent and AccountSigningCertificatesPresent all 0, as in member accounts under centralized root access) has nothing for MFA to protect and passes.',
  risk: 'The root user can do anything in the account, including closing it; with only a password, one phished or reused password is enough to take the account over.',
  remediation: {
    text: 'Sign in as the root user and assign an MFA device (preferably a hardware key or passkey), or remove root credentials from member accounts with centralised root access in AWS Organizations.',
    console: 'Sign in as root > account menu > Security credentials > Multi-factor authentication (MFA) > Assign MFA device.',
    cli: 'aws iam enable-organizations-root-credentials-management (from the management account, to manage member root credentials centrally)',
  },
  references: {
    cis: { v5: '1.4', v3: '1.5' },
    securityHub: { ids: ['IAM.9'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-9',
    ],
  },
  reads: ['iam.accountSummary'],
  evaluate({ 'iam.accountSummary': summary }, ctx) {
    const resource = accountResource(ctx);
    const account = ctx.account.id;
    return [
      judgeSummaryFlag(ctx, summary, 'AccountMFAEnabled', (enabled) =>
        enabled
          ? ctx.pass(resource, `The root user of account ${account} has MFA enabled.`)
          : judgeRootWithoutMfa(ctx, summary, `The root user of account ${account} has no MFA enabled`),
      ),
    ];
  },
});
