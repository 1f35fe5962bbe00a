import { eachApiStage, eachRestStage } from '../lib/apigateway.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'apigateway-stage-access-logging',
  title: 'API Gateway stages (REST, HTTP, WebSocket) send access logs to a destination',
  pillar: 'detection',
  service: 'apigateway',
  severity: 'medium',
  resourceType: 'AWS::ApiGateway::Stage',
  description:
    "For each REST API stage, accessLogSettings.destinationArn is set; for each HTTP and WebSocket API stage, AccessLogSettings.DestinationArn is set. A destination without a format is still a destination. Destinations are CloudWatch Logs log groups or, for REST APIs, Kinesis Data Firehose streams. Security Hub's APIGateway.9 is judged on the HTTP and WebSocket stages only; REST access logging is this tool's addition (CIS v7 4.10 covers it). Each message says which family the stage belongs to.",
  risk: 'Without access logs there is no record of who called the API, from where and with what result, which incident response and abuse detection need.',
  remediation: {
    text: 'Turn on access logging for the stage with a CloudWatch Logs log group (or, for REST APIs, a Firehose stream) as destination and a format that includes the caller, request id and status.',
    console: 'API Gateway > APIs > the API > Stages > the stage > Logs and tracing (REST) or Monitor > Logging (HTTP, WebSocket) > Edit > Access logging.',
    cli: 'aws apigatewayv2 update-stage --api-id <api-id> --stage-name <stage> --access-log-settings DestinationArn=<log-group-arn>,Format=\'$context.requestId $context.identity.sourceIp $context.status\'',
  },
  references: {
    securityHub: { ids: ['APIGateway.9'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-9',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html',
    ],
  },
  reads: ['apigateway.restStages', 'apigatewayv2.stages'],
  evaluate({ 'apigateway.restStages': rest, 'apigatewayv2.stages': v2 }, ctx) {
    const restFindings = eachRestStage(rest, ctx, (stage, resource, label) => {
      const destination = stage.accessLogSettings?.destinationArn?.trim();
      return destination
        ? ctx.pass(resource, `${label} sends access logs to ${destination}${stage.accessLogSettings?.format ? '' : ' (no format set)'}.`)
        : ctx.fail(resource, `${label} has no access logging destination.`);
    }).map((finding) => ({ ...finding, controls: [] as string[] }));
    // APIGateway.9 judges HTTP and WebSocket stages.
    const v2Findings = eachApiStage(v2, ctx, (stage, resource, label) => {
      const destination = stage.AccessLogSettings?.DestinationArn?.trim();
      return destination
        ? ctx.pass(resource, `${label} sends access logs to ${destination}${stage.AccessLogSettings?.Format ? '' : ' (no format set)'}.`)
        : ctx.fail(resource, `${label} has no access logging destination.`);
    }).map((finding) => ({ ...finding, resourceType: 'AWS::ApiGatewayV2::Stage' }));
    return [...restFindings, ...v2Findings];
  },
});
