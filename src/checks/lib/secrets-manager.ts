// How Secrets Manager checks name a secret and describe its rotation settings, from ListSecrets.

import type { SecretListEntry } from '@aws-sdk/client-secrets-manager';
import type { CheckContext, ResourceRef } from '../define.js';
import { asDate } from './iam-credentials.js';

export function secretRef(secret: SecretListEntry, ctx: CheckContext): ResourceRef {
  const name = secret.Name ?? secret.ARN?.split(':secret:')[1] ?? '(unnamed)';
  return { id: name, arn: secret.ARN ?? `arn:${ctx.account.partition}:secretsmanager:${ctx.region}:${ctx.account.id}:secret:${name}` };
}

/** e.g. `Secret prod/db`, or `Secret rds!db-1234 (managed by rds)` for a secret another service owns. */
export function secretLabel(secret: SecretListEntry, ctx: CheckContext): string {
  const owner = secret.OwningService?.trim();
  return `Secret ${secretRef(secret, ctx).id}${owner ? ` (managed by ${owner})` : ''}`;
}

/** `true` as the SDK gives it, or as text from a recording or an emulator. */
export function rotationEnabled(secret: SecretListEntry): boolean {
  const value: unknown = secret.RotationEnabled;
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

/** `every 30 days`, `on schedule rate(10 days) (window 2h)`, or undefined without rotation rules. */
export function rotationSchedule(secret: SecretListEntry): string | undefined {
  const rules = secret.RotationRules;
  if (!rules) return undefined;
  const window = rules.Duration ? ` (window ${rules.Duration})` : '';
  if (rules.ScheduleExpression) return `on schedule ${rules.ScheduleExpression}${window}`;
  if (typeof rules.AutomaticallyAfterDays === 'number') return `every ${rules.AutomaticallyAfterDays} days${window}`;
  return undefined;
}

/** A date of the listing as a Date (the SDK gives Dates; recordings and emulators text or epoch seconds). */
export const dateOf = (value: unknown): Date | undefined => asDate(value);
