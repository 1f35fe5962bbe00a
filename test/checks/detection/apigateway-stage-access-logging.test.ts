import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/apigateway-stage-access-logging.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { apiStage, httpApi, perApi, perRestApi, restApi, restStage, webSocketApi } from '../../fixtures/apigateway.js';

const LOGS = 'arn:aws:logs:us-east-1:123456789012:log-group:api-access';
const rest = restApi('a1b2c3d4e5', 'orders-api');
const shop = httpApi('x1y2z3', 'shop');
const chat = webSocketApi('w9v8u7', 'chat');

describe('apigateway-stage-access-logging', () => {
  it('judges REST, HTTP and WebSocket stages, saying which family each is', () => {
    const findings = evaluate(check, {
      'apigateway.restStages': perRestApi([[rest, ok([restStage('prod', { accessLogSettings: { destinationArn: LOGS, format: '$context.requestId' } }), restStage('dev')])]]),
      'apigatewayv2.stages': perApi([
        [shop, ok([apiStage('$default', { AccessLogSettings: { DestinationArn: LOGS, Format: '$context.requestId' } })])],
        [chat, ok([apiStage('live')])],
      ]),
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'a1b2c3d4e5/prod'],
      ['FAIL', 'a1b2c3d4e5/dev'],
      ['PASS', 'x1y2z3/$default'],
      ['FAIL', 'w9v8u7/live'],
    ]);
    expect(findings[0]!.message).toBe(`Stage prod of REST API orders-api (a1b2c3d4e5) sends access logs to ${LOGS}.`);
    expect(findings[3]!.message).toBe('Stage live of WebSocket API chat (w9v8u7) has no access logging destination.');
    expect(findings[2]!.resourceType).toBe('AWS::ApiGatewayV2::Stage');
  });

  it('counts APIGateway.9 on the HTTP and WebSocket stages only', () => {
    const findings = evaluate(check, {
      'apigateway.restStages': perRestApi([[rest, ok([restStage('dev')])]]),
      'apigatewayv2.stages': perApi([[shop, ok([apiStage('dev')])]]),
    });
    expect(findings.map((f) => f.controls)).toEqual([[], undefined]);
  });

  it('near miss: a destination without a format is still a destination', () => {
    const findings = evaluate(check, {
      'apigateway.restStages': perRestApi([[rest, ok([restStage('prod', { accessLogSettings: { destinationArn: 'arn:aws:firehose:us-east-1:123456789012:deliverystream/amazon-apigateway-logs' } })])]]),
      'apigatewayv2.stages': [],
    });
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('(no format set)');
  });

  it('near miss: access log settings holding only a format have no destination', () => {
    const findings = evaluate(check, { 'apigateway.restStages': [], 'apigatewayv2.stages': perApi([[shop, ok([apiStage('prod', { AccessLogSettings: { Format: '$context.requestId' } })])]]) });
    expect(findings[0]!.status).toBe('FAIL');
  });

  it('is an ERROR per API whose stages cannot be read, and for the region when a listing fails', async () => {
    const findings = evaluate(check, {
      'apigateway.restStages': perRestApi([[rest, failed(awsError('AccessDeniedException', 'apigateway:GET'))]]),
      'apigatewayv2.stages': perApi([[shop, failed(awsError('AccessDeniedException', 'apigateway:GET'))]]),
    });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'a1b2c3d4e5'],
      ['ERROR', 'x1y2z3'],
    ]);
    const region = await run(check, { 'apigateway.restStages': [], 'apigatewayv2.stages': awsError('AccessDeniedException', 'apigateway:GET') });
    expect(region.map((f) => f.status)).toEqual(['ERROR']);
  });
});
