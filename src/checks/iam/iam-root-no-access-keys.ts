import { accountResource } from '../lib/iam-findings.js';
import { judgeSummaryFlag } from '../lib/iam-root.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'iam-root-no-access-keys',
  title: 'The root user has no access keys',
  pillar: 'iam',
  service: 'iam',
  severity: 'critical',
  resourceType: 'AWS::::Account',
  description: 'The root user of the account has no access keys (GetAccountSummary reports AccountAccessKeysPresent 0).',
  risk: 'Root access keys give unrestricted, unconditional programmatic access to the whole account; no IAM policy or permissions boundary can limit them, and a leaked key is a full account compromise.',
  remediation: {
    text: 'Sign in as the root user, delete its access keys, and give automation an IAM role or user with only the permissions it needs.',
    console: 'Sign in as root > account menu > Security credentials > Access keys > Actions > Delete.',
    cli: 'Root access keys can only be deleted while signed in as root (console), or from the management account with centralised root access: aws iam delete-access-key after sts assume-root.',
  },
  references: {
    cis: { v5: '1.3', v3: '1.4' },
    securityHub: { ids: ['IAM.4'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-4',
    ],
  },
  reads: ['iam.accountSummary'],
  evaluate({ 'iam.accountSummary': summary }, ctx) {
    const resource = accountResource(ctx);
    return [
      judgeSummaryFlag(ctx, summary, 'AccountAccessKeysPresent', (present) =>
        present
          ? ctx.fail(resource, `The root user of account ${ctx.account.id} has at least one access key.`)
          : ctx.pass(resource, `The root user of account ${ctx.account.id} has no access keys.`),
      ),
    ];
  },
});
