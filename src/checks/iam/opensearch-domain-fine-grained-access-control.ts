import { defineCheck } from '../define.js';
import { eachDomain } from '../lib/opensearch.js';

export default defineCheck({
  id: 'opensearch-domain-fine-grained-access-control',
  title: 'OpenSearch domains have fine-grained access control enabled',
  pillar: 'iam',
  service: 'opensearch',
  severity: 'high',
  resourceType: 'AWS::OpenSearchService::Domain',
  description:
    'Each OpenSearch Service domain (both engines) has AdvancedSecurityOptions.Enabled true, so users and roles are authorized per index, document and field. Opensearch.7 is judged on OpenSearch-engine domains; Elasticsearch-engine domains (fine-grained access control exists from Elasticsearch 6.7) are reported too, without a control, since no ES control matches. Anonymous authentication (AnonymousAuthEnabled true) is named in the message as a warning.',
  risk: 'Without fine-grained access control, anyone the access policy lets in can read, write and delete every index of the domain; there are no users, roles or per-index permissions, and no audit log.',
  remediation: {
    text: 'Enable fine-grained access control with an IAM master user or the internal user database (it requires HTTPS, node-to-node encryption and encryption at rest), then map roles to users and backend roles.',
    console: 'Amazon OpenSearch Service > Domains > select the domain > Actions > Edit security configuration > Fine-grained access control: Enable.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --advanced-security-options "Enabled=true,InternalUserDatabaseEnabled=false,MasterUserOptions={MasterUserARN=<role-arn>}"',
  },
  references: {
    securityHub: { ids: ['Opensearch.7'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-7',
    ],
  },
  reads: ['opensearch.domains'],
  evaluate({ 'opensearch.domains': domains }, ctx) {
    return eachDomain(domains, ctx, { OpenSearch: 'Opensearch.7' }, (status, subject, resource) => {
      const options = status.AdvancedSecurityOptions;
      if (options?.Enabled !== true) return ctx.fail(resource, `${subject} does not have fine-grained access control enabled (AdvancedSecurityOptions.Enabled is ${options?.Enabled === false ? 'false' : 'not set'}).`);
      const users = options.InternalUserDatabaseEnabled === true ? 'the internal user database' : 'IAM';
      const anonymous = options.AnonymousAuthEnabled === true ? ' Warning: anonymous authentication is enabled, so unauthenticated requests are served with the anonymous role\'s permissions.' : '';
      return ctx.pass(resource, `${subject} has fine-grained access control enabled, with users from ${users}.${anonymous}`);
    });
  },
});
