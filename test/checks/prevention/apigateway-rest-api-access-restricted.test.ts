import type { Resource, RestApi } from '@aws-sdk/client-api-gateway';
import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/apigateway-rest-api-access-restricted.js';
import type { Fetched } from '../../../src/data/dataset.js';
import type { RestStage } from '../../../src/data/datasets/apigateway.js';
import { parseRestApiPolicy } from '../../../src/checks/lib/apigateway.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { escapedPolicy, method, perRestApi, resource, restApi, restStage } from '../../fixtures/apigateway.js';

const API_ARN = 'arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5';

function data(api: RestApi, resources: Fetched<Resource[]>, stages: Fetched<RestStage[]> = ok([restStage('prod')])) {
  return { 'apigateway.restResources': perRestApi([[api, resources]]), 'apigateway.restStages': perRestApi([[api, stages]]) };
}

const openOrders = ok([
  resource('root', '/', [method('GET', 'NONE')]),
  resource('r1', '/orders', [method('GET', 'NONE', { apiKeyRequired: true }), method('POST', 'AWS_IAM'), method('OPTIONS', 'NONE')]),
]);

const allowEveryone = (extra: object = {}) => ({ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: `${API_ARN}/*`, ...extra });

describe('apigateway-rest-api-access-restricted', () => {
  it('passes an API whose every method but OPTIONS has an authorizer', () => {
    const api = restApi('a1b2c3d4e5', 'orders-api');
    const resources = ok([
      resource('root', '/', [method('GET', 'COGNITO_USER_POOLS', { authorizerId: 'au1' })]),
      resource('r1', '/orders', [method('GET', 'CUSTOM', { authorizerId: 'au2' }), method('POST', 'AWS_IAM'), method('OPTIONS', 'NONE')]),
    ]);
    const findings = evaluate(check, data(api, resources));
    expect(verdicts(findings)).toEqual([['PASS', 'a1b2c3d4e5']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:apigateway:us-east-1::/restapis/a1b2c3d4e5');
    expect(findings[0]!.message).toBe(
      'REST API orders-api (a1b2c3d4e5; regional; stages: prod) requires authorization on every method other than OPTIONS (AWS_IAM, COGNITO_USER_POOLS, CUSTOM).',
    );
  });

  it('fails an API without resource policy, naming the open methods, the stages and the API key remark', () => {
    const findings = evaluate(check, data(restApi('a1b2c3d4e5', 'orders-api'), openOrders, ok([restStage('prod'), restStage('dev')])));
    expect(verdicts(findings)).toEqual([['FAIL', 'a1b2c3d4e5']]);
    expect(findings[0]!.message).toBe(
      'REST API orders-api (a1b2c3d4e5; regional; stages: dev, prod) lets anyone call 2 methods without authorization: GET /, GET /orders; it has no resource policy restricting callers. GET /orders requires an API key, which identifies callers for usage plans but does not authorize them.',
    );
  });

  it('passes a PRIVATE API whatever its methods', () => {
    const api = restApi('p1', 'internal', { endpointConfiguration: { types: ['PRIVATE'] } });
    const findings = evaluate(check, data(api, openOrders));
    expect(verdicts(findings)).toEqual([['PASS', 'p1']]);
    expect(findings[0]!.message).toContain('is a PRIVATE API');
  });

  it('reads the backslash-escaped policy GetRestApis returns', () => {
    const text = escapedPolicy({ Version: '2012-10-17', Statement: [allowEveryone({ Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } } })] });
    expect(text.startsWith('{\\"Version\\":\\"2012-10-17\\"')).toBe(true);
    expect(parseRestApiPolicy(text).statements[0]!.conditions[0]).toEqual({ operator: 'IpAddress', key: 'aws:sourceip', values: ['203.0.113.0/24'] });
    expect(parseRestApiPolicy(JSON.stringify({ Statement: [allowEveryone()] })).statements).toHaveLength(1);
  });

  it('passes open methods when the resource policy allows everyone only from an IP range', () => {
    const policy = escapedPolicy({ Version: '2012-10-17', Statement: [allowEveryone({ Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } } })] });
    const findings = evaluate(check, data(restApi('a1b2c3d4e5', 'orders-api', { policy }), openOrders));
    expect(verdicts(findings)).toEqual([['PASS', 'a1b2c3d4e5']]);
    expect(findings[0]!.message).toContain('its resource policy grants no unconditioned access to everyone on them');
  });

  it('passes an Allow to everyone taken back by a Deny to everyone outside a VPC endpoint (the shorthand execute-api:/ form)', () => {
    const policy = escapedPolicy({
      Version: '2012-10-17',
      Statement: [
        allowEveryone({ Resource: 'execute-api:/*' }),
        { Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d4e5f' } } },
      ],
    });
    const findings = evaluate(check, data(restApi('a1b2c3d4e5', 'orders-api', { policy }), openOrders));
    expect(verdicts(findings)).toEqual([['PASS', 'a1b2c3d4e5']]);
  });

  it('passes an Allow to everyone taken back by a Deny with NotIpAddress', () => {
    const policy = escapedPolicy({
      Statement: [
        allowEveryone(),
        { Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: `${API_ARN}/*`, Condition: { NotIpAddress: { 'aws:SourceIp': ['198.51.100.0/24', '203.0.113.7/32'] } } },
      ],
    });
    expect(evaluate(check, data(restApi('a1b2c3d4e5', 'orders-api', { policy }), openOrders))[0]!.status).toBe('PASS');
  });

  it('near miss: a Deny with NotIpAddress 0.0.0.0/0 takes nothing back', () => {
    const policy = escapedPolicy({
      Statement: [allowEveryone(), { Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: `${API_ARN}/*`, Condition: { NotIpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } }],
    });
    const findings = evaluate(check, data(restApi('a1b2c3d4e5', 'orders-api', { policy }), openOrders));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain("its resource policy allows execute-api:Invoke on them to everyone without a condition pinning the caller (statement #1)");
  });

  it('near miss: a Deny that covers only the dev stage leaves prod open', () => {
    const policy = escapedPolicy({
      Statement: [
        allowEveryone({ Sid: 'Open' }),
        { Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: `${API_ARN}/dev/*`, Condition: { StringNotEquals: { 'aws:SourceVpc': 'vpc-0a1b2c3d' } } },
      ],
    });
    const findings = evaluate(check, data(restApi('a1b2c3d4e5', 'orders-api', { policy }), openOrders, ok([restStage('prod'), restStage('dev')])));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain("(statement 'Open')");
  });

  it('near miss: an Allow to everyone pinned only by a wildcard-only value is public', () => {
    const policy = escapedPolicy({ Statement: [allowEveryone({ Condition: { StringLike: { 'aws:SourceVpce': '*' } } })] });
    expect(evaluate(check, data(restApi('a1b2c3d4e5', 'orders-api', { policy }), openOrders))[0]!.status).toBe('FAIL');
  });

  it('passes open methods the public Allow does not cover (the policy names another path)', () => {
    const policy = escapedPolicy({ Statement: [allowEveryone({ Resource: `${API_ARN}/*/GET/health` })] });
    expect(evaluate(check, data(restApi('a1b2c3d4e5', 'orders-api', { policy }), openOrders))[0]!.status).toBe('PASS');
  });

  it('judges an ANY method by every verb it answers', () => {
    const policy = escapedPolicy({ Statement: [allowEveryone({ Resource: `${API_ARN}/prod/DELETE/*` })] });
    const resources = ok([resource('r1', '/items/{proxy+}', [method('ANY', 'NONE')])]);
    const findings = evaluate(check, data(restApi('a1b2c3d4e5', 'items', { policy }), resources));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('ANY /items/{proxy+}');
  });

  it('near miss: an API key alone is not authorization', () => {
    const resources = ok([resource('r1', '/orders', [method('GET', 'NONE', { apiKeyRequired: true })])]);
    expect(evaluate(check, data(restApi('a1b2c3d4e5', 'orders-api'), resources))[0]!.status).toBe('FAIL');
  });

  it('passes an API with only OPTIONS methods, or none', () => {
    const findings = evaluate(check, data(restApi('a1b2c3d4e5', 'cors-only'), ok([resource('root', '/', [method('OPTIONS', 'NONE')])])));
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('has no method other than OPTIONS');
  });

  it('is an ERROR when the resources cannot be read, or the policy cannot be parsed', () => {
    const denied = evaluate(check, data(restApi('a1b2c3d4e5', 'orders-api'), failed(awsError('AccessDeniedException', 'apigateway:GET'))));
    expect(verdicts(denied)).toEqual([['ERROR', 'a1b2c3d4e5']]);
    const garbled = evaluate(check, data(restApi('a1b2c3d4e5', 'orders-api', { policy: '{\\"Version\\":' }), openOrders));
    expect(garbled[0]!.status).toBe('ERROR');
    expect(garbled[0]!.message).toContain('a resource policy that could not be read');
  });

  it('is an ERROR when a method reports no authorization type and nothing else restricts it', () => {
    const resources = ok([resource('r1', '/orders', [{ httpMethod: 'GET' }])]);
    const findings = evaluate(check, data(restApi('a1b2c3d4e5', 'orders-api'), resources));
    expect(findings[0]!.status).toBe('ERROR');
  });

  it('says when the stages could not be listed, and still judges the methods', () => {
    const findings = evaluate(check, data(restApi('a1b2c3d4e5', 'orders-api'), openOrders, failed(awsError('TooManyRequestsException', 'apigateway:GET', 'throttled'))));
    expect(findings[0]!.status).toBe('FAIL');
    expect(findings[0]!.message).toContain('its stages could not be listed');
  });

  it('is one ERROR for the region when the API listing is refused', async () => {
    const findings = await run(check, { 'apigateway.restResources': awsError('AccessDeniedException', 'apigateway:GET'), 'apigateway.restStages': [] });
    expect(verdicts(findings)).toEqual([['ERROR', '123456789012/us-east-1']]);
  });
});
