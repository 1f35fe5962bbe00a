import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/s3-bucket-server-access-logging-enabled.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import type { Fetched } from '../../../src/data/dataset.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'eu-west-1' });
const judge = (name: string, result: Fetched<object | null>) => evaluate(check, { 's3.bucketLogging': [{ bucket: bucket(name), result }] }, { region: 'global' });

describe('s3-bucket-server-access-logging-enabled', () => {
  it('passes a bucket with LoggingEnabled, naming the target', () => {
    const findings = judge('acme-web', ok({ TargetBucket: 'acme-logs-prod', TargetPrefix: 's3/acme-web/' }));
    expect(verdicts(findings)).toEqual([['PASS', 'acme-web']]);
    expect(findings[0]!.message).toBe('Bucket acme-web delivers server access logs to acme-logs-prod/s3/acme-web/.');
    expect(findings[0]!.region).toBe('eu-west-1');
  });

  it('fails a bucket without LoggingEnabled', () => {
    const findings = judge('acme-scratch', ok(null));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-scratch']]);
    expect(findings[0]!.message).toBe('Bucket acme-scratch does not have server access logging enabled.');
  });

  it('near miss: the log target bucket itself is evaluated like any other (no exemption)', () => {
    const findings = evaluate(
      check,
      { 's3.bucketLogging': [{ bucket: bucket('acme-logs-prod'), result: ok(null) }, { bucket: bucket('acme-web'), result: ok({ TargetBucket: 'acme-logs-prod', TargetPrefix: '' }) }] },
      { region: 'global' },
    );
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'acme-logs-prod'],
      ['PASS', 'acme-web'],
    ]);
  });

  it('reports ERROR when logging cannot be read', () => {
    const findings = judge('acme-locked', failed(awsError('AccessDenied', 's3:GetBucketLogging')));
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-locked']]);
    expect(findings[0]!.message).toContain('s3:GetBucketLogging');
  });

  it('reports ERROR when the buckets cannot be listed', async () => {
    const findings = await run(check, { 's3.bucketLogging': awsError('AccessDenied', 's3:ListBuckets') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });

  it('reports ERROR, not PASS, for a LoggingEnabled without a target bucket (malformed answer)', () => {
    const findings = judge('acme-emulated', ok({}));
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-emulated']]);
    expect(findings[0]!.message).toBe('Could not evaluate bucket acme-emulated: its logging configuration names no target bucket, so where its access logs go is unknown.');
  });
});
