import { domainRef, listed } from '../lib/apigateway.js';
import { defineCheck } from '../define.js';

/** The 2025 enhanced policies, the only ones Security Hub's APIGateway.11 accepts. */
const APIGATEWAY_11_POLICIES = [
  'SecurityPolicy_TLS13_1_3_2025_09',
  'SecurityPolicy_TLS13_1_3_FIPS_2025_09',
  'SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09',
  'SecurityPolicy_TLS13_2025_EDGE',
  'SecurityPolicy_TLS12_PFS_2025_EDGE',
];

type PolicyVerdict = 'legacy' | 'tls12' | 'unknown';

/**
 * TLS_1_0 and any enhanced policy named for TLS 1.0 or 1.1 accept clients older than TLS 1.2;
 * TLS_1_2 and the SecurityPolicy_TLS12_* / SecurityPolicy_TLS13_* policies do not. Any other name
 * is one this version does not know: unknown, never a pass.
 */
export function judgeDomainPolicy(policy: string): PolicyVerdict {
  const name = policy.trim().toUpperCase();
  if (name === 'TLS_1_0' || name === 'TLS_1_1' || /TLS1[01](?![0-9])/.test(name)) return 'legacy';
  if (name === 'TLS_1_2' || name.startsWith('SECURITYPOLICY_TLS12_') || name.startsWith('SECURITYPOLICY_TLS13_')) return 'tls12';
  return 'unknown';
}

interface Domain {
  name: string;
  arn?: string;
  /** Security policies as each listing reports them (a regional domain appears in both). */
  policies: Array<{ policy: string | undefined; source: string }>;
  endpointTypes: Set<string>;
  sources: Set<string>;
}

export default defineCheck({
  id: 'apigateway-domain-tls-1-2-minimum',
  title: 'API Gateway custom domain names accept no TLS version older than 1.2',
  pillar: 'transit',
  service: 'apigateway',
  severity: 'medium',
  resourceType: 'AWS::ApiGateway::DomainName',
  description:
    "For each API Gateway custom domain name (REST, HTTP and WebSocket), its security policy offers no protocol older than TLS 1.2: TLS_1_0, or an enhanced policy whose name contains TLS10 or TLS11, fails; TLS_1_2 and the enhanced SecurityPolicy_TLS12_* and SecurityPolicy_TLS13_* policies pass. Domains are read from the REST API listing (securityPolicy) and the HTTP/WebSocket listing (DomainNameConfigurations[].SecurityPolicy); a regional domain appears in both and is judged once. Security Hub's APIGateway.11 accepts only the 2025 enhanced policies, so a domain on TLS_1_2 passes here and may fail there: the policy is named in every message. The default execute-api endpoint of an API is not a custom domain and is not judged. An unknown policy name is an ERROR.",
  risk: 'TLS 1.0 and 1.1 have known weaknesses; a client or an attacker in the path can negotiate the connection to the API down to them.',
  remediation: {
    text: 'Set the custom domain name\'s security policy to TLS_1_2, or for REST APIs to an enhanced policy such as SecurityPolicy_TLS13_1_3_2025_09.',
    console: 'API Gateway > Custom domain names > the domain > Configurations > Edit > Security policy.',
    cli: 'aws apigateway update-domain-name --domain-name <domain> --patch-operations op=replace,path=/securityPolicy,value=TLS_1_2',
  },
  references: {
    securityHub: { ids: ['APIGateway.11'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-security-policies-list.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html',
    ],
  },
  reads: ['apigateway.restDomainNames', 'apigatewayv2.domainNames'],
  evaluate({ 'apigateway.restDomainNames': rest, 'apigatewayv2.domainNames': v2 }, ctx) {
    const domains = new Map<string, Domain>();
    // A private custom domain name (REST only) can share its name with a public one: its id tells them apart.
    const domainOf = (name: string, privateId?: string) => {
      const key = `${name.toLowerCase()}${privateId ? `+${privateId}` : ''}`;
      let d = domains.get(key);
      if (!d) {
        d = { name: privateId ? `${name}+${privateId}` : name, policies: [], endpointTypes: new Set(), sources: new Set() };
        domains.set(key, d);
      }
      return d;
    };
    for (const dn of rest) {
      if (!dn.domainName) continue;
      const d = domainOf(dn.domainName, dn.domainNameId);
      d.sources.add('REST');
      if (dn.domainNameArn) d.arn = dn.domainNameArn;
      d.policies.push({ policy: dn.securityPolicy, source: 'REST API listing' });
      for (const t of dn.endpointConfiguration?.types ?? []) d.endpointTypes.add(String(t).toLowerCase());
    }
    for (const dn of v2) {
      if (!dn.DomainName) continue;
      const d = domainOf(dn.DomainName);
      d.sources.add('HTTP/WebSocket');
      const configs = dn.DomainNameConfigurations ?? [];
      if (configs.length === 0) d.policies.push({ policy: undefined, source: 'HTTP/WebSocket API listing' });
      for (const c of configs) {
        d.policies.push({ policy: c.SecurityPolicy, source: 'HTTP/WebSocket API listing' });
        if (c.EndpointType) d.endpointTypes.add(String(c.EndpointType).toLowerCase());
      }
    }
    return [...domains.values()]
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((d) => {
        const resource = domainRef(d.name, ctx, d.arn);
        const kinds = [...d.endpointTypes].sort().join(' and ');
        const families = `listed by the ${[...d.sources].join(' and ')} API${d.sources.size > 1 ? 's' : ''}`;
        const label = `Custom domain name ${d.name} (${kinds ? `${kinds}, ` : ''}${families})`;
        const named = [...new Set(d.policies.map((p) => p.policy).filter((p): p is string => !!p))];
        const missing = d.policies.filter((p) => !p.policy);
        const verdicts = named.map((p) => ({ policy: p, verdict: judgeDomainPolicy(p) }));
        const legacy = verdicts.filter((v) => v.verdict === 'legacy').map((v) => v.policy);
        if (legacy.length) {
          return ctx.fail(resource, `${label} uses security policy ${listed(legacy)}, which accepts TLS 1.0 and TLS 1.1 clients.`);
        }
        const unknown = verdicts.filter((v) => v.verdict === 'unknown').map((v) => v.policy);
        if (unknown.length) {
          return ctx.undetermined(resource, `${label} uses security policy ${listed(unknown)}, which this version of aws-posture does not know, so whether it accepts TLS versions older than 1.2 is unknown.`);
        }
        if (missing.length || named.length === 0) {
          return ctx.undetermined(resource, `${label}: the ${listed([...new Set(missing.map((m) => m.source))])} reports no security policy, so whether the domain accepts TLS versions older than 1.2 is unknown.`);
        }
        const outsideControl = named.filter((p) => !APIGATEWAY_11_POLICIES.includes(p));
        const note = outsideControl.length
          ? ` Security Hub's APIGateway.11 accepts only the 2025 enhanced policies (${APIGATEWAY_11_POLICIES.join(', ')}), so this domain fails there.`
          : '';
        return ctx.pass(resource, `${label} uses security policy ${listed(named)}, which accepts nothing older than TLS 1.2.${note}`);
      });
  },
});
