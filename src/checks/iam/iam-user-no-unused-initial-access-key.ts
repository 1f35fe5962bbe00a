import { activeKeys, day, hasConsolePassword } from '../lib/iam-credentials.js';
import { judgeUsers } from '../lib/iam-findings.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'iam-user-no-unused-initial-access-key',
  title: 'Console users have no active access key that was never used',
  pillar: 'iam',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AWS::IAM::User',
  description:
    'No IAM user with a console password has an active access key that was never used (credential report: password_enabled true and access_key_N_active true with access_key_N_last_used_date N/A). Users without a console password pass.',
  risk: 'Access keys created along with a console user "just in case" are long-term credentials nobody needs and nobody watches; they tend to be found in a leak before anyone notices they exist.',
  remediation: {
    text: 'Delete access keys that were never used, and create keys only when a user actually needs programmatic access.',
    console: 'IAM > Users > <user> > Security credentials > Access keys > Actions > Deactivate, then Delete.',
    cli: 'aws iam delete-access-key --user-name <user> --access-key-id <key>',
  },
  references: {
    cis: { v5: '1.10', v3: '1.11' },
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
    ],
  },
  reads: ['iam.credentialReport'],
  evaluate({ 'iam.credentialReport': report }, ctx) {
    return judgeUsers(report, ctx, (row, resource, when) => {
      if (!hasConsolePassword(row)) return ctx.pass(resource, `User ${row.user} has no console password (${when}).`);
      const unused = activeKeys(row).filter((key) => key.lastUsed === undefined);
      if (unused.length > 0) {
        const keys = unused.map((key) => `access key ${key.slot}${key.created ? ` (created ${day(key.created)})` : ''}`).join(' and ');
        return ctx.fail(resource, `User ${row.user} has a console password and an active ${keys} that was never used (${when}).`);
      }
      return ctx.pass(resource, `User ${row.user} has a console password and no active access key that was never used (${when}).`);
    });
  },
});
