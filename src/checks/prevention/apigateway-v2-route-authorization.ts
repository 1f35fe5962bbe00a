import { apiChildRef, apiLabel, apiRef, protocolOf } from '../lib/apigateway.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'apigateway-v2-route-authorization',
  title: 'HTTP API routes and WebSocket $connect routes require authorization',
  pillar: 'prevention',
  service: 'apigateway',
  severity: 'medium',
  resourceType: 'AWS::ApiGatewayV2::Route',
  description:
    "For each route of each HTTP API, and the $connect route of each WebSocket API, AuthorizationType is not NONE (AWS_IAM, JWT and CUSTOM pass). WebSocket APIs can authorize only at $connect, so their other routes ($default, $disconnect, message routes) are not judged, although Security Hub's APIGateway.8 reads every route and reports them too. An HTTP API route OPTIONS /{proxy+} without authorization fails as well: when CORS is configured on the API, API Gateway answers preflight requests itself and the route is not needed. The control's optional authorizationType parameter is not implemented. REST APIs are judged by apigateway-rest-api-access-restricted.",
  risk: 'A route without authorization can be called by anyone who knows the API endpoint; on a WebSocket API an open $connect lets anyone open a connection and send messages to every route.',
  remediation: {
    text: 'Attach an authorizer to the route (IAM, a JWT authorizer or a Lambda authorizer); for WebSocket APIs, to the $connect route.',
    console: 'API Gateway > APIs > the API > Authorization (HTTP) or Routes > $connect > Route request (WebSocket) > attach an authorizer.',
    cli: 'aws apigatewayv2 update-route --api-id <api-id> --route-id <route-id> --authorization-type JWT --authorizer-id <authorizer-id>',
  },
  references: {
    securityHub: { ids: ['APIGateway.8'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-8',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-control-access.html',
    ],
  },
  reads: ['apigatewayv2.routes'],
  evaluate({ 'apigatewayv2.routes': perApi }, ctx) {
    return perApi.flatMap(({ api, result }) => {
      const label = apiLabel(api);
      const websocket = protocolOf(api) === 'WEBSOCKET';
      if (!result.ok) return [ctx.error(apiRef(api, ctx), result.error, `the routes of ${label}`)];
      return result.value
        .filter((route) => !websocket || route.RouteKey === '$connect')
        .map((route) => {
          const resource = apiChildRef(api, 'routes', route.RouteId, ctx);
          const name = `Route ${route.RouteKey ?? route.RouteId ?? '?'} of ${label}`;
          const type = typeof route.AuthorizationType === 'string' ? route.AuthorizationType.toUpperCase() : undefined;
          if (type && type !== 'NONE') return ctx.pass(resource, `${name} requires authorization (${type}).`);
          const reported = type ? 'has AuthorizationType NONE' : 'reports no AuthorizationType (API Gateway\'s default is NONE)';
          const why = websocket
            ? ': anyone can open a connection and then send messages to every route.'
            : /^OPTIONS\s/i.test(route.RouteKey ?? '')
              ? ': anyone can call it. When CORS is configured on the API, API Gateway answers preflight requests itself, so this route is not needed.'
              : ': anyone can call it.';
          return ctx.fail(resource, `${name} ${reported}${why}`);
        });
    });
  },
});
