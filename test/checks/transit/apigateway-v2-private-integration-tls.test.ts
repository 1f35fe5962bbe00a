import type { Integration } from '@aws-sdk/client-apigatewayv2';
import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/apigateway-v2-private-integration-tls.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { httpApi, perApi } from '../../fixtures/apigateway.js';

const api = httpApi('x1y2z3', 'shop');
const listener = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/internal-shop/50dc6c495c0c9188/0467ef3c8400ae65';
const integration = (IntegrationId: string, extra: Partial<Integration> = {}): Integration => ({
  IntegrationId,
  IntegrationType: 'HTTP_PROXY',
  IntegrationMethod: 'ANY',
  IntegrationUri: listener,
  ConnectionType: 'VPC_LINK',
  ConnectionId: 'vl-0a1b2c',
  PayloadFormatVersion: '1.0',
  TimeoutInMillis: 30000,
  ...extra,
});

describe('apigateway-v2-private-integration-tls', () => {
  it('passes a VPC link integration with TlsConfig and fails one without; internet integrations are not judged', () => {
    const findings = evaluate(check, {
      'apigatewayv2.httpIntegrations': perApi([
        [
          api,
          ok([
            integration('i1', { TlsConfig: { ServerNameToVerify: 'shop.internal.example.com' } }),
            integration('i2'),
            integration('i3', { ConnectionType: 'INTERNET', IntegrationUri: 'https://backend.example.com', ConnectionId: undefined }),
            integration('i4', { IntegrationType: 'AWS_PROXY', ConnectionType: 'INTERNET', IntegrationUri: 'arn:aws:lambda:us-east-1:123456789012:function:shop' }),
          ]),
        ],
      ]),
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'x1y2z3/integrations/i1'],
      ['FAIL', 'x1y2z3/integrations/i2'],
    ]);
    expect(findings[0]!.message).toBe('Private integration i1 of HTTP API shop (x1y2z3) (VPC link vl-0a1b2c) reaches the backend over TLS, verifying the server name shop.internal.example.com.');
    expect(findings[1]!.message).toBe('Private integration i2 of HTTP API shop (x1y2z3) (VPC link vl-0a1b2c) has no TLS configuration, so API Gateway reaches the backend over plain HTTP.');
  });

  it('near miss: a TlsConfig without ServerNameToVerify is still a TLS configuration', () => {
    const findings = evaluate(check, { 'apigatewayv2.httpIntegrations': perApi([[api, ok([integration('i1', { TlsConfig: {} })])]]) });
    expect(findings[0]!.status).toBe('PASS');
    expect(findings[0]!.message).toContain('(no ServerNameToVerify set)');
  });

  it('is an ERROR when the integrations cannot be read', async () => {
    expect(verdicts(evaluate(check, { 'apigatewayv2.httpIntegrations': perApi([[api, failed(awsError('AccessDeniedException', 'apigateway:GET'))]]) }))).toEqual([['ERROR', 'x1y2z3']]);
    expect((await run(check, { 'apigatewayv2.httpIntegrations': awsError('AccessDeniedException', 'apigateway:GET') })).map((f) => f.status)).toEqual(['ERROR']);
  });
});
