import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/cloudtrail-bucket-access-logging-enabled.js';
import type { TrailBucketLogging } from '../../../src/data/datasets/cloudtrail.js';
import type { Fetched } from '../../../src/data/dataset.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { perTrail, trail } from '../../fixtures/cloudtrail.js';

const global = { region: 'global' };
const withLogging = (t: ReturnType<typeof trail>, result: Fetched<TrailBucketLogging>) => ({ 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': [t], 'cloudtrail.bucketLogging': [perTrail(t, result)] });

describe('cloudtrail-bucket-access-logging-enabled', () => {
  it('passes a trail whose bucket logs its access', () => {
    const t = trail('org-audit');
    const value = { bucket: 'acme-cloudtrail-logs', exists: true, logging: { TargetBucket: 'acme-s3-access-logs', TargetPrefix: 'acme-cloudtrail-logs/' } };
    const findings = evaluate(check, withLogging(t, ok(value)), global);
    expect(verdicts(findings)).toEqual([['PASS', 'org-audit']]);
    expect(findings[0]!.message).toBe(
      'Multi-Region trail org-audit (home us-east-1) delivers to bucket acme-cloudtrail-logs, which logs its access to bucket acme-s3-access-logs under acme-cloudtrail-logs/.',
    );
  });

  it('fails a trail whose bucket has no LoggingEnabled', () => {
    const findings = evaluate(check, withLogging(trail('legacy'), ok({ bucket: 'acme-cloudtrail-logs', exists: true })), global);
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy']]);
    expect(findings[0]!.message).toContain('which does not have server access logging enabled');
  });

  it('near miss: a bucket in a log-archive account that cannot be read is ERROR naming the bucket', () => {
    const t = trail('org-trail', { S3BucketName: 'acme-log-archive-cloudtrail' });
    const findings = evaluate(check, withLogging(t, failed(awsError('AccessDenied', 's3:GetBucketLogging'))), global);
    expect(verdicts(findings)).toEqual([['ERROR', 'org-trail']]);
    expect(findings[0]!.message).toContain('Could not evaluate bucket acme-log-archive-cloudtrail of trail org-trail: access denied to s3:GetBucketLogging');
  });

  it('near miss: a trail delivering to a bucket that no longer exists fails', () => {
    const findings = evaluate(check, withLogging(trail('orphan'), ok({ bucket: 'acme-old-trail-bucket', exists: false })), global);
    expect(verdicts(findings)).toEqual([['FAIL', 'orphan']]);
    expect(findings[0]!.message).toContain('acme-old-trail-bucket, which does not exist');
  });

  it('reports ERROR when the trails cannot be listed', async () => {
    const findings = await run(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': awsError('AccessDeniedException', 'cloudtrail:DescribeTrails'), 'cloudtrail.bucketLogging': [] });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

describe('cloudtrail-bucket-access-logging-enabled on partial answers', () => {
  it('reports ERROR, not FAIL, for a trail whose answer leaves out its S3 bucket', () => {
    const bare = trail('bare', { S3BucketName: undefined });
    const findings = evaluate(check, { 'cloudtrail.unlistedRegions': [], 'cloudtrail.trails': [bare], 'cloudtrail.bucketLogging': [] }, { region: 'global' });
    expect(verdicts(findings)).toEqual([['ERROR', 'bare']]);
    expect(findings[0]!.message).toBe('Multi-Region trail bare (home us-east-1) reports no S3 bucket, so whether its log bucket records access is unknown.');
  });
});
