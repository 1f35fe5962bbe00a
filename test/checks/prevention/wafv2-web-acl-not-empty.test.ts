import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/wafv2-web-acl-not-empty.js';
import { awsError, evaluate, failed, run, verdicts } from '../../helpers/check-harness.js';
import { CLOUDFRONT, REGIONAL, associations, customRule, entry, listing, managedRule, webAcl, webAclArn } from '../../fixtures/wafv2.js';

const G = { region: 'global' };
const judge = (acl: ReturnType<typeof webAcl>, place = REGIONAL(), assoc = {}) =>
  evaluate(check, { 'wafv2.webAcls': [listing([entry(acl, place)], place)], 'wafv2.webAclAssociations': associations(assoc) }, G);

describe('wafv2-web-acl-not-empty', () => {
  it('passes a web ACL with rules', () => {
    const findings = judge(webAcl('api-acl', [managedRule('crs', 'AWSManagedRulesCommonRuleSet'), customRule('geo')]), REGIONAL(), { [webAclArn('api-acl')]: { resources: { API_GATEWAY: ['arn:stage'] } } });
    expect(verdicts(findings)).toEqual([['PASS', 'api-acl']]);
    expect(findings[0]!.message).toBe('Web ACL api-acl (regional, us-east-1), which protects 1 API Gateway stage, has 2 rules.');
  });

  it('fails a web ACL without rules, with the CloudFront scope in region global', () => {
    const findings = judge(webAcl('edge-acl', [], CLOUDFRONT), CLOUDFRONT, { [webAclArn('edge-acl', CLOUDFRONT)]: { resources: { CLOUDFRONT_DISTRIBUTION: ['arn:d1'] } } });
    expect(findings.map((f) => [f.status, f.region])).toEqual([['FAIL', 'global']]);
    expect(findings[0]!.message).toBe('Web ACL edge-acl (CloudFront scope), which protects 1 CloudFront distribution, has no rule and no rule group: only its default action (Allow) applies.');
  });

  it('near miss: a web ACL whose only rule counts is not empty', () => {
    expect(verdicts(judge(webAcl('count-acl', [customRule('observe', true, 'Count')])))).toEqual([['PASS', 'count-acl']]);
  });

  it('near miss: a Firewall Manager rule group alone makes it not empty', () => {
    const fms = webAcl('fms-acl', [], REGIONAL(), {
      PostProcessFirewallManagerRuleGroups: [{ Name: 'POSTFMManaged', Priority: 0, FirewallManagerStatement: { RuleGroupReferenceStatement: { ARN: 'arn:aws:wafv2:us-east-1:111122223333:regional/rulegroup/org/1' } }, OverrideAction: { None: {} }, VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: 'org' } }],
    });
    expect(judge(fms)[0]!.message).toContain('has 1 Firewall Manager rule group');
  });

  it('reports ERROR for a web ACL that could not be read and when nothing could be listed', async () => {
    const acl = webAcl('hidden', []);
    const findings = evaluate(check, { 'wafv2.webAcls': [listing([entry(acl, REGIONAL(), failed(awsError('AccessDeniedException', 'wafv2:GetWebACL')))])], 'wafv2.webAclAssociations': {} }, G);
    expect(verdicts(findings)).toEqual([['ERROR', 'hidden']]);
    const whole = await run(check, { 'wafv2.webAcls': awsError('AccessDeniedException', 'wafv2:ListWebACLs'), 'wafv2.webAclAssociations': {} });
    expect(whole.map((f) => f.status)).toEqual(['ERROR']);
  });
});
