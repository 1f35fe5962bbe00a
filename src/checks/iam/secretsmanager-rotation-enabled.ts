import { rotationEnabled, rotationSchedule, secretLabel, secretRef } from '../lib/secrets-manager.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'secretsmanager-rotation-enabled',
  title: 'Secrets Manager secrets have automatic rotation enabled',
  pillar: 'iam',
  service: 'secretsmanager',
  severity: 'medium',
  resourceType: 'AWS::SecretsManager::Secret',
  description:
    "Each secret listed by ListSecrets (never GetSecretValue) has RotationEnabled true; RotationEnabled absent means rotation was never configured. The message gives RotationRules.AutomaticallyAfterDays or ScheduleExpression. The control's optional maximumAllowedRotationFrequency (no default) is not implemented. Secrets owned by another service (OwningService, such as RDS or Redshift master user secrets) normally rotate on that service's schedule; when one does not, the message names the owning service. Secrets scheduled for deletion are not listed, and replicas are judged in their primary region.",
  risk: 'A secret that never rotates stays valid for as long as it exists: any copy leaked to a log, a laptop or a former employee keeps working.',
  remediation: {
    text: 'Turn on automatic rotation with a rotation function (AWS provides templates for RDS, Redshift, DocumentDB and others) and a schedule; for secrets managed by another service, turn rotation on in that service.',
    console: 'Secrets Manager > Secrets > the secret > Rotation > Edit rotation.',
    cli: 'aws secretsmanager rotate-secret --secret-id <secret> --rotation-lambda-arn <function-arn> --rotation-rules AutomaticallyAfterDays=30',
  },
  references: {
    securityHub: { ids: ['SecretsManager.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-1',
    ],
  },
  reads: ['secretsmanager.secrets'],
  evaluate({ 'secretsmanager.secrets': secrets }, ctx) {
    return secrets.map((secret) => {
      const resource = secretRef(secret, ctx);
      const label = secretLabel(secret, ctx);
      const schedule = rotationSchedule(secret);
      if (rotationEnabled(secret)) return ctx.pass(resource, `${label} rotates automatically${schedule ? ` ${schedule}` : ''}.`);
      const owner = secret.OwningService?.trim();
      const why =
        secret.RotationEnabled === undefined ? 'rotation was never configured' : `RotationEnabled is false${schedule ? `, although rotation rules (${schedule}) remain` : ''}`;
      return ctx.fail(
        resource,
        owner
          ? `${label} does not rotate automatically (${why}); ${owner} owns this secret and normally rotates it, so turn rotation on in ${owner}.`
          : `${label} does not rotate automatically (${why}).`,
      );
    });
  },
});
