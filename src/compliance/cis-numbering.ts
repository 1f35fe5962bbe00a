// CIS AWS Foundations Benchmark v6.0.0 and v7.0.0 numbers, derived from v5.0.0 (CHECKS-3 section
// 2.1): v6 renumbers v5 (each section moves up by one, nothing added or dropped); v7 renumbers v6's
// IAM section around a new Organizations block, drops two recommendations and adds nine.

/** v5 `1.19` → v6 `2.19`; `2.1.4` → `3.1.4`. */
export function cisV6Of(v5: string): string {
  const [section, ...rest] = v5.split('.');
  return [String(Number(section) + 1), ...rest].join('.');
}

/**
 * The v7 number of a v6 recommendation, or undefined when v7 dropped it (v6 2.10, initial access
 * keys; v6 2.12, one active key). v7 keeps sections 3 to 6 as v6 numbers them; in section 2 the
 * Organizations block 2.1.x comes first, so v6 2.1–2.9 become 2.2–2.10, 2.11 stays, 2.13–2.21
 * become 2.12–2.20.
 */
export function cisV7OfV6(v6: string): string | undefined {
  const parts = v6.split('.').map(Number);
  if (parts[0] !== 2 || parts.length !== 2) return v6;
  const n = parts[1]!;
  if (n === 10 || n === 12) return undefined;
  if (n <= 9) return `2.${n + 1}`;
  if (n === 11) return '2.11';
  return `2.${n - 1}`;
}

export function cisV7Of(v5: string): string | undefined {
  return cisV7OfV6(cisV6Of(v5));
}

/** A v7 recommendation without a v5 ancestor, and the catalogue checks that evaluate it. */
export interface CisV7Addition {
  id: string;
  title: string;
  checks: readonly string[];
  /** What stays for a person when the checks decide only part of the recommendation. */
  remainder?: string;
}

/** CHECKS-3 section 4.2, with the part-2 checks that serve 2.21 and 4.10 (CHECKS-2 section 9). */
export const CIS_V7_ADDITIONS: readonly CisV7Addition[] = [
  { id: '2.1.1', title: 'Centralized root access is enabled in AWS Organizations', checks: ['organizations-root-credentials-management-enabled'] },
  {
    id: '2.1.2',
    title: 'Authorization guardrails apply to all AWS Organization accounts',
    checks: ['organizations-accounts-have-guardrail-policies'],
    remainder: 'whether the policies implement the organization’s baseline stays manual',
  },
  {
    id: '2.1.3',
    title: 'The Organizations management account is not used for workloads',
    checks: ['organizations-management-account-no-workloads'],
    remainder: 'the check is heuristic evidence for a Manual recommendation',
  },
  { id: '2.1.5', title: 'A delegated administrator manages AWS Organizations policies', checks: ['organizations-policy-management-delegated'], remainder: 'whether the delegation is least privilege stays manual' },
  {
    id: '2.1.6',
    title: 'Delegated administrators manage AWS Organizations-integrated services',
    checks: ['organizations-services-delegated-admin'],
    remainder: 'CloudTrail, IAM Access Analyzer and IAM only; other integrated services are manual',
  },
  {
    id: '2.21',
    title: "AWS resource policies do not allow unrestricted access using 'Principal': '*'",
    checks: [
      's3-bucket-policy-no-public-principal',
      'kms-key-policy-not-public',
      'iam-role-trust-no-public-principal',
      'lambda-function-not-public',
      'sns-topic-policy-not-public',
      'sqs-queue-policy-not-public',
      'secretsmanager-secret-policy-not-public',
    ],
    remainder: 'Glacier vaults, EventBridge buses and other resource policies are manual',
  },
  {
    id: '4.10',
    title: 'AWS-managed web front-end services have access logging enabled',
    checks: ['elbv2-alb-access-logging-enabled', 'elbv2-nlb-access-logging-enabled', 'cloudfront-access-logging-enabled', 'apigateway-stage-access-logging'],
  },
];
