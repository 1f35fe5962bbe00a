import { describe, expect, it } from 'vitest';
import type { Finding, ScanReport } from '../../src/model.js';
import { applySuppressions, withoutSuppressed } from '../../src/suppress/apply.js';
import { parseConfig } from '../../src/suppress/config.js';

const finding = (over: Partial<Finding>): Finding => ({
  checkId: 's3-bucket-versioning-enabled',
  status: 'FAIL',
  severity: 'low',
  pillar: 'rest',
  service: 's3',
  accountId: '123456789012',
  region: 'eu-west-1',
  resourceType: 'AWS::S3::Bucket',
  resourceId: 'acme-logs-eu',
  resourceArn: 'arn:aws:s3:::acme-logs-eu',
  message: 'Bucket acme-logs-eu does not keep object versions.',
  ...over,
});

const report = (findings: Finding[]): ScanReport => ({
  tool: { name: 'aws-posture', version: '0.1.0' },
  account: { id: '123456789012', principalArn: 'arn:aws:iam::123456789012:user/auditor', partition: 'aws' },
  regions: ['eu-west-1', 'us-east-1'],
  startedAt: '2026-11-01T12:00:00.000Z',
  finishedAt: '2026-11-01T12:01:00.000Z',
  source: 'inventory',
  checks: [],
  findings,
  notes: [],
});

const KNOWN = ['s3-bucket-versioning-enabled', 'rds-instance-storage-encrypted'];
const rules = (yaml: string) => parseConfig(yaml, '.aws-posture.yml', KNOWN).suppressions;
const NOW = new Date('2026-11-01T12:00:00Z');

describe('applying suppressions', () => {
  it('marks a matching FAIL with the reason and where it was declared, and keeps it in the report', () => {
    const r = rules('suppressions:\n  - check: s3-bucket-versioning-enabled\n    resource: arn:aws:s3:::acme-logs-*\n    reason: Write-once logs\n    expires: 2026-12-31\n');
    const out = applySuppressions(report([finding({}), finding({ resourceId: 'acme-web', resourceArn: 'arn:aws:s3:::acme-web' })]), r, NOW);
    expect(out.report.findings.map((f) => f.suppression)).toEqual([
      { reason: 'Write-once logs', expires: '2026-12-31', source: '.aws-posture.yml suppressions[0]' },
      undefined,
    ]);
    expect(out.applied.get(0)).toBe(1);
    expect(withoutSuppressed(out.report).findings.map((f) => f.resourceId)).toEqual(['acme-web']);
  });

  it('matches a resource by id as well as by ARN, and every field given must match', () => {
    const r = rules(
      "suppressions:\n  - resource: acme-logs-eu\n    region: eu-west-1\n    account: '1234567890*'\n    reason: by id\n  - resource: arn:aws:s3:::acme-logs-eu\n    region: us-east-1\n    reason: wrong region\n",
    );
    const out = applySuppressions(report([finding({}), finding({ region: 'us-east-1', accountId: '999999999999' })]), r, NOW);
    expect(out.report.findings.map((f) => f.suppression?.reason)).toEqual(['by id', 'wrong region']);
  });

  it('uses the first matching entry of the file', () => {
    const r = rules('suppressions:\n  - check: s3-*\n    reason: first\n  - check: s3-bucket-versioning-enabled\n    reason: second\n');
    expect(applySuppressions(report([finding({})]), r, NOW).report.findings[0]!.suppression?.reason).toBe('first');
  });

  it('suppresses ERROR results too, but never touches a PASS', () => {
    const r = rules('suppressions:\n  - check: s3-bucket-versioning-enabled\n    reason: known gap\n');
    const out = applySuppressions(report([finding({ status: 'ERROR' }), finding({ status: 'PASS' })]), r, NOW);
    expect(out.report.findings.map((f) => f.suppression?.reason)).toEqual(['known gap', undefined]);
  });

  it('applies through its expiry day (UTC) and not after, and reports the expired entries', () => {
    const r = rules('suppressions:\n  - check: s3-bucket-versioning-enabled\n    reason: until today\n    expires: 2026-11-01\n  - check: rds-instance-storage-encrypted\n    reason: lapsed\n    expires: 2026-10-31\n');
    const findings = [finding({}), finding({ checkId: 'rds-instance-storage-encrypted' })];
    const out = applySuppressions(report(findings), r, NOW);
    expect(out.report.findings.map((f) => f.suppression?.reason)).toEqual(['until today', undefined]);
    expect(out.expired.map((e) => e.index)).toEqual([1]);
    const nextDay = applySuppressions(report(findings), r, new Date('2026-11-02T00:00:00Z'));
    expect(nextDay.report.findings.every((f) => f.suppression === undefined)).toBe(true);
  });

  it('near miss: a resource pattern does not match the empty ARN of a resource AWS gave none for', () => {
    const r = rules("suppressions:\n  - resource: '*'\n    check: s3-bucket-versioning-enabled\n    reason: any\n");
    const out = applySuppressions(report([finding({ resourceArn: '', resourceId: '' })]), r, NOW);
    expect(out.report.findings[0]!.suppression).toBeUndefined();
  });
});
