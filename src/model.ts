// The vocabulary every layer shares: pillars, severities, statuses, findings and reports.

export const PILLARS = ['transit', 'rest', 'prevention', 'detection', 'iam'] as const;
export type Pillar = (typeof PILLARS)[number];

/** Ordered from most to least severe; index order is used for comparisons. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * The service whose resource a check judges: the prefix of its id. One name can cover several
 * SDK clients (`apigateway`: REST and HTTP/WebSocket APIs; `dynamodb`: DAX too; `redshift`:
 * Redshift Serverless too; `cloudfront`: its Shield Advanced protections).
 */
export const SERVICES = [
  'iam',
  'ec2',
  's3',
  'rds',
  'kms',
  'cloudtrail',
  'elbv2',
  'apigateway',
  'cloudfront',
  'acm',
  'wafv2',
  'lambda',
  'secretsmanager',
  'ssm',
  'guardduty',
  'securityhub',
  'config',
  'cloudwatch',
  'logs',
  'accessanalyzer',
  'efs',
  'dynamodb',
  'sns',
  'sqs',
  'elasticache',
  'opensearch',
  'redshift',
  'ecr',
  'backup',
  'organizations',
] as const;
export type Service = (typeof SERVICES)[number];

export const STATUSES = ['FAIL', 'ERROR', 'PASS'] as const;
export type Status = (typeof STATUSES)[number];

/** Region label of findings about account-wide (not regional) resources. */
export const GLOBAL_REGION = 'global';

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** True when `severity` is at least as severe as `threshold`. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) <= severityRank(threshold);
}

/** Whether a Security Hub control belongs to the AWS Foundational Security Best Practices standard. */
export type SecurityHubStandard = 'fsbp' | 'fsbp-unconfirmed' | 'other';

export interface CheckReferences {
  /** CIS AWS Foundations Benchmark recommendation numbers. */
  cis?: { v5?: string; v3?: string };
  /** Security Hub control ids (e.g. S3.5) and the standard they belong to. */
  securityHub?: { ids: readonly string[]; standard: SecurityHubStandard };
  /** Documentation links, most useful first. */
  docs: readonly string[];
}

export interface Remediation {
  /** What to change, in one or two sentences. */
  text: string;
  console?: string;
  cli?: string;
}

export interface CheckMeta {
  id: string;
  /** States the secure condition, under 100 characters. */
  title: string;
  pillar: Pillar;
  service: Service;
  severity: Severity;
  /** CloudFormation-style resource type, e.g. AWS::S3::Bucket. */
  resourceType: string;
  description: string;
  risk: string;
  remediation: Remediation;
  references: CheckReferences;
}

/** An AWS error, normalised: what failed, why, and which IAM action was refused when that is the cause. */
export interface AwsErrorInfo {
  code: string;
  message: string;
  service: string;
  operation: string;
  region: string;
  /** IAM action of the failed operation, e.g. s3:GetBucketPolicy. */
  action: string;
  kind: 'access-denied' | 'throttled' | 'timeout' | 'network' | 'not-found' | 'unavailable' | 'not-recorded' | 'other';
}

export interface Finding {
  checkId: string;
  status: Status;
  severity: Severity;
  pillar: Pillar;
  service: Service;
  accountId: string;
  /** The account's name, when an organization scan knows it. */
  accountName?: string;
  /** AWS region of the resource, or `global` for account-wide resources. */
  region: string;
  resourceType: string;
  resourceId: string;
  resourceArn: string;
  /** A full sentence naming the resource and saying why. */
  message: string;
  error?: AwsErrorInfo;
  /**
   * Framework controls this result counts for, when the check maps to several type-specific
   * controls (e.g. RDS.36 for PostgreSQL only); absent means every control of the check.
   */
  controls?: string[];
  /** Set when a suppression of the config file covers this FAIL or ERROR: still reported, never gated on. */
  suppression?: FindingSuppression;
  /** Set when the scan was compared with a baseline report: was this result (same resource, same status) there? */
  baseline?: 'new' | 'unchanged';
  /** The proof behind an exposure finding: what the internet reaches and how, or the escalation chains. */
  evidence?: Evidence;
}

/** Hops of a network path from the internet to a resource, in the order a packet meets them. */
export const PATH_HOP_KINDS = ['public-ip', 'internet-gateway', 'route-table', 'vpc-block-public-access', 'network-acl', 'security-group', 'load-balancer'] as const;
export type PathHopKind = (typeof PATH_HOP_KINDS)[number];

/** One hop of a proof path: the resource (its id and ARN) and what it contributes, in words. */
export interface PathHop {
  kind: PathHopKind;
  id: string;
  /** The hop's ARN; empty when it has none (a load balancer without security groups). */
  arn: string;
  detail: string;
}

/** Traffic the internet can send to a resource, with the path that proves it. */
export interface ReachableEvidence {
  family: 'ipv4' | 'ipv6';
  /** `tcp`, `udp`, `icmp`, `icmpv6`, a protocol number, or `other` (every protocol not named). */
  protocol: string;
  /** `22`, `1024-65535`; null for protocols without ports. */
  ports: string | null;
  /** The internet sources: `0.0.0.0/0` for the whole internet, else CIDRs or `0.0.0.0/0 except ...`. */
  sources: string;
  path: PathHop[];
}

/** One step of a privilege escalation: `from` uses `method` (EXPOSURE.md section 2) and becomes, or makes admin, `to`. */
export interface EscalationStep {
  from: string;
  method: number;
  actions: string[];
  resources: string[];
  to: string;
}

export interface EscalationChain {
  steps: EscalationStep[];
  /** True when a step depends on a condition that cannot be decided from the account's data. */
  conditional: boolean;
  /** The undecided conditions, quoted; empty when the chain is certain. */
  conditions: string[];
}

/**
 * Reachability findings carry `reachable`, escalation findings `chains`; a finding about a reachable
 * instance's role carries both.
 */
export interface Evidence {
  reachable?: ReachableEvidence[];
  chains?: EscalationChain[];
}

export interface FindingSuppression {
  reason: string;
  /** Last day (YYYY-MM-DD) the suppression applies. */
  expires?: string;
  /** Where it was declared, e.g. `.aws-posture.yml suppressions[2]`. */
  source: string;
}

/** The comparison of a scan with an earlier report of the same account (--baseline). */
export interface BaselineComparison {
  /** The baseline report file, as given. */
  source: string;
  /** When the baseline scan started. */
  startedAt: string;
  /** Results that failed in the baseline and now pass, or whose resource is gone (as the baseline recorded them). */
  fixed: Finding[];
}

export type CheckState = 'pass' | 'fail' | 'error' | 'not-applicable';

export interface CheckSummary {
  checkId: string;
  title: string;
  pillar: Pillar;
  service: Service;
  severity: Severity;
  state: CheckState;
  pass: number;
  fail: number;
  error: number;
  /** Set when nothing was in scope: which regions or scope were looked at. */
  note?: string;
}

export interface ScanAccount {
  id: string;
  /** ARN of the principal that ran the scan. */
  principalArn: string;
  partition: string;
}

export type ControlMode = 'automated' | 'manual' | 'not-covered';
export type ControlStatus = 'pass' | 'fail' | 'error' | 'not-applicable' | 'manual' | 'not-covered';

/** One framework control in the compliance view. */
export interface ControlResult {
  id: string;
  title: string;
  mode: ControlMode;
  /** Checks that evaluate the control; it passes only when all of them pass. */
  checks: string[];
  reason?: string;
  status: ControlStatus;
  pass: number;
  fail: number;
  error: number;
}

export interface ComplianceView {
  /** Framework id as given to --framework (cis, cis-v3, fsbp). */
  framework: string;
  name: string;
  controls: ControlResult[];
}

export interface ScanReport {
  tool: { name: string; version: string };
  account: ScanAccount;
  regions: string[];
  startedAt: string;
  finishedAt: string;
  /** Where the data came from: the live API or a replayed inventory file. */
  source: 'aws' | 'inventory';
  checks: CheckSummary[];
  findings: Finding[];
  /** Scan-level remarks (skipped regions, unavailable services). */
  notes: string[];
  /** Present when the scan was run for one framework (--framework). */
  compliance?: ComplianceView;
  /** Present when the scan was compared with an earlier report (--baseline). */
  baseline?: BaselineComparison;
}
