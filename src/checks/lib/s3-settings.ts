// Readings of bucket settings shared by more than one check, phrased for findings.

import type { LifecycleRule, NotificationConfiguration, ServerSideEncryptionConfiguration } from '@aws-sdk/client-s3';

const ALGORITHMS: Record<string, { name: string; kms: boolean }> = {
  AES256: { name: 'SSE-S3 (AES256)', kms: false },
  'aws:kms': { name: 'SSE-KMS (aws:kms)', kms: true },
  'aws:kms:dsse': { name: 'DSSE-KMS (aws:kms:dsse)', kms: true },
};

export interface DefaultEncryption {
  algorithm: string;
  kms: boolean;
  /** e.g. `SSE-KMS (aws:kms) using key arn:...`. */
  description: string;
}

/** The AWS spelling of an algorithm name, compared case-insensitively (emulators vary). */
function knownAlgorithm(algorithm: string | undefined): string | undefined {
  const wanted = algorithm?.trim().toLowerCase();
  return Object.keys(ALGORITHMS).find((name) => name.toLowerCase() === wanted);
}

/** The bucket's default encryption rule, if it has one with a known algorithm. */
export function defaultEncryption(config: ServerSideEncryptionConfiguration | null): DefaultEncryption | undefined {
  for (const rule of config?.Rules ?? []) {
    const settings = rule.ApplyServerSideEncryptionByDefault;
    const algorithm = knownAlgorithm(settings?.SSEAlgorithm);
    if (!settings || !algorithm) continue;
    const known = ALGORITHMS[algorithm]!;
    const key = known.kms ? ` using ${settings.KMSMasterKeyID ? `key ${settings.KMSMasterKeyID}` : 'the AWS managed key aws/s3'}` : '';
    return { algorithm, kms: known.kms, description: `${known.name}${key}` };
  }
  return undefined;
}

/**
 * Default encryption algorithms the bucket names that are none of AES256, aws:kms and
 * aws:kms:dsse: a rule we cannot read is not proof that the bucket has no default encryption.
 */
export function unrecognisedAlgorithms(config: ServerSideEncryptionConfiguration | null): string[] {
  return (config?.Rules ?? []).flatMap((rule) => {
    const algorithm = rule.ApplyServerSideEncryptionByDefault?.SSEAlgorithm;
    return algorithm && !knownAlgorithm(algorithm) ? [algorithm] : [];
  });
}

/** Enabled lifecycle rules and a phrase describing them ("1 enabled lifecycle rule (expire-logs)"). */
export function lifecycleSummary(rules: readonly LifecycleRule[]): { enabled: LifecycleRule[]; text: string } {
  const enabled = rules.filter((rule) => rule.Status === 'Enabled');
  const ids = (list: readonly LifecycleRule[]) => list.map((rule, i) => rule.ID ?? `rule ${i + 1}`).join(', ');
  if (enabled.length) return { enabled, text: `${enabled.length} enabled lifecycle rule${enabled.length > 1 ? 's' : ''} (${ids(enabled)})` };
  if (rules.length) return { enabled, text: `${rules.length} lifecycle rule${rules.length > 1 ? 's' : ''}, none enabled (${ids(rules)})` };
  return { enabled, text: 'no lifecycle rules' };
}

/** Destinations of the bucket's event notifications, e.g. `SNS topic arn:...`, `EventBridge`. */
export function notificationDestinations(config: NotificationConfiguration): string[] {
  return [
    ...(config.TopicConfigurations ?? []).map((c) => `SNS topic ${c.TopicArn ?? '(unnamed)'}`),
    ...(config.QueueConfigurations ?? []).map((c) => `SQS queue ${c.QueueArn ?? '(unnamed)'}`),
    ...(config.LambdaFunctionConfigurations ?? []).map((c) => `Lambda function ${c.LambdaFunctionArn ?? '(unnamed)'}`),
    ...(config.EventBridgeConfiguration ? ['EventBridge'] : []),
  ];
}
