import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/rds-proxy-requires-tls.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const proxy = (name: string, extra: Record<string, unknown> = {}) => ({
  DBProxyName: name,
  DBProxyArn: `arn:aws:rds:us-east-1:123456789012:db-proxy:prx-${name}`,
  EngineFamily: 'POSTGRESQL',
  Status: 'available',
  ...extra,
});

describe('rds-proxy-requires-tls', () => {
  it('passes a proxy with RequireTLS true', () => {
    const findings = evaluate(check, { 'rds.proxies': [proxy('orders-proxy', { RequireTLS: true })] });
    expect(verdicts(findings)).toEqual([['PASS', 'orders-proxy']]);
    expect(findings[0]!.message).toBe('RDS Proxy orders-proxy (POSTGRESQL) requires TLS for client connections.');
  });

  it('fails a proxy with RequireTLS false', () => {
    const findings = evaluate(check, { 'rds.proxies': [proxy('legacy-proxy', { RequireTLS: false })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy-proxy']]);
  });

  it('near miss: a proxy that omits RequireTLS is not shown to require it: ERROR, never PASS', () => {
    const findings = evaluate(check, { 'rds.proxies': [proxy('quiet-proxy')] });
    expect(verdicts(findings)).toEqual([['ERROR', 'quiet-proxy']]);
    expect(findings[0]!.message).toContain('reports no RequireTLS setting, so whether it requires TLS for client connections is unknown');
  });

  it('reports ERROR when the proxies cannot be listed', async () => {
    const findings = await run(check, { 'rds.proxies': awsError('AccessDenied', 'rds:DescribeDBProxies') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('rds:DescribeDBProxies');
  });
});
