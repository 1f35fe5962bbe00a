import { activeKeyCount, agoPhrase, day, keysOlderThan } from '../lib/iam-credentials.js';
import { judgeUsers } from '../lib/iam-findings.js';
import { defineCheck } from '../define.js';

const MAX_AGE_DAYS = 90;

export default defineCheck({
  id: 'iam-user-access-keys-rotated-90-days',
  title: 'Active IAM user access keys were created less than 90 days ago',
  pillar: 'iam',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AWS::IAM::User',
  description: 'Every active access key of every IAM user was created (credential report: access_key_N_last_rotated) less than 90 days ago. Inactive keys are ignored.',
  risk: 'The older a long-term key, the more places it has been copied to (laptops, CI variables, old images) and the longer a leaked copy keeps working.',
  remediation: {
    text: 'Create a new access key, move its users to it, deactivate the old key, and delete it once nothing uses it. Prefer roles and temporary credentials over long-term keys.',
    console: 'IAM > Users > <user> > Security credentials > Access keys > Create access key; then Actions > Deactivate and Delete on the old key.',
    cli: 'aws iam create-access-key --user-name <user> && aws iam update-access-key --user-name <user> --access-key-id <old> --status Inactive && aws iam delete-access-key --user-name <user> --access-key-id <old>',
  },
  references: {
    cis: { v5: '1.13', v3: '1.14' },
    securityHub: { ids: ['IAM.3'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id-credentials-access-keys-update.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-3',
    ],
  },
  reads: ['iam.credentialReport'],
  evaluate({ 'iam.credentialReport': report }, ctx) {
    return judgeUsers(report, ctx, (row, resource, when) => {
      const old = keysOlderThan(row, MAX_AGE_DAYS, ctx.now);
      if (old.length > 0) {
        const keys = old.map((k) => `access key ${k.slot} created ${day(k.created)} (${agoPhrase(k.created, ctx.now)})`).join(' and ');
        return ctx.fail(resource, `User ${row.user} has an active ${keys}, older than ${MAX_AGE_DAYS} days (${when}).`);
      }
      const active = activeKeyCount(row);
      return ctx.pass(
        resource,
        active === 0
          ? `User ${row.user} has no active access key (${when}).`
          : `Every active access key of user ${row.user} is less than ${MAX_AGE_DAYS} days old (${when}).`,
      );
    });
  },
});
