import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/elbv2-listener-certificate-from-acm.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { listener, loadBalancer } from '../../fixtures/elbv2.js';

const ACM = 'arn:aws:acm:us-east-1:123456789012:certificate/0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const IAM = 'arn:aws:iam::123456789012:server-certificate/legacy-2019';
const alb = loadBalancer('prod-web');
const nlb = loadBalancer('tls-ingest', 'network');
const https = listener(alb, 'HTTPS', 443, { Certificates: [{ CertificateArn: ACM }], SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' });
const http = listener(alb, 'HTTP', 80);
const tls = listener(nlb, 'TLS', 443, { Certificates: [{ CertificateArn: IAM }] });
const data = (certs: Record<string, ReturnType<typeof ok> | ReturnType<typeof failed>>) => ({
  'elbv2.listeners': [
    { loadBalancer: alb, result: ok([http, https]) },
    { loadBalancer: nlb, result: ok([tls]) },
  ],
  'elbv2.listenerCertificates': [
    ...(certs.https ? [{ loadBalancer: alb, listener: https, result: certs.https }] : []),
    ...(certs.tls ? [{ loadBalancer: nlb, listener: tls, result: certs.tls }] : []),
  ],
});

describe('elbv2-listener-certificate-from-acm', () => {
  it('passes an HTTPS listener whose certificates are all ACM ones, and fails a TLS listener on an IAM server certificate', () => {
    const findings = evaluate(check, data({ https: ok([{ CertificateArn: ACM, IsDefault: true }]), tls: ok([{ CertificateArn: IAM, IsDefault: true }]) }));
    expect(verdicts(findings)).toEqual([
      ['PASS', 'prod-web/HTTPS:443'],
      ['FAIL', 'tls-ingest/TLS:443'],
    ]);
    expect(findings[1]!.message).toBe('TLS listener on port 443 of Network Load Balancer tls-ingest uses IAM server certificate legacy-2019, which ACM does not renew.');
  });

  it('near miss: an ACM default with an additional SNI certificate from IAM fails', () => {
    const findings = evaluate(check, data({ https: ok([{ CertificateArn: ACM, IsDefault: true }, { CertificateArn: ACM, IsDefault: false }, { CertificateArn: IAM, IsDefault: false }]), tls: ok([]) }));
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'prod-web/HTTPS:443'],
      ['FAIL', 'tls-ingest/TLS:443'],
    ]);
  });

  it('near miss: HTTP listeners are not evaluated, and a listener deleted meanwhile is dropped', () => {
    const findings = evaluate(check, data({ https: ok([]) }));
    expect(verdicts(findings)).toEqual([['PASS', 'prod-web/HTTPS:443']]);
  });

  it('reports ERROR when the certificates or the listeners cannot be read', async () => {
    const denied = failed(awsError('AccessDenied', 'elasticloadbalancing:DescribeListenerCertificates'));
    const findings = evaluate(check, data({ https: denied, tls: ok([]) }));
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'prod-web/HTTPS:443'],
      ['FAIL', 'tls-ingest/TLS:443'],
    ]);
    const listing = await run(check, { 'elbv2.listeners': awsError('AccessDenied', 'elasticloadbalancing:DescribeLoadBalancers'), 'elbv2.listenerCertificates': [] });
    expect(listing.map((f) => f.status)).toEqual(['ERROR']);
  });
});
