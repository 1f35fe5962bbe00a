import { eachRestStage } from '../lib/apigateway.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'apigateway-rest-stage-client-certificate',
  title: 'REST API stages present a client certificate to their backends',
  pillar: 'transit',
  service: 'apigateway',
  severity: 'medium',
  resourceType: 'AWS::ApiGateway::Stage',
  description:
    "For each REST API stage, clientCertificateId is set (GetStages), so that HTTP backends can verify that requests come from API Gateway. Every REST stage is judged, as Security Hub's APIGateway.2 does: a client certificate matters only for HTTP and HTTP_PROXY integrations, so stages whose methods all integrate with Lambda or AWS services fail too, and suppressing them is the user's call. HTTP and WebSocket APIs have no stage client certificates and are not evaluated.",
  risk: 'Without a client certificate a backend reachable from the internet cannot tell API Gateway\'s requests from anyone else\'s, so callers can bypass the API\'s authorization, throttling and WAF by calling the backend directly.',
  remediation: {
    text: 'Generate a client certificate in API Gateway, attach it to the stage, and configure the HTTP backend to require and verify it (mutual TLS).',
    console: 'API Gateway > Client certificates > Generate; then APIs > the API > Stages > the stage > Stage details > Edit > Client certificate.',
    cli: 'aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path=/clientCertificateId,value=<certificate-id>',
  },
  references: {
    securityHub: { ids: ['APIGateway.2'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-2',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-client-side-ssl-authentication.html',
    ],
  },
  reads: ['apigateway.restStages'],
  evaluate({ 'apigateway.restStages': perApi }, ctx) {
    return eachRestStage(perApi, ctx, (stage, resource, label) =>
      stage.clientCertificateId?.trim()
        ? ctx.pass(resource, `${label} presents client certificate ${stage.clientCertificateId} to its backends.`)
        : ctx.fail(resource, `${label} has no client certificate, so its HTTP backends cannot verify that requests come from API Gateway (Lambda and AWS service integrations do not use it).`),
    );
  },
});
