import { apiChildRef, apiLabel, apiRef } from '../lib/apigateway.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'apigateway-v2-private-integration-tls',
  title: 'HTTP API private integrations reach their backends over TLS',
  pillar: 'transit',
  service: 'apigateway',
  severity: 'medium',
  resourceType: 'AWS::ApiGatewayV2::Integration',
  description:
    "For each integration of an HTTP API with ConnectionType VPC_LINK (a private integration to an Application Load Balancer, a Network Load Balancer or a Cloud Map service), TlsConfig is set, so that API Gateway reaches the private backend over HTTPS; the message gives its ServerNameToVerify. Integrations over the internet are not evaluated. TlsConfig exists only for HTTP APIs: WebSocket private integrations are not evaluated.",
  risk: 'Without TLS, traffic between API Gateway and the backend inside the VPC, requests and responses with their credentials and data included, travels in plain text.',
  remediation: {
    text: 'Give the backend an HTTPS listener and set the integration\'s TLS configuration (ServerNameToVerify: the name on the backend\'s certificate).',
    console: 'API Gateway > APIs > the HTTP API > Integrations > the integration > Edit > Advanced settings > Secure server name.',
    cli: 'aws apigatewayv2 update-integration --api-id <api-id> --integration-id <integration-id> --tls-config ServerNameToVerify=<backend-host-name>',
  },
  references: {
    securityHub: { ids: ['APIGateway.10'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-10',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-private.html',
    ],
  },
  reads: ['apigatewayv2.httpIntegrations'],
  evaluate({ 'apigatewayv2.httpIntegrations': perApi }, ctx) {
    return perApi.flatMap(({ api, result }) => {
      if (!result.ok) return [ctx.error(apiRef(api, ctx), result.error, `the integrations of ${apiLabel(api)}`)];
      return result.value
        .filter((integration) => String(integration.ConnectionType ?? '').toUpperCase() === 'VPC_LINK')
        .map((integration) => {
          const resource = apiChildRef(api, 'integrations', integration.IntegrationId, ctx);
          const label = `Private integration ${integration.IntegrationId ?? '?'} of ${apiLabel(api)} (VPC link ${integration.ConnectionId ?? '?'})`;
          if (!integration.TlsConfig) return ctx.fail(resource, `${label} has no TLS configuration, so API Gateway reaches the backend over plain HTTP.`);
          const name = integration.TlsConfig.ServerNameToVerify?.trim();
          return ctx.pass(resource, `${label} reaches the backend over TLS${name ? `, verifying the server name ${name}` : ' (no ServerNameToVerify set)'}.`);
        });
    });
  },
});
