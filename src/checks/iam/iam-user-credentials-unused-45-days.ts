import { judgeUnusedCredentials } from '../lib/iam-findings.js';
import { defineCheck } from '../define.js';

const UNUSED_DAYS = 45;

export default defineCheck({
  id: 'iam-user-credentials-unused-45-days',
  title: 'No IAM user console password or active access key has gone unused for 45 days',
  pillar: 'iam',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AWS::IAM::User',
  description:
    'For every IAM user, the console password (when enabled) and each active access key were used in the last 45 days; a credential never used counts from when it was created (password: last change, else user creation; key: creation). Inactive keys are ignored.',
  risk: 'Credentials nobody uses still work: they belong to people who left or to jobs that stopped, and an attacker who finds them is unlikely to be noticed.',
  remediation: {
    text: 'Remove console passwords and deactivate access keys that have not been used for 45 days; remove the user altogether when it has no remaining purpose.',
    console: 'IAM > Users > <user> > Security credentials > Console sign-in > Disable; Access keys > Actions > Deactivate.',
    cli: 'aws iam delete-login-profile --user-name <user>; aws iam update-access-key --user-name <user> --access-key-id <key> --status Inactive',
  },
  references: {
    cis: { v5: '1.11', v3: '1.12' },
    securityHub: { ids: ['IAM.22'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-22',
    ],
  },
  reads: ['iam.credentialReport'],
  evaluate({ 'iam.credentialReport': report }, ctx) {
    return judgeUnusedCredentials(report, UNUSED_DAYS, ctx);
  },
});
