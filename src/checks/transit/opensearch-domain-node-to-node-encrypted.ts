import { defineCheck } from '../define.js';
import { eachDomain } from '../lib/opensearch.js';

export default defineCheck({
  id: 'opensearch-domain-node-to-node-encrypted',
  title: 'OpenSearch domains encrypt traffic between their nodes',
  pillar: 'transit',
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AWS::OpenSearchService::Domain',
  description:
    'Each OpenSearch Service domain (both engines) has NodeToNodeEncryptionOptions.Enabled true, so traffic inside the cluster uses TLS. Opensearch.3 is judged on OpenSearch-engine domains, ES.3 on Elasticsearch-engine domains.',
  risk: 'Without node-to-node encryption, documents and search results travel in clear text between the nodes of the cluster, where anyone able to observe the network of the domain can read or alter them.',
  remediation: {
    text: 'Enable node-to-node encryption (OpenSearch, or Elasticsearch 6.7 and later); it cannot be turned off again. Older Elasticsearch versions must be upgraded first.',
    console: 'Amazon OpenSearch Service > Domains > select the domain > Actions > Edit security configuration > Encryption: Node-to-node encryption.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --node-to-node-encryption-options Enabled=true',
  },
  references: {
    securityHub: { ids: ['Opensearch.3', 'ES.3'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-3',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-3',
    ],
  },
  reads: ['opensearch.domains'],
  evaluate({ 'opensearch.domains': domains }, ctx) {
    return eachDomain(domains, ctx, { OpenSearch: 'Opensearch.3', Elasticsearch: 'ES.3' }, (status, subject, resource) =>
      status.NodeToNodeEncryptionOptions?.Enabled === true
        ? ctx.pass(resource, `${subject} encrypts traffic between its nodes.`)
        : ctx.fail(resource, `${subject} does not encrypt traffic between its nodes (NodeToNodeEncryptionOptions.Enabled is ${status.NodeToNodeEncryptionOptions?.Enabled === false ? 'false' : 'not set'}).`),
    );
  },
});
