import { defineCheck } from '../define.js';
import { eachDomain } from '../lib/opensearch.js';

export default defineCheck({
  id: 'opensearch-domain-error-logging',
  title: 'OpenSearch domains publish their error logs to CloudWatch Logs',
  pillar: 'detection',
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AWS::OpenSearchService::Domain',
  description:
    'Each OpenSearch Service domain (both engines) has LogPublishingOptions.ES_APPLICATION_LOGS enabled with a CloudWatchLogsLogGroupArn. Opensearch.4 is judged on OpenSearch-engine domains, ES.4 on Elasticsearch-engine domains.',
  risk: 'Without error logs, failed requests, cluster problems and errors caused by misuse or attacks leave no trace outside the nodes, which AWS manages and you cannot read.',
  remediation: {
    text: 'Publish error logs to a CloudWatch Logs log group whose resource policy lets OpenSearch Service write to it.',
    console: 'Amazon OpenSearch Service > Domains > select the domain > Logs > Error logs > Enable.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --log-publishing-options "ES_APPLICATION_LOGS={CloudWatchLogsLogGroupArn=<log-group-arn>,Enabled=true}"',
  },
  references: {
    securityHub: { ids: ['Opensearch.4', 'ES.4'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createdomain-configure-slow-logs.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-4',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-4',
    ],
  },
  reads: ['opensearch.domains'],
  evaluate({ 'opensearch.domains': domains }, ctx) {
    return eachDomain(domains, ctx, { OpenSearch: 'Opensearch.4', Elasticsearch: 'ES.4' }, (status, subject, resource) => {
      const option = status.LogPublishingOptions?.ES_APPLICATION_LOGS;
      if (option?.Enabled !== true) return ctx.fail(resource, `${subject} does not publish its error logs (ES_APPLICATION_LOGS ${option ? 'is disabled' : 'is not configured'}).`);
      if (!option.CloudWatchLogsLogGroupArn) return ctx.fail(resource, `${subject} has error logs enabled but names no CloudWatch Logs log group to publish them to.`);
      return ctx.pass(resource, `${subject} publishes its error logs to ${option.CloudWatchLogsLogGroupArn}.`);
    });
  },
});
