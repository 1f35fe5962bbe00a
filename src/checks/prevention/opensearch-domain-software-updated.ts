import { defineCheck } from '../define.js';
import { eachDomain } from '../lib/opensearch.js';

function day(value: unknown): string | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(typeof value === 'number' ? value * 1000 : value) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date.getTime() <= 0) return undefined;
  return date.toISOString().slice(0, 10);
}

export default defineCheck({
  id: 'opensearch-domain-software-updated',
  title: 'OpenSearch domains run the latest service software',
  pillar: 'prevention',
  service: 'opensearch',
  severity: 'low',
  resourceType: 'AWS::OpenSearchService::Domain',
  description:
    'Each OpenSearch Service domain (both engines) has ServiceSoftwareOptions.UpdateAvailable false. When an update is available, the message gives the new version and the date AWS will install it by itself (AutomatedUpdateDate). Opensearch.10 is judged on OpenSearch-engine domains only; Elasticsearch-engine domains are reported without a control.',
  risk: 'Service software updates carry security fixes and bug fixes for the domain; a domain that skips them keeps known vulnerabilities until AWS forces the update.',
  remediation: {
    text: 'Start the service software update (preferably in the domain\'s off-peak window), or enable automatic software updates.',
    console: 'Amazon OpenSearch Service > Domains > select the domain > Actions > Update (service software).',
    cli: 'aws opensearch start-service-software-update --domain-name <domain>',
  },
  references: {
    securityHub: { ids: ['Opensearch.10'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/service-software.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-10',
    ],
  },
  reads: ['opensearch.domains'],
  evaluate({ 'opensearch.domains': domains }, ctx) {
    return eachDomain(domains, ctx, { OpenSearch: 'Opensearch.10' }, (status, subject, resource) => {
      const options = status.ServiceSoftwareOptions;
      const current = options?.CurrentVersion ? ` ${options.CurrentVersion}` : '';
      if (options?.UpdateAvailable === false) return ctx.pass(resource, `${subject} runs the latest service software${current}.`);
      if (options?.UpdateAvailable !== true) {
        return ctx.undetermined(resource, `${subject} reports no ServiceSoftwareOptions.UpdateAvailable, so whether a service software update is pending is unknown.`);
      }
      const newVersion = options.NewVersion ? ` ${options.NewVersion}` : '';
      const forced = day(options.AutomatedUpdateDate);
      return ctx.fail(
        resource,
        `${subject} has a service software update available (${current.trim() || 'current version unknown'} to${newVersion || ' a newer version'})${forced ? `; AWS will install it automatically on ${forced}` : ''}.`,
      );
    });
  },
});
