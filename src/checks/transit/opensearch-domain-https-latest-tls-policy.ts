import { defineCheck } from '../define.js';
import { eachDomain } from '../lib/opensearch.js';
import { OPENSEARCH_TLS_POLICIES, REQUIRED_TLS_POLICY } from '../lib/opensearch-tls-policies.js';

export default defineCheck({
  id: 'opensearch-domain-https-latest-tls-policy',
  title: 'OpenSearch domains enforce HTTPS with the latest TLS security policy',
  pillar: 'transit',
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AWS::OpenSearchService::Domain',
  description:
    `Each OpenSearch Service domain (both engines) has DomainEndpointOptions.EnforceHTTPS true and TLSSecurityPolicy ${REQUIRED_TLS_POLICY}, the fixed parameter of Opensearch.8 and ES.8. The newer Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08 (TLS 1.3 with FIPS cipher suites) also passes, although Security Hub may fail it. Policy-Min-TLS-1-2-2019-07 fails (TLS 1.2 but not the latest policy), and EnforceHTTPS false fails whatever the policy. Opensearch.8 is judged on OpenSearch-engine domains, ES.8 on Elasticsearch-engine domains.`,
  risk: 'Without enforced HTTPS the domain endpoint answers plain HTTP, so queries, documents and credentials cross the network in clear text; older policies still negotiate TLS 1.0 or cipher suites without forward secrecy.',
  remediation: {
    text: `Enforce HTTPS on the domain endpoint and select the TLS security policy ${REQUIRED_TLS_POLICY}; clients must support TLS 1.2 with forward secrecy.`,
    console: 'Amazon OpenSearch Service > Domains > select the domain > Actions > Edit security configuration > Encryption: Require HTTPS, TLS security policy.',
    cli: `aws opensearch update-domain-config --domain-name <domain> --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=${REQUIRED_TLS_POLICY}`,
  },
  references: {
    securityHub: { ids: ['Opensearch.8', 'ES.8'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-8',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-8',
    ],
  },
  reads: ['opensearch.domains'],
  evaluate({ 'opensearch.domains': domains }, ctx) {
    return eachDomain(domains, ctx, { OpenSearch: 'Opensearch.8', Elasticsearch: 'ES.8' }, (status, subject, resource) => {
      const options = status.DomainEndpointOptions ?? {};
      const policy = options.TLSSecurityPolicy;
      const spec = policy ? OPENSEARCH_TLS_POLICIES[policy] : undefined;
      const policyText = policy ? `TLS security policy ${policy}${spec ? ` (${spec.offers})` : ''}` : 'no TLS security policy reported';
      if (options.EnforceHTTPS !== true) {
        return ctx.fail(resource, `${subject} does not enforce HTTPS (EnforceHTTPS is ${options.EnforceHTTPS === false ? 'false' : 'not set'}), so its endpoint accepts plain HTTP; it has ${policyText}.`);
      }
      if (!policy) return ctx.fail(resource, `${subject} enforces HTTPS but reports no TLS security policy, not ${REQUIRED_TLS_POLICY}.`);
      if (!spec) {
        return ctx.undetermined(resource, `${subject} enforces HTTPS with TLS security policy ${policy}, which aws-posture does not know: whether it is at least ${REQUIRED_TLS_POLICY} is unknown (update aws-posture).`);
      }
      if (spec.verdict === 'outdated') return ctx.fail(resource, `${subject} enforces HTTPS but uses ${policyText}, not the latest policy ${REQUIRED_TLS_POLICY}.`);
      if (spec.verdict === 'stronger') {
        return ctx.pass(resource, `${subject} enforces HTTPS with ${policyText}, stricter than ${REQUIRED_TLS_POLICY}; Security Hub, whose parameter names only ${REQUIRED_TLS_POLICY}, may fail it.`);
      }
      return ctx.pass(resource, `${subject} enforces HTTPS with ${policyText}.`);
    });
  },
});
