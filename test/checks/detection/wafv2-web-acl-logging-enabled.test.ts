import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/wafv2-web-acl-logging-enabled.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { CLOUDFRONT, associations, entry, listing, webAcl, webAclArn } from '../../fixtures/wafv2.js';

const G = { region: 'global' };
const acl = webAcl('edge-acl', [], CLOUDFRONT);
const judge = (logging: unknown) =>
  evaluate(check, { 'wafv2.webAcls': [listing([entry(acl, CLOUDFRONT)], CLOUDFRONT)], 'wafv2.webAclLogging': { [webAclArn('edge-acl', CLOUDFRONT)]: logging }, 'wafv2.webAclAssociations': associations({ [webAclArn('edge-acl', CLOUDFRONT)]: { resources: { CLOUDFRONT_DISTRIBUTION: ['arn:d'] } } }) }, G);

describe('wafv2-web-acl-logging-enabled', () => {
  it('passes a web ACL logging to CloudWatch Logs, naming the destination', () => {
    const findings = judge(ok({ LogDestinationConfigs: ['arn:aws:logs:us-east-1:123456789012:log-group:aws-waf-logs-edge'] }));
    expect(findings.map((f) => [f.status, f.resourceId, f.region])).toEqual([['PASS', 'edge-acl', 'global']]);
    expect(findings[0]!.message).toBe('Web ACL edge-acl (CloudFront scope), which protects 1 CloudFront distribution, logs requests to CloudWatch Logs log group aws-waf-logs-edge.');
  });

  it('fails a web ACL without a logging configuration (WAFNonexistentItemException)', () => {
    const findings = judge(ok(null));
    expect(verdicts(findings)).toEqual([['FAIL', 'edge-acl']]);
    expect(findings[0]!.message).toContain('has no logging configuration');
  });

  it('near miss: a logging filter that drops every request still passes, and the message says nothing is logged', () => {
    const findings = judge(ok({ LogDestinationConfigs: ['arn:aws:firehose:us-east-1:123456789012:deliverystream/aws-waf-logs-edge'], LoggingFilter: { DefaultBehavior: 'DROP', Filters: [] } }));
    expect(verdicts(findings)).toEqual([['PASS', 'edge-acl']]);
    expect(findings[0]!.message).toContain('Firehose stream aws-waf-logs-edge; its logging filter drops every request');
  });

  it('reports ERROR when the logging configuration cannot be read, and when the web ACLs cannot be listed', async () => {
    expect(verdicts(judge(failed(awsError('AccessDeniedException', 'wafv2:GetLoggingConfiguration'))))).toEqual([['ERROR', 'edge-acl']]);
    const findings = await run(check, { 'wafv2.webAcls': awsError('AccessDeniedException', 'wafv2:ListWebACLs'), 'wafv2.webAclLogging': {}, 'wafv2.webAclAssociations': {} });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
