import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/apigateway-rest-stage-waf-attached.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { perRestApi, restApi, restStage } from '../../fixtures/apigateway.js';

const api = restApi('a1b2c3d4e5', 'orders-api');
const ACL = 'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/api-protection/0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e';

describe('apigateway-rest-stage-waf-attached', () => {
  it('passes a stage with a WAFv2 web ACL and fails one without', () => {
    const findings = evaluate(check, { 'apigateway.restStages': perRestApi([[api, ok([restStage('prod', { webAclArn: ACL }), restStage('dev')])]]) });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'a1b2c3d4e5/prod'],
      ['FAIL', 'a1b2c3d4e5/dev'],
    ]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:apigateway:us-east-1::/restapis/a1b2c3d4e5/stages/prod');
    expect(findings[0]!.message).toBe(`Stage prod of REST API orders-api (a1b2c3d4e5) is associated with the web ACL ${ACL}.`);
    expect(findings[1]!.message).toBe('Stage dev of REST API orders-api (a1b2c3d4e5) has no AWS WAF web ACL associated, so requests reach the API unfiltered.');
  });

  it('near miss: a WAF Classic regional web ACL passes, with the end-of-support note', () => {
    const classic = 'arn:aws:waf-regional:us-east-1:123456789012:webacl/6f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f';
    const findings = evaluate(check, { 'apigateway.restStages': perRestApi([[api, ok([restStage('prod', { webAclArn: classic })])]]) });
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('WAF Classic reached end of support on 30 September 2025');
  });

  it('near miss: an empty webAclArn is no web ACL', () => {
    const findings = evaluate(check, { 'apigateway.restStages': perRestApi([[api, ok([restStage('prod', { webAclArn: '' })])]]) });
    expect(findings[0]!.status).toBe('FAIL');
  });

  it('is an ERROR for an API whose stages cannot be read, and for the region when the listing fails', async () => {
    const findings = evaluate(check, { 'apigateway.restStages': perRestApi([[api, failed(awsError('AccessDeniedException', 'apigateway:GET'))]]) });
    expect(verdicts(findings)).toEqual([['ERROR', 'a1b2c3d4e5']]);
    const region = await run(check, { 'apigateway.restStages': awsError('AccessDeniedException', 'apigateway:GET') });
    expect(region.map((f) => f.status)).toEqual(['ERROR']);
  });
});
