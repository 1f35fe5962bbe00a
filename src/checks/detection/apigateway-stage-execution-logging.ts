import { eachApiStage, eachRestStage, listed, methodSettingLabel, protocolOf } from '../lib/apigateway.js';
import { defineCheck } from '../define.js';

const ON = new Set(['ERROR', 'INFO']);
const level = (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : undefined);

export default defineCheck({
  id: 'apigateway-stage-execution-logging',
  title: 'REST and WebSocket API stages log execution at ERROR or INFO level, with no route or method off',
  pillar: 'detection',
  service: 'apigateway',
  severity: 'medium',
  resourceType: 'AWS::ApiGateway::Stage',
  description:
    "For each REST API stage, methodSettings[\"*/*\"].loggingLevel (the stage default) is ERROR or INFO and no per-method setting sets OFF; for each WebSocket API stage, DefaultRouteSettings.LoggingLevel is ERROR or INFO and no RouteSettings entry sets OFF. HTTP APIs have no execution logging and are not evaluated. Execution logs are delivered only when the account has a CloudWatch Logs role in API Gateway's settings of the region (GetAccount cloudwatchRoleArn): when it is missing the stage still passes, since the stage setting is what APIGateway.1 reads, and the message says that no logs are delivered.",
  risk: 'Without execution logs, errors, authorizer failures and integration timeouts of the API leave no trace to investigate an incident or an attack with.',
  remediation: {
    text: 'Set the stage\'s logging level to ERROR (or INFO), remove method or route overrides that turn it off, and set a CloudWatch Logs role in the API Gateway settings of the region.',
    console: 'API Gateway > APIs > the API > Stages > the stage > Logs and tracing > Edit > CloudWatch logs: Errors only (or Errors and info logs).',
    cli: 'aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path=/*/*/logging/loglevel,value=ERROR',
  },
  references: {
    securityHub: { ids: ['APIGateway.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-1',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-logging.html',
    ],
  },
  reads: ['apigateway.restStages', 'apigatewayv2.stages', 'apigateway.account'],
  evaluate({ 'apigateway.restStages': rest, 'apigatewayv2.stages': v2, 'apigateway.account': account }, ctx) {
    const delivery = !account.ok
      ? ` Whether the account has a CloudWatch Logs role for API Gateway in ${ctx.region} could not be read (${account.error.code}).`
      : account.value.cloudwatchRoleArn
        ? ''
        : ` The account has no CloudWatch Logs role in API Gateway's settings of ${ctx.region}, so no execution logs are delivered.`;
    const verdict = (resource: Parameters<typeof ctx.pass>[0], label: string, defaultLevel: string | undefined, offOverrides: string[], where: string) => {
      if (!defaultLevel || !ON.has(defaultLevel)) {
        return ctx.fail(resource, `${label} has execution logging ${defaultLevel ? `at level ${defaultLevel}` : 'not configured (off)'} in its ${where}.`);
      }
      if (offOverrides.length) return ctx.fail(resource, `${label} logs execution at level ${defaultLevel}, but turns it off for ${listed(offOverrides)}.`);
      return ctx.pass(resource, `${label} logs execution at level ${defaultLevel}.${delivery}`);
    };
    const restFindings = eachRestStage(rest, ctx, (stage, resource, label) => {
      const settings = stage.methodSettings ?? {};
      const off = Object.entries(settings)
        .filter(([key, s]) => key !== '*/*' && level(s?.loggingLevel) === 'OFF')
        .map(([key]) => methodSettingLabel(key))
        .sort();
      return verdict(resource, label, level(settings['*/*']?.loggingLevel), off, 'default method settings (*/*)');
    });
    const webSocketFindings = eachApiStage(
      v2,
      ctx,
      (stage, resource, label) => {
        const off = Object.entries(stage.RouteSettings ?? {})
          .filter(([, s]) => level(s?.LoggingLevel) === 'OFF')
          .map(([key]) => key)
          .sort();
        return verdict(resource, label, level(stage.DefaultRouteSettings?.LoggingLevel), off, 'default route settings');
      },
      (api) => protocolOf(api) === 'WEBSOCKET',
    ).map((finding) => ({ ...finding, resourceType: 'AWS::ApiGatewayV2::Stage' }));
    return [...restFindings, ...webSocketFindings];
  },
});
