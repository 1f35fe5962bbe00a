import { agoPhrase, ageAtLeast, day } from '../lib/iam-credentials.js';
import { dateOf, rotationEnabled, secretLabel, secretRef } from '../lib/secrets-manager.js';
import { defineCheck } from '../define.js';

/** SecretsManager.4's maxDaysSinceRotation default (allowed 1 to 180): a secret rotated this many days ago or more fails. */
const MAX_DAYS_SINCE_ROTATION = 90;

export default defineCheck({
  id: 'secretsmanager-secret-rotated-90-days',
  title: 'Secrets Manager secrets were rotated less than 90 days ago',
  pillar: 'iam',
  service: 'secretsmanager',
  severity: 'medium',
  resourceType: 'AWS::SecretsManager::Secret',
  description:
    "Each secret's age, the scan's time minus LastRotatedDate (or minus CreatedDate for a secret never rotated), is under 90 days (SecretsManager.4's default; the control allows 1 to 180). LastChangedDate is not rotation: any metadata edit changes it. A secret without rotation enabled passes if it was rotated manually (RotateSecret) recently: the point is the age of the credential. Dates come from ListSecrets; secret values are never read.",
  risk: 'The longer a credential lives, the more places it has been copied to and the longer a leaked copy keeps working.',
  remediation: {
    text: 'Rotate the secret now (RotateSecret) and turn on automatic rotation so that it never grows this old again.',
    console: 'Secrets Manager > Secrets > the secret > Rotation > Rotate secret immediately.',
    cli: 'aws secretsmanager rotate-secret --secret-id <secret>',
  },
  references: {
    securityHub: { ids: ['SecretsManager.4'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-4',
    ],
  },
  reads: ['secretsmanager.secrets'],
  evaluate({ 'secretsmanager.secrets': secrets }, ctx) {
    return secrets.map((secret) => {
      const resource = secretRef(secret, ctx);
      const label = secretLabel(secret, ctx);
      const rotated = dateOf(secret.LastRotatedDate);
      const created = dateOf(secret.CreatedDate);
      const since = rotated ?? created;
      if (!since) return ctx.undetermined(resource, `${label} has neither LastRotatedDate nor CreatedDate in the listing, so its age is unknown.`);
      const when = rotated ? `was last rotated on ${day(rotated)} (${agoPhrase(rotated, ctx.now)})` : `was created on ${day(since)} (${agoPhrase(since, ctx.now)}) and never rotated`;
      const auto = rotationEnabled(secret) ? '' : '; automatic rotation is off';
      return ageAtLeast(since, ctx.now, MAX_DAYS_SINCE_ROTATION)
        ? ctx.fail(resource, `${label} ${when}, ${MAX_DAYS_SINCE_ROTATION} days or more ago${auto}.`)
        : ctx.pass(resource, `${label} ${when}, less than ${MAX_DAYS_SINCE_ROTATION} days ago${auto}.`);
    });
  },
});
