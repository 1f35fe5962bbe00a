// A hand-made scan report and check metadata for the reporter tests, independent of the real registry.
import type { AwsErrorInfo, CheckMeta, CheckSummary, ComplianceView, Finding, ScanReport, Severity } from '../../src/model.js';

export const ACCOUNT = '123456789012';

function meta(partial: Pick<CheckMeta, 'id' | 'title' | 'pillar' | 'service' | 'severity' | 'resourceType'> & Partial<CheckMeta>): CheckMeta {
  return {
    description: `${partial.title}.`,
    risk: 'Attackers could read or change the data.',
    remediation: { text: 'Change the setting.', console: 'Service > Resource > Edit.', cli: 'aws service update --setting on' },
    references: { docs: ['https://docs.aws.amazon.com/example.html'] },
    ...partial,
  };
}

export const CHECK_META: CheckMeta[] = [
  meta({
    id: 's3-bucket-denies-insecure-transport',
    title: 'S3 buckets deny requests that do not use TLS',
    pillar: 'transit',
    service: 's3',
    severity: 'medium',
    resourceType: 'AWS::S3::Bucket',
    risk: 'Requests over plain HTTP can be read or changed in transit; a policy with "s3:*" and <Principal> "*" is the fix.',
    remediation: {
      text: 'Add a bucket policy statement that denies s3:* when aws:SecureTransport is false.',
      console: 'S3 > bucket > Permissions > Bucket policy > Edit.',
      cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://deny-http.json',
    },
    references: {
      cis: { v5: '2.1.1', v3: '2.1.1' },
      securityHub: { ids: ['S3.5'], standard: 'fsbp' },
      docs: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html'],
    },
  }),
  meta({
    id: 'elbv2-listener-uses-tls',
    title: 'Load balancer listeners use HTTPS or TLS',
    pillar: 'transit',
    service: 'elbv2',
    severity: 'high',
    resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
  }),
  meta({
    id: 'rds-instance-storage-encrypted',
    title: 'RDS DB instances encrypt their storage at rest',
    pillar: 'rest',
    service: 'rds',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBInstance',
    references: { cis: { v5: '2.2.1', v3: '2.3.1' }, securityHub: { ids: ['RDS.3'], standard: 'fsbp' }, docs: [] },
  }),
  meta({
    id: 'kms-key-rotation-enabled',
    title: 'Customer managed KMS keys rotate yearly',
    pillar: 'rest',
    service: 'kms',
    severity: 'medium',
    resourceType: 'AWS::KMS::Key',
  }),
  meta({
    id: 'ec2-sg-no-ssh-from-internet',
    title: 'No security group allows SSH from the internet',
    pillar: 'prevention',
    service: 'ec2',
    severity: 'high',
    resourceType: 'AWS::EC2::SecurityGroup',
    references: { cis: { v5: '5.2' }, securityHub: { ids: ['EC2.13'], standard: 'other' }, docs: [] },
  }),
  meta({
    id: 'cloudtrail-multi-region-enabled',
    title: 'A multi-Region CloudTrail trail is logging',
    pillar: 'detection',
    service: 'cloudtrail',
    severity: 'high',
    resourceType: 'AWS::CloudTrail::Trail',
  }),
  meta({
    id: 'iam-root-mfa-enabled',
    title: 'The root user has MFA enabled',
    pillar: 'iam',
    service: 'iam',
    severity: 'critical',
    resourceType: 'AWS::IAM::User',
    references: { cis: { v5: '1.4', v3: '1.5' }, securityHub: { ids: ['IAM.9'], standard: 'fsbp-unconfirmed' }, docs: [] },
  }),
  meta({
    id: 'iam-password-policy-reuse',
    title: 'The password policy prevents password reuse',
    pillar: 'iam',
    service: 'iam',
    severity: 'low',
    resourceType: 'AWS::IAM::AccountPasswordPolicy',
  }),
  meta({
    id: 'iam-access-analyzer-enabled',
    title: 'IAM Access Analyzer is enabled',
    pillar: 'iam',
    service: 'iam',
    severity: 'informational',
    resourceType: 'AWS::AccessAnalyzer::Analyzer',
  }),
];

export const META: ReadonlyMap<string, CheckMeta> = new Map(CHECK_META.map((m) => [m.id, m]));

export const HOSTILE = {
  ansi: 'evil\u001b[31mRED\u001b[0m\u001b]0;pwned\u0007bucket',
  newline: 'two\nlines\r\nbucket',
  html: '<img src=x onerror=alert(1)>',
  long: `bucket-${'x'.repeat(300)}`,
  bidi: 'invoice\u202egnp.exe',
  c1: 'csi\u009b31mbucket',
  wide: '\u6570\u636e\u6876-\u{1f512}-bucket-\u4e2d\u6587\u540d\u79f0\u6570\u636e\u6876\u6570\u636e\u6876\u6570\u636e\u6876\u6570\u636e\u6876\u6570\u636e\u6876\u6570\u636e\u6876\u6570\u636e\u6876\u6570\u636e\u6876',
};

const denied: AwsErrorInfo = {
  code: 'AccessDenied',
  message: 'User is not authorized to perform: s3:GetBucketPolicy',
  service: 's3',
  operation: 'GetBucketPolicy',
  region: 'eu-west-1',
  action: 's3:GetBucketPolicy',
  kind: 'access-denied',
};

function finding(checkId: string, status: Finding['status'], region: string, id: string, arn: string, message: string, error?: AwsErrorInfo): Finding {
  const m = META.get(checkId)!;
  return {
    checkId,
    status,
    severity: m.severity,
    pillar: m.pillar,
    service: m.service,
    accountId: ACCOUNT,
    region,
    resourceType: m.resourceType,
    resourceId: id,
    resourceArn: arn,
    message,
    ...(error ? { error } : {}),
  };
}

const s3 = (name: string) => `arn:aws:s3:::${name}`;

export const FINDINGS: Finding[] = [
  finding('elbv2-listener-uses-tls', 'FAIL', 'eu-west-1', 'app/web/50dc6c495c0c9188/f2f7dc8efc522ab2', 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2', 'Listener app/web/50dc6c495c0c9188/f2f7dc8efc522ab2 on port 80 accepts plain HTTP and does not redirect to HTTPS.'),
  finding('elbv2-listener-uses-tls', 'PASS', 'us-east-1', 'app/api/1/2', 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/api/1/2', 'Listener app/api/1/2 uses HTTPS.'),
  finding('s3-bucket-denies-insecure-transport', 'FAIL', 'eu-west-1', HOSTILE.ansi, s3(HOSTILE.ansi), `Bucket ${HOSTILE.ansi} has no policy statement that denies requests over plain HTTP.`),
  finding('s3-bucket-denies-insecure-transport', 'FAIL', 'eu-west-1', HOSTILE.newline, s3(HOSTILE.newline), `Bucket ${HOSTILE.newline} has no policy.\nSecond line of the message.`),
  finding('s3-bucket-denies-insecure-transport', 'FAIL', 'us-east-1', HOSTILE.html, s3(HOSTILE.html), `Bucket ${HOSTILE.html} allows plain HTTP.`),
  finding('s3-bucket-denies-insecure-transport', 'FAIL', 'us-east-1', HOSTILE.long, s3(HOSTILE.long), `Bucket ${HOSTILE.long} allows plain HTTP.`),
  finding('s3-bucket-denies-insecure-transport', 'FAIL', 'us-east-1', HOSTILE.bidi, s3(HOSTILE.bidi), `Bucket ${HOSTILE.bidi} allows plain HTTP.`),
  finding('s3-bucket-denies-insecure-transport', 'FAIL', 'us-east-1', HOSTILE.c1, s3(HOSTILE.c1), `Bucket ${HOSTILE.c1} allows plain HTTP.`),
  finding('s3-bucket-denies-insecure-transport', 'FAIL', 'us-east-1', HOSTILE.wide, s3(HOSTILE.wide), `Bucket ${HOSTILE.wide} allows plain HTTP.`),
  finding('s3-bucket-denies-insecure-transport', 'ERROR', 'eu-west-1', 'locked-bucket', s3('locked-bucket'), 'Could not evaluate locked-bucket: access denied to s3:GetBucketPolicy in eu-west-1 (User is not authorized to perform: s3:GetBucketPolicy).', denied),
  finding('rds-instance-storage-encrypted', 'FAIL', 'us-east-1', 'orders-db', 'arn:aws:rds:us-east-1:123456789012:db:orders-db', 'DB instance orders-db does not encrypt its storage at rest.'),
  finding('rds-instance-storage-encrypted', 'PASS', 'us-east-1', 'users-db', 'arn:aws:rds:us-east-1:123456789012:db:users-db', 'DB instance users-db encrypts its storage.'),
  finding('ec2-sg-no-ssh-from-internet', 'FAIL', 'eu-west-1', 'sg-0123456789abcdef0', 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0123456789abcdef0', 'Security group sg-0123456789abcdef0 allows TCP port 22 from 0.0.0.0/0.'),
  finding('cloudtrail-multi-region-enabled', 'ERROR', 'global', ACCOUNT, 'arn:aws:cloudtrail::123456789012:*', 'Could not evaluate cloudtrail-multi-region-enabled in the account: access denied to cloudtrail:DescribeTrails in us-east-1 (not authorized).', { ...denied, service: 'cloudtrail', operation: 'DescribeTrails', action: 'cloudtrail:DescribeTrails', region: 'us-east-1' }),
  finding('iam-root-mfa-enabled', 'FAIL', 'global', '<root_account>', 'arn:aws:iam::123456789012:root', 'The root user has no MFA device.'),
  finding('iam-password-policy-reuse', 'FAIL', 'global', ACCOUNT, 'arn:aws:iam::123456789012:account-password-policy', 'The password policy does not prevent reuse of the last 24 passwords.'),
  finding('iam-access-analyzer-enabled', 'FAIL', 'us-east-1', 'us-east-1', '', 'No IAM Access Analyzer in us-east-1.'),
];

function summarise(checks: readonly CheckMeta[], findings: readonly Finding[]): CheckSummary[] {
  return checks.map((m) => {
    const mine = findings.filter((f) => f.checkId === m.id);
    const pass = mine.filter((f) => f.status === 'PASS').length;
    const fail = mine.filter((f) => f.status === 'FAIL').length;
    const error = mine.filter((f) => f.status === 'ERROR').length;
    const state = fail ? 'fail' : error ? 'error' : pass ? 'pass' : 'not-applicable';
    const summary: CheckSummary = { checkId: m.id, title: m.title, pillar: m.pillar, service: m.service, severity: m.severity, state, pass, fail, error };
    if (state === 'not-applicable') summary.note = `No ${m.resourceType} in scope in eu-west-1, us-east-1.`;
    return summary;
  });
}

export function makeReport(overrides: Partial<ScanReport> = {}): ScanReport {
  const findings = overrides.findings ?? FINDINGS;
  return {
    tool: { name: 'aws-posture', version: '0.1.0' },
    account: { id: ACCOUNT, principalArn: 'arn:aws:iam::123456789012:user/auditor', partition: 'aws' },
    regions: ['eu-west-1', 'us-east-1'],
    startedAt: '2026-11-01T12:00:00.000Z',
    finishedAt: '2026-11-01T12:01:05.000Z',
    source: 'aws',
    checks: summarise(CHECK_META, findings),
    findings,
    notes: ['Region ap-east-1 was skipped: \u001b[2Jnot enabled.'],
    ...overrides,
  };
}

/** `n` FAIL findings with the given severity, for limit tests. */
export function manyFailures(n: number, severity: Severity, checkId: string): Finding[] {
  const m = META.get(checkId)!;
  return Array.from({ length: n }, (_, i) => ({
    checkId,
    status: 'FAIL' as const,
    severity,
    pillar: m.pillar,
    service: m.service,
    accountId: ACCOUNT,
    region: 'us-east-1',
    resourceType: m.resourceType,
    resourceId: `r-${severity}-${i}`,
    resourceArn: `arn:aws:${m.service}:us-east-1:${ACCOUNT}:r/${severity}-${i}`,
    message: `Resource r-${severity}-${i} fails.`,
  }));
}

/** A compliance view as `--framework cis` adds it, by hand. */
export const COMPLIANCE: ComplianceView = {
  framework: 'cis',
  name: 'CIS AWS Foundations Benchmark v5.0.0',
  controls: [
    { id: '1.4', title: 'The root user has MFA enabled', mode: 'automated', checks: ['iam-root-mfa-enabled'], status: 'fail', pass: 0, fail: 1, error: 0 },
    { id: '1.5', title: 'The root user has hardware MFA', mode: 'manual', checks: [], reason: 'Needs the MFA device type.', status: 'manual', pass: 0, fail: 0, error: 0 },
    { id: '2.1.1', title: 'S3 buckets deny requests that do not use TLS', mode: 'automated', checks: ['s3-bucket-denies-insecure-transport'], status: 'fail', pass: 0, fail: 7, error: 1 },
    { id: '2.2.1', title: 'RDS DB instances encrypt their storage at rest', mode: 'automated', checks: ['rds-instance-storage-encrypted'], status: 'fail', pass: 1, fail: 1, error: 0 },
    { id: '3.1', title: 'A multi-Region CloudTrail trail is logging', mode: 'automated', checks: ['cloudtrail-multi-region-enabled'], status: 'error', pass: 0, fail: 0, error: 1 },
    { id: '3.9', title: 'AWS Config is enabled in all regions', mode: 'not-covered', checks: [], reason: 'AWS Config is out of scope.', status: 'not-covered', pass: 0, fail: 0, error: 0 },
    { id: '5.2', title: 'No security group allows SSH from the internet', mode: 'automated', checks: ['ec2-sg-no-ssh-from-internet'], status: 'pass', pass: 3, fail: 0, error: 0 },
  ],
};

/** A suppression whose reason is hostile too: it comes from a config file, but reporters treat it as data. */
export const SUPPRESSION = {
  reason: 'Public website bucket <b>reviewed</b> by @security-team in #142 | see wiki',
  expires: '2027-01-31',
  source: '.aws-posture.yml suppressions[0]',
};

/**
 * The fixture with suppressions, as `applySuppressions` leaves it: the HTML-named bucket's FAIL and the
 * locked bucket's ERROR accepted; a PASS carrying one by mistake must still count as a PASS.
 */
export function suppressedReport(): ScanReport {
  const findings = FINDINGS.map((f): Finding => {
    if (f.resourceId === HOSTILE.html || f.resourceId === 'locked-bucket') return { ...f, suppression: { ...SUPPRESSION } };
    if (f.resourceId === 'users-db') return { ...f, suppression: { reason: 'ignored on a PASS', source: 'x' } };
    return f;
  });
  return makeReport({ findings });
}

/** The fixture compared with a baseline: two FAILs are new, one earlier FAIL is fixed. */
export function baselineReport(): ScanReport {
  const isNew = (f: Finding) => f.checkId === 'ec2-sg-no-ssh-from-internet' || f.resourceId === 'orders-db';
  const findings = FINDINGS.map((f): Finding => ({ ...f, baseline: isNew(f) ? 'new' : 'unchanged' }));
  const fixed: Finding = {
    ...FINDINGS.find((f) => f.resourceId === 'orders-db')!,
    resourceId: 'old-db',
    resourceArn: 'arn:aws:rds:us-east-1:123456789012:db:old-db',
    message: 'DB instance old-db does not encrypt its storage at rest.',
  };
  return makeReport({ findings, baseline: { source: 'baseline.json', startedAt: '2026-10-01T12:00:00.000Z', fixed: [fixed] } });
}
