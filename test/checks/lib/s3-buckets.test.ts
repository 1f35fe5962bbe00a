import { describe, expect, it } from 'vitest';
import { checkContext } from '../../../src/checks/define.js';
import { joinBuckets, judgeBuckets } from '../../../src/checks/lib/s3-buckets.js';
import { ACCOUNT, awsError, failed, NOW, ok } from '../../helpers/check-harness.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'eu-west-1' });
const meta = { id: 's3-test', title: 't', pillar: 'rest', service: 's3', severity: 'low', resourceType: 'AWS::S3::Bucket', description: '', risk: '', remediation: { text: '' }, references: { docs: [] } } as const;
const ctx = checkContext(meta, { region: 'us-east-1', regions: ['us-east-1', 'eu-west-1'], homeRegion: 'us-east-1', account: ACCOUNT, now: NOW }, 'global');

describe('joinBuckets', () => {
  it('lines reads up by bucket name and drops a bucket missing from one read (deleted meanwhile)', () => {
    const joined = joinBuckets({
      a: [{ bucket: bucket('one'), result: ok(1) }, { bucket: bucket('two'), result: ok(2) }],
      b: [{ bucket: bucket('two'), result: ok('x') }],
    });
    expect(joined).toEqual([{ bucket: bucket('two'), results: { a: ok(2), b: ok('x') } }]);
  });
});

describe('judgeBuckets', () => {
  it('gives the verdict when every read succeeded, ERROR naming the failed read otherwise', () => {
    const findings = judgeBuckets(
      ctx,
      {
        a: [{ bucket: bucket('fine'), result: ok(1) }, { bucket: bucket('denied'), result: ok(1) }],
        b: [{ bucket: bucket('fine'), result: ok(2) }, { bucket: bucket('denied'), result: failed<number>(awsError('AccessDenied', 's3:GetBucketAcl')) }],
      },
      (b, { a, b: second }) => ctx.pass({ id: b.name, arn: b.arn, region: b.region }, `sum ${a + second}`),
    );
    expect(findings.map((f) => [f.status, f.resourceId, f.region])).toEqual([
      ['PASS', 'fine', 'eu-west-1'],
      ['ERROR', 'denied', 'eu-west-1'],
    ]);
    expect(findings[0]!.message).toBe('sum 3');
    expect(findings[1]!.message).toContain('Could not evaluate bucket denied');
  });

  it('reports ERROR with the location error for a bucket whose region is unknown', () => {
    const lost = { ...bucket('lost'), locationError: awsError('AccessDenied', 's3:GetBucketLocation') };
    const findings = judgeBuckets(ctx, { a: [{ bucket: lost, result: ok(1) }] }, () => {
      throw new Error('not reached');
    });
    expect(findings.map((f) => [f.status, f.error?.action])).toEqual([['ERROR', 's3:GetBucketLocation']]);
  });
});

describe('judgeBucket', () => {
  it('turns an answer of unexpected shape into an ERROR for that bucket only, not a failed check', () => {
    const findings = judgeBuckets(
      ctx,
      { a: [{ bucket: bucket('odd'), result: ok<unknown>(null) }, { bucket: bucket('fine'), result: ok<unknown>({ Status: 'Enabled' }) }] },
      (b, { a }) => ctx.pass({ id: b.name, arn: b.arn, region: b.region }, `status ${(a as { Status: string }).Status.toLowerCase()}`),
    );
    expect(findings.map((f) => [f.status, f.resourceId])).toEqual([
      ['ERROR', 'odd'],
      ['PASS', 'fine'],
    ]);
    expect(findings[0]!.message).toMatch(/^Could not evaluate bucket odd: S3 returned data of an unexpected shape \(.+\)\.$/);
  });
});
