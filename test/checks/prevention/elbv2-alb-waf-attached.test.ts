import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/elbv2-alb-waf-attached.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { loadBalancer } from '../../fixtures/elbv2.js';

const web = loadBalancer('prod-web');
const admin = loadBalancer('admin', 'application', { Scheme: 'internal' });
const nlb = loadBalancer('tcp-ingest', 'network');
const none = { protectedBy: {}, unread: [] };

describe('elbv2-alb-waf-attached', () => {
  it('passes an ALB that a regional web ACL protects, naming the web ACL', () => {
    const findings = evaluate(check, { 'elbv2.loadBalancers': [web], 'wafv2.albProtection': { protectedBy: { [web.LoadBalancerArn!]: ['api-acl'] }, unread: [] } });
    expect(verdicts(findings)).toEqual([['PASS', 'prod-web']]);
    expect(findings[0]!.message).toBe('Application Load Balancer prod-web is protected by AWS WAF web ACL api-acl.');
  });

  it('fails an ALB no web ACL protects, and says "internal" for an internal one', () => {
    const findings = evaluate(check, { 'elbv2.loadBalancers': [web, admin], 'wafv2.albProtection': none });
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'prod-web'],
      ['FAIL', 'admin'],
    ]);
    expect(findings[1]!.message).toBe('Internal Application Load Balancer admin is not associated with any AWS WAF web ACL.');
  });

  it('near miss: NLBs cannot carry a web ACL and are not evaluated', () => {
    expect(evaluate(check, { 'elbv2.loadBalancers': [nlb], 'wafv2.albProtection': none })).toEqual([]);
  });

  it('near miss: a web ACL protecting another ALB does not protect this one', () => {
    const findings = evaluate(check, { 'elbv2.loadBalancers': [web], 'wafv2.albProtection': { protectedBy: { [admin.LoadBalancerArn!]: ['admin-acl'] }, unread: [] } });
    expect(verdicts(findings)).toEqual([['FAIL', 'prod-web']]);
  });

  it('reports ERROR, not FAIL, for an unprotected-looking ALB when a web ACL’s ALBs could not be listed, and still passes a protected one', () => {
    const protection = { protectedBy: { [admin.LoadBalancerArn!]: ['admin-acl'] }, unread: [{ webAcl: 'api-acl', error: awsError('AccessDeniedException', 'wafv2:ListResourcesForWebACL') }] };
    const findings = evaluate(check, { 'elbv2.loadBalancers': [web, admin], 'wafv2.albProtection': protection });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'prod-web'],
      ['PASS', 'admin'],
    ]);
    expect(findings[0]!.message).toContain('web ACL api-acl');
    expect(findings[0]!.error?.action).toBe('wafv2:ListResourcesForWebACL');
  });

  it('reports ERROR for an ALB whose web ACL could not be asked directly, where ListResourcesForWebACL is not offered', () => {
    const protection = { protectedBy: {}, unread: [], unreadAlbs: { [web.LoadBalancerArn!]: awsError('AccessDeniedException', 'wafv2:GetWebACLForResource') } };
    const findings = evaluate(check, { 'elbv2.loadBalancers': [web, admin], 'wafv2.albProtection': protection });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'prod-web'],
      ['FAIL', 'admin'],
    ]);
  });

  it('reports ERROR when the web ACLs of the region cannot be listed', async () => {
    const findings = await run(check, { 'elbv2.loadBalancers': [web], 'wafv2.albProtection': awsError('AccessDeniedException', 'wafv2:ListWebACLs') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
