import { eachRestStage } from '../lib/apigateway.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'apigateway-rest-stage-xray-tracing',
  title: 'REST API stages have AWS X-Ray tracing enabled',
  pillar: 'detection',
  service: 'apigateway',
  severity: 'low',
  resourceType: 'AWS::ApiGateway::Stage',
  description: 'For each REST API stage, tracingEnabled is true (GetStages). HTTP and WebSocket APIs do not support X-Ray tracing and are not evaluated.',
  risk: 'Without tracing, the path of a request through the API and its backends cannot be followed when investigating errors, latency or abuse.',
  remediation: {
    text: 'Enable X-Ray tracing on the stage (and give the backends an X-Ray SDK or Active tracing).',
    console: 'API Gateway > APIs > the API > Stages > the stage > Logs and tracing > Edit > X-Ray tracing.',
    cli: 'aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path=/tracingEnabled,value=true',
  },
  references: {
    securityHub: { ids: ['APIGateway.3'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-3',
      'https://docs.aws.amazon.com/xray/latest/devguide/xray-services-apigateway.html',
    ],
  },
  reads: ['apigateway.restStages'],
  evaluate({ 'apigateway.restStages': perApi }, ctx) {
    return eachRestStage(perApi, ctx, (stage, resource, label) =>
      stage.tracingEnabled === true ? ctx.pass(resource, `${label} has X-Ray tracing enabled.`) : ctx.fail(resource, `${label} has X-Ray tracing disabled.`),
    );
  },
});
