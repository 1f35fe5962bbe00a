import { agoPhrase, day } from '../lib/iam-credentials.js';
import { dateOf, rotationEnabled, rotationSchedule, secretLabel, secretRef } from '../lib/secrets-manager.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'secretsmanager-rotation-succeeding',
  title: 'Secrets Manager secrets with rotation enabled rotate on schedule',
  pillar: 'iam',
  service: 'secretsmanager',
  severity: 'medium',
  resourceType: 'AWS::SecretsManager::Secret',
  description:
    "Each secret with RotationEnabled true (only those, as SecretsManager.2 says) has a NextRotationDate that is not in the past at the scan's time. NextRotationDate means \"on or before this date\"; AWS documents that when rotation keeps failing the date may lie in the past, which FAILs here with the LastRotatedDate. A secret with rotation enabled and no NextRotationDate yet (just configured) passes with a note. Dates come from ListSecrets.",
  risk: 'A rotation that keeps failing leaves the old credential in place while everyone believes it is rotated, and the failure often means applications and the secret are already out of step.',
  remediation: {
    text: "Read the rotation function's CloudWatch Logs for the error (permissions, network access to the database, the secret's format), fix it, then rotate the secret immediately to confirm.",
    console: 'Secrets Manager > Secrets > the secret > Rotation; then Lambda > the rotation function > Monitor > View CloudWatch logs.',
    cli: 'aws secretsmanager rotate-secret --secret-id <secret>',
  },
  references: {
    securityHub: { ids: ['SecretsManager.2'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot_rotation.html',
      'https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DescribeSecret.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-2',
    ],
  },
  reads: ['secretsmanager.secrets'],
  evaluate({ 'secretsmanager.secrets': secrets }, ctx) {
    const rotating = secrets.filter(rotationEnabled);
    if (secrets.length > 0 && rotating.length === 0) return ctx.notInScope('no secret has automatic rotation enabled');
    return rotating.map((secret) => {
      const resource = secretRef(secret, ctx);
      const label = secretLabel(secret, ctx);
      const schedule = rotationSchedule(secret);
      const last = dateOf(secret.LastRotatedDate);
      const lastText = last ? `last rotated on ${day(last)} (${agoPhrase(last, ctx.now)})` : 'never rotated yet';
      if (secret.NextRotationDate === undefined) {
        return ctx.pass(resource, `${label} has rotation enabled${schedule ? ` ${schedule}` : ''} and no NextRotationDate yet (rotation was just configured); ${lastText}.`);
      }
      const next = dateOf(secret.NextRotationDate);
      if (!next) return ctx.undetermined(resource, `${label} has a NextRotationDate that could not be read, so whether rotation is on schedule is unknown.`);
      return next.getTime() < ctx.now.getTime()
        ? ctx.fail(resource, `${label} was due to rotate on or before ${day(next)}, which is past: rotation is failing or not running; ${lastText}.`)
        : ctx.pass(resource, `${label} is due to rotate on or before ${day(next)}${schedule ? ` (${schedule})` : ''}; ${lastText}.`);
    });
  },
});
