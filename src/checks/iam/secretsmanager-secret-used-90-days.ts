import { agoPhrase, ageAtLeast, day } from '../lib/iam-credentials.js';
import { dateOf, secretLabel, secretRef } from '../lib/secrets-manager.js';
import { defineCheck } from '../define.js';

/** SecretsManager.3's unusedForDays default (allowed 1 to 365): a secret last accessed this many days ago or more fails. */
const MAX_DAYS_UNUSED = 90;

export default defineCheck({
  id: 'secretsmanager-secret-used-90-days',
  title: 'Secrets Manager secrets were accessed in the last 90 days',
  pillar: 'iam',
  service: 'secretsmanager',
  severity: 'medium',
  resourceType: 'AWS::SecretsManager::Secret',
  description:
    "Each secret was accessed less than 90 days before the scan (SecretsManager.3's default; the control allows 1 to 365): the scan's time minus LastAccessedDate, which Secrets Manager truncates to the day. A secret never accessed counts from its CreatedDate, so a new secret is not failed. Dates come from ListSecrets; secret values are never read.",
  risk: 'An unused secret is a credential nobody watches: it still opens whatever it protects, and its owner is often gone.',
  remediation: {
    text: 'Find out whether anything still needs the secret (CloudTrail GetSecretValue events); if not, delete it with a recovery window, and revoke the credential it holds at its source.',
    console: 'Secrets Manager > Secrets > the secret > Actions > Delete secret.',
    cli: 'aws secretsmanager delete-secret --secret-id <secret> --recovery-window-in-days 30',
  },
  references: {
    securityHub: { ids: ['SecretsManager.3'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-secret.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-3',
    ],
  },
  reads: ['secretsmanager.secrets'],
  evaluate({ 'secretsmanager.secrets': secrets }, ctx) {
    return secrets.map((secret) => {
      const resource = secretRef(secret, ctx);
      const label = secretLabel(secret, ctx);
      const accessed = dateOf(secret.LastAccessedDate);
      const created = dateOf(secret.CreatedDate);
      const since = accessed ?? created;
      if (!since) return ctx.undetermined(resource, `${label} has neither LastAccessedDate nor CreatedDate in the listing, so how long it has been unused is unknown.`);
      const when = accessed ? `was last accessed on ${day(accessed)} (${agoPhrase(accessed, ctx.now)})` : `has never been accessed since it was created on ${day(since)} (${agoPhrase(since, ctx.now)})`;
      return ageAtLeast(since, ctx.now, MAX_DAYS_UNUSED)
        ? ctx.fail(resource, `${label} ${when}, ${MAX_DAYS_UNUSED} days or more ago.`)
        : ctx.pass(resource, `${label} ${when}, less than ${MAX_DAYS_UNUSED} days ago.`);
    });
  },
});
