import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/apigateway-stage-execution-logging.js';
import type { Fetched } from '../../../src/data/dataset.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { apiStage, httpApi, perApi, perRestApi, restApi, restStage, webSocketApi } from '../../fixtures/apigateway.js';

const rest = restApi('a1b2c3d4e5', 'orders-api');
const chat = webSocketApi('w9v8u7', 'chat');
const shop = httpApi('x1y2z3', 'shop');
const ROLE = ok({ cloudwatchRoleArn: 'arn:aws:iam::123456789012:role/apigateway-cloudwatch', throttleSettings: { rateLimit: 10000, burstLimit: 5000 } });
const data = (restStages: ReturnType<typeof restStage>[], v2: Parameters<typeof perApi>[0] = [], account: Fetched<object> = ROLE) => ({
  'apigateway.restStages': perRestApi([[rest, ok(restStages)]]),
  'apigatewayv2.stages': perApi(v2),
  'apigateway.account': account,
});

describe('apigateway-stage-execution-logging', () => {
  it('passes a REST stage logging at ERROR and fails one without logging, naming the family', () => {
    const findings = evaluate(check, data([restStage('prod', { methodSettings: { '*/*': { loggingLevel: 'ERROR', metricsEnabled: true } } }), restStage('dev')]));
    expect(verdicts(findings)).toEqual([
      ['PASS', 'a1b2c3d4e5/prod'],
      ['FAIL', 'a1b2c3d4e5/dev'],
    ]);
    expect(findings[0]!.message).toBe('Stage prod of REST API orders-api (a1b2c3d4e5) logs execution at level ERROR.');
    expect(findings[1]!.message).toBe('Stage dev of REST API orders-api (a1b2c3d4e5) has execution logging not configured (off) in its default method settings (*/*).');
  });

  it('near miss: INFO by default but OFF for one method fails, naming the method', () => {
    const findings = evaluate(check, data([restStage('prod', { methodSettings: { '*/*': { loggingLevel: 'INFO' }, '~1orders~1{id}/GET': { loggingLevel: 'OFF' } } })]));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toBe('Stage prod of REST API orders-api (a1b2c3d4e5) logs execution at level INFO, but turns it off for GET /orders/{id}.');
  });

  it('judges WebSocket stages by their default route settings and skips HTTP APIs', () => {
    const findings = evaluate(
      check,
      data(
        [],
        [
          [chat, ok([apiStage('live', { DefaultRouteSettings: { LoggingLevel: 'INFO' } }), apiStage('test', { DefaultRouteSettings: { LoggingLevel: 'ERROR' }, RouteSettings: { sendMessage: { LoggingLevel: 'OFF' } } })])],
          [shop, ok([apiStage('$default')])],
        ],
      ),
    );
    expect(verdicts(findings)).toEqual([
      ['PASS', 'w9v8u7/live'],
      ['FAIL', 'w9v8u7/test'],
    ]);
    expect(findings[0]!.message).toBe('Stage live of WebSocket API chat (w9v8u7) logs execution at level INFO.');
    expect(findings[0]!.resourceType).toBe('AWS::ApiGatewayV2::Stage');
  });

  it('near miss: a stage logging at ERROR passes without the account CloudWatch role, saying no logs are delivered', () => {
    const findings = evaluate(check, data([restStage('prod', { methodSettings: { '*/*': { loggingLevel: 'ERROR' } } })], [], ok({})));
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain("The account has no CloudWatch Logs role in API Gateway's settings of us-east-1, so no execution logs are delivered.");
    const unread = evaluate(check, data([restStage('prod', { methodSettings: { '*/*': { loggingLevel: 'ERROR' } } })], [], failed(awsError('AccessDeniedException', 'apigateway:GET'))));
    expect(unread[0]!.message).toContain('could not be read (AccessDeniedException)');
  });

  it('is an ERROR per API whose stages cannot be read, and for the region when a listing fails', async () => {
    const findings = evaluate(check, {
      'apigateway.restStages': perRestApi([[rest, failed(awsError('AccessDeniedException', 'apigateway:GET'))]]),
      'apigatewayv2.stages': [],
      'apigateway.account': ROLE,
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'a1b2c3d4e5']]);
    const region = await run(check, { 'apigateway.restStages': awsError('AccessDeniedException', 'apigateway:GET'), 'apigatewayv2.stages': [], 'apigateway.account': ROLE });
    expect(region.map((f) => f.status)).toEqual(['ERROR']);
  });
});
