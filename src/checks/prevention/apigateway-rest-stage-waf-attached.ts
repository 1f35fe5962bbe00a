import { eachRestStage } from '../lib/apigateway.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'apigateway-rest-stage-waf-attached',
  title: 'REST API stages are associated with an AWS WAF web ACL',
  pillar: 'prevention',
  service: 'apigateway',
  severity: 'medium',
  resourceType: 'AWS::ApiGateway::Stage',
  description:
    "For each REST API stage, webAclArn is set (GetStages). A WAF Classic regional web ACL (arn:aws:waf-regional:...) passes, as APIGateway.4 allows, with a note that WAF Classic reached end of support on 30 September 2025. HTTP and WebSocket APIs cannot be associated with AWS WAF and are not evaluated: put a CloudFront distribution with a web ACL in front of them (the CloudFront checks then apply).",
  risk: 'Without a web ACL, requests reach the API and its backend with no filtering of common exploits (SQL injection, cross-site scripting, known bad inputs) and no rate-based blocking.',
  remediation: {
    text: 'Associate a regional AWS WAF web ACL, with at least the AWS managed core rule set, with the stage.',
    console: 'API Gateway > APIs > the API > Stages > the stage > Stage details > Edit > Web application firewall (AWS WAF).',
    cli: 'aws wafv2 associate-web-acl --web-acl-arn <web-acl-arn> --resource-arn arn:aws:apigateway:<region>::/restapis/<api-id>/stages/<stage>',
  },
  references: {
    securityHub: { ids: ['APIGateway.4'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-4',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html',
    ],
  },
  reads: ['apigateway.restStages'],
  evaluate({ 'apigateway.restStages': perApi }, ctx) {
    return eachRestStage(perApi, ctx, (stage, resource, label) => {
      const acl = stage.webAclArn?.trim();
      if (!acl) return ctx.fail(resource, `${label} has no AWS WAF web ACL associated, so requests reach the API unfiltered.`);
      if (/^arn:[^:]+:waf-regional:/i.test(acl)) {
        return ctx.pass(resource, `${label} is associated with the WAF Classic web ACL ${acl}; WAF Classic reached end of support on 30 September 2025, so migrate it to AWS WAF (WAFv2).`);
      }
      return ctx.pass(resource, `${label} is associated with the web ACL ${acl}.`);
    });
  },
});
