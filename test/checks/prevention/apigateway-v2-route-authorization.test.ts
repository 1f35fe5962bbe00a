import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/apigateway-v2-route-authorization.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { httpApi, perApi, route, webSocketApi } from '../../fixtures/apigateway.js';

const shop = httpApi('x1y2z3', 'shop');
const chat = webSocketApi('w9v8u7', 'chat');

describe('apigateway-v2-route-authorization', () => {
  it('passes HTTP API routes with JWT, IAM or Lambda authorizers and fails one with NONE', () => {
    const findings = evaluate(check, {
      'apigatewayv2.routes': perApi([
        [shop, ok([route('r1', 'GET /orders', 'JWT', { AuthorizerId: 'au1' }), route('r2', 'POST /orders', 'AWS_IAM'), route('r3', 'GET /admin', 'CUSTOM'), route('r4', 'GET /health', 'NONE')])],
      ]),
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'x1y2z3/routes/r1'],
      ['PASS', 'x1y2z3/routes/r2'],
      ['PASS', 'x1y2z3/routes/r3'],
      ['FAIL', 'x1y2z3/routes/r4'],
    ]);
    expect(findings[0]!.message).toBe('Route GET /orders of HTTP API shop (x1y2z3) requires authorization (JWT).');
    expect(findings[3]!.message).toBe('Route GET /health of HTTP API shop (x1y2z3) has AuthorizationType NONE: anyone can call it.');
    expect(findings[3]!.resourceArn).toBe('arn:aws:apigateway:us-east-1::/apis/x1y2z3/routes/r4');
  });

  it('judges only $connect of a WebSocket API', () => {
    const findings = evaluate(check, {
      'apigatewayv2.routes': perApi([[chat, ok([route('c1', '$connect', 'NONE'), route('c2', '$default', 'NONE'), route('c3', '$disconnect', 'NONE'), route('c4', 'sendMessage', 'NONE')])]]),
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'w9v8u7/routes/c1']]);
    expect(findings[0]!.message).toBe('Route $connect of WebSocket API chat (w9v8u7) has AuthorizationType NONE: anyone can open a connection and then send messages to every route.');
  });

  it('near miss: a WebSocket API whose $connect has a Lambda authorizer passes although its message routes have none', () => {
    const findings = evaluate(check, { 'apigatewayv2.routes': perApi([[chat, ok([route('c1', '$connect', 'CUSTOM'), route('c2', '$default', 'NONE')])]]) });
    expect(verdicts(findings)).toEqual([['PASS', 'w9v8u7/routes/c1']]);
  });

  it('near miss: OPTIONS /{proxy+} without authorization fails, with the CORS note', () => {
    const findings = evaluate(check, { 'apigatewayv2.routes': perApi([[shop, ok([route('r9', 'OPTIONS /{proxy+}', 'NONE')])]]) });
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('API Gateway answers preflight requests itself, so this route is not needed');
  });

  it('fails a route that reports no AuthorizationType (the API default is NONE)', () => {
    const findings = evaluate(check, { 'apigatewayv2.routes': perApi([[shop, ok([route('r5', 'GET /x', undefined)])]]) });
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain("reports no AuthorizationType (API Gateway's default is NONE)");
  });

  it('is an ERROR for an API whose routes cannot be read, and one for the region when the API listing fails', async () => {
    const findings = evaluate(check, { 'apigatewayv2.routes': perApi([[shop, failed(awsError('AccessDeniedException', 'apigateway:GET'))]]) });
    expect(verdicts(findings)).toEqual([['ERROR', 'x1y2z3']]);
    expect(findings[0]!.message).toContain('the routes of HTTP API shop (x1y2z3)');
    const region = await run(check, { 'apigatewayv2.routes': awsError('AccessDeniedException', 'apigateway:GET') });
    expect(region.map((f) => f.status)).toEqual(['ERROR']);
  });
});
