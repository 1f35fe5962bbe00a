import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/cloudfront-access-logging-enabled.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { distribution, distributionArn } from '../../fixtures/cloudfront.js';

const G = { region: 'global' };
const d1 = distribution('E1');
const legacyOn = { Logging: { Enabled: true, IncludeCookies: false, Bucket: 'acme-cf-logs.s3.amazonaws.com', Prefix: 'shop/' }, DefaultRootObject: 'index.html' };
const legacyOff = { Logging: { Enabled: false, IncludeCookies: false, Bucket: '', Prefix: '' }, DefaultRootObject: 'index.html' };
const noV2 = ok({ sources: [], deliveries: [] });
const v2For = (id: string, withDelivery = true) =>
  ok({
    sources: [{ name: `cf-${id}`, service: 'cloudfront', logType: 'ACCESS_LOGS', resourceArns: [distributionArn(id)] }],
    deliveries: withDelivery ? [{ id: 'dlv1', deliverySourceName: `cf-${id}`, deliveryDestinationType: 'CWL', deliveryDestinationArn: 'arn:aws:logs:us-east-1:123456789012:delivery-destination:cf-logs' }] : [],
  });
const judge = (setting: unknown, deliveries: unknown, d = d1) =>
  evaluate(check, { 'cloudfront.distributions': [d], 'cloudfront.distributionSettings': [{ distribution: d, result: setting }], 'cloudfront.logDeliveries': deliveries }, G);

describe('cloudfront-access-logging-enabled', () => {
  it('passes legacy standard logging, naming the bucket', () => {
    const findings = judge(ok(legacyOn), noV2);
    expect(verdicts(findings)).toEqual([['PASS', 'E1']]);
    expect(findings[0]!.message).toBe('CloudFront distribution E1 (e1.example.com) logs requests with standard logging (legacy) to acme-cf-logs.s3.amazonaws.com under shop/.');
  });

  it('passes standard logging v2 only, saying CloudFront.5 reports it as failed', () => {
    const findings = judge(ok(legacyOff), v2For('E1'));
    expect(verdicts(findings)).toEqual([['PASS', 'E1']]);
    expect(findings[0]!.message).toContain('only through standard logging v2 (delivery source cf-E1 with a delivery)');
    expect(findings[0]!.message).toContain("CloudFront.5 recognises only legacy standard logging");
  });

  it('fails with both kinds off', () => {
    const findings = judge(ok(legacyOff), noV2);
    expect(verdicts(findings)).toEqual([['FAIL', 'E1']]);
  });

  it('near miss: a v2 delivery source without a delivery does not log, and it is named', () => {
    const findings = judge(ok(legacyOff), v2For('E1', false));
    expect(verdicts(findings)).toEqual([['FAIL', 'E1']]);
    expect(findings[0]!.message).toContain('Delivery source cf-E1 exists for it but has no delivery.');
  });

  it('near miss: a v2 delivery for another distribution does not count', () => {
    expect(verdicts(judge(ok(legacyOff), v2For('E2')))).toEqual([['FAIL', 'E1']]);
  });

  it('near miss: real-time logs are named but do not pass', () => {
    const d = distribution('E1', { DefaultCacheBehavior: { ...d1.DefaultCacheBehavior!, RealtimeLogConfigArn: 'arn:aws:cloudfront::123456789012:realtime-log-config/kinesis-sampled' } });
    const findings = judge(ok({ DefaultRootObject: '' }), noV2, d);
    expect(verdicts(findings)).toEqual([['FAIL', 'E1']]);
    expect(findings[0]!.message).toContain('Real-time logs (kinesis-sampled) are configured');
  });

  it('reports ERROR when logging is off but one of the two reads failed, and PASS when the other read shows logging', () => {
    const denied = failed(awsError('AccessDenied', 'cloudfront:GetDistributionConfig'));
    expect(verdicts(judge(denied, noV2))).toEqual([['ERROR', 'E1']]);
    expect(verdicts(judge(denied, v2For('E1')))).toEqual([['PASS', 'E1']]);
    const logsDenied = failed(awsError('AccessDeniedException', 'logs:DescribeDeliverySources'));
    expect(verdicts(judge(ok(legacyOff), logsDenied))).toEqual([['ERROR', 'E1']]);
    expect(verdicts(judge(ok(legacyOn), logsDenied))).toEqual([['PASS', 'E1']]);
  });

  it('drops a distribution deleted before its configuration was read', () => {
    expect(evaluate(check, { 'cloudfront.distributions': [d1], 'cloudfront.distributionSettings': [], 'cloudfront.logDeliveries': noV2 }, G)).toEqual([]);
  });

  it('reports ERROR when the distributions cannot be listed', async () => {
    const findings = await run(check, { 'cloudfront.distributions': awsError('AccessDenied', 'cloudfront:ListDistributions'), 'cloudfront.distributionSettings': [], 'cloudfront.logDeliveries': noV2 });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
