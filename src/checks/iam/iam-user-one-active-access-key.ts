import { activeKeyCount } from '../lib/iam-credentials.js';
import { judgeUsers } from '../lib/iam-findings.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'iam-user-one-active-access-key',
  title: 'Each IAM user has at most one active access key',
  pillar: 'iam',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AWS::IAM::User',
  description: 'No IAM user has both access keys active (credential report: access_key_1_active and access_key_2_active are not both true).',
  risk: 'Two active keys usually mean a rotation that was never finished: the old key keeps working, in places nobody tracks any more.',
  remediation: {
    text: 'Move every client to one key, then deactivate and delete the other.',
    console: 'IAM > Users > <user> > Security credentials > Access keys > Actions > Deactivate, then Delete.',
    cli: 'aws iam update-access-key --user-name <user> --access-key-id <old> --status Inactive && aws iam delete-access-key --user-name <user> --access-key-id <old>',
  },
  references: {
    cis: { v5: '1.12', v3: '1.13' },
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id-credentials-access-keys-update.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
    ],
  },
  reads: ['iam.credentialReport'],
  evaluate({ 'iam.credentialReport': report }, ctx) {
    return judgeUsers(report, ctx, (row, resource, when) => {
      const active = activeKeyCount(row);
      return active > 1
        ? ctx.fail(resource, `User ${row.user} has ${active} active access keys (${when}).`)
        : ctx.pass(resource, `User ${row.user} has ${active === 0 ? 'no' : 'one'} active access key (${when}).`);
    });
  },
});
