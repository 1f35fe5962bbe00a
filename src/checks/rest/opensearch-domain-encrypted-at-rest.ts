import { defineCheck } from '../define.js';
import { eachDomain } from '../lib/opensearch.js';

export default defineCheck({
  id: 'opensearch-domain-encrypted-at-rest',
  title: 'OpenSearch domains encrypt their data at rest',
  pillar: 'rest',
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AWS::OpenSearchService::Domain',
  description:
    'Each OpenSearch Service domain (both engines) has EncryptionAtRestOptions.Enabled true, with any KMS key: indices, logs, swap files and automated snapshots are then encrypted. Opensearch.1 is judged on OpenSearch-engine domains, ES.1 on Elasticsearch-engine domains.',
  risk: 'Data of an unencrypted domain sits in clear text on its storage volumes and in its automated snapshots, readable by anyone who obtains the underlying media or a copy of them.',
  remediation: {
    text: 'Enable encryption at rest (OpenSearch, or Elasticsearch 6.7 and later can enable it in place; older domains need a new domain and a snapshot restore). It cannot be turned off again.',
    console: 'Amazon OpenSearch Service > Domains > select the domain > Actions > Edit security configuration > Encryption: Enable encryption of data at rest.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --encryption-at-rest-options Enabled=true,KmsKeyId=<key-arn>',
  },
  references: {
    securityHub: { ids: ['Opensearch.1', 'ES.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-1',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-1',
    ],
  },
  reads: ['opensearch.domains'],
  evaluate({ 'opensearch.domains': domains }, ctx) {
    return eachDomain(domains, ctx, { OpenSearch: 'Opensearch.1', Elasticsearch: 'ES.1' }, (status, subject, resource) => {
      const options = status.EncryptionAtRestOptions;
      if (options?.Enabled === true) return ctx.pass(resource, `${subject} encrypts its data at rest${options.KmsKeyId ? ` with KMS key ${options.KmsKeyId}` : ''}.`);
      return ctx.fail(resource, `${subject} does not encrypt its data at rest (EncryptionAtRestOptions.Enabled is ${options?.Enabled === false ? 'false' : 'not set'}).`);
    });
  },
});
