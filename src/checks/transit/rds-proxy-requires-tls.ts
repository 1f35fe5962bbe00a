import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'rds-proxy-requires-tls',
  title: 'RDS Proxies require TLS for client connections',
  pillar: 'transit',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBProxy',
  description: 'Each RDS Proxy has RequireTLS true, so it refuses client connections that are not encrypted.',
  risk: 'A proxy that accepts plain connections lets clients send credentials and data unencrypted to the proxy endpoint, whatever the database behind it enforces.',
  remediation: {
    text: 'Turn on "Require Transport Layer Security" for the proxy.',
    console: 'RDS > Proxies > select the proxy > Edit > Connectivity > Require Transport Layer Security.',
    cli: 'aws rds modify-db-proxy --db-proxy-name <proxy> --require-tls',
  },
  references: {
    securityHub: { ids: ['RDS.43'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.howitworks.html#rds-proxy-security.tls',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-43',
    ],
  },
  reads: ['rds.proxies'],
  evaluate({ 'rds.proxies': proxies }, ctx) {
    return proxies.map((proxy) => {
      const resource = { id: proxy.DBProxyName ?? 'unknown', arn: proxy.DBProxyArn ?? '' };
      const family = proxy.EngineFamily ? ` (${proxy.EngineFamily})` : '';
      if (proxy.RequireTLS === true) return ctx.pass(resource, `RDS Proxy ${resource.id}${family} requires TLS for client connections.`);
      if (proxy.RequireTLS === false) return ctx.fail(resource, `RDS Proxy ${resource.id}${family} accepts client connections without TLS (RequireTLS false).`);
      return ctx.undetermined(resource, `RDS Proxy ${resource.id}${family} reports no RequireTLS setting, so whether it requires TLS for client connections is unknown.`);
    });
  },
});
