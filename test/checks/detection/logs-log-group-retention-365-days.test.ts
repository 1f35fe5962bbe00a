import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/logs-log-group-retention-365-days.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { logGroup } from '../../fixtures/logs.js';

const judge = (...groups: ReturnType<typeof logGroup>[]) => evaluate(check, { 'logs.logGroups': groups });

describe('logs-log-group-retention-365-days', () => {
  it('passes a log group without a retention setting: its data never expires', () => {
    const findings = judge(logGroup('aws-cloudtrail-logs'));
    expect(verdicts(findings)).toEqual([['PASS', 'aws-cloudtrail-logs']]);
    expect(findings[0]!.message).toBe('Log group aws-cloudtrail-logs keeps its data forever (no retention setting).');
  });

  it('passes 365 days and more', () => {
    expect(verdicts(judge(logGroup('a', { retentionInDays: 365 }), logGroup('b', { retentionInDays: 3653 })))).toEqual([
      ['PASS', 'a'],
      ['PASS', 'b'],
    ]);
  });

  it('fails a shorter retention, naming it', () => {
    const findings = judge(logGroup('/aws/lambda/thumbnailer', { retentionInDays: 14 }));
    expect(verdicts(findings)).toEqual([['FAIL', '/aws/lambda/thumbnailer']]);
    expect(findings[0]!.message).toBe('Log group /aws/lambda/thumbnailer (created by an AWS service, prefix /aws/lambda/) keeps its data for only 14 days (less than 365).');
  });

  it('near miss: 180 days, half the minimum', () => {
    expect(judge(logGroup('vpc-flow-logs', { retentionInDays: 180 })).map((f) => f.status)).toEqual(['FAIL']);
  });

  it('reports ERROR for a retention that is not a number, and for the region when the listing fails', async () => {
    const odd = judge(logGroup('odd', { retentionInDays: 'forever' as unknown as number }));
    expect(odd.map((f) => f.status)).toEqual(['ERROR']);
    const findings = await run(check, { 'logs.logGroups': awsError('AccessDeniedException', 'logs:DescribeLogGroups') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
