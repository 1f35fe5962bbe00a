import { defineCheck } from '../define.js';
import { eachDomain } from '../lib/opensearch.js';

export default defineCheck({
  id: 'opensearch-domain-audit-logging',
  title: 'OpenSearch domains publish audit logs to CloudWatch Logs',
  pillar: 'detection',
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AWS::OpenSearchService::Domain',
  description:
    'Each OpenSearch Service domain (both engines) has LogPublishingOptions.AUDIT_LOGS enabled with a CloudWatchLogsLogGroupArn. Audit logs require fine-grained access control, so a domain without it (AdvancedSecurityOptions.Enabled not true) fails here too, and the message says so. Opensearch.5 is judged on OpenSearch-engine domains, ES.5 on Elasticsearch-engine domains.',
  risk: 'Without audit logs there is no record of who authenticated, which indices they read or changed, and which requests were refused, so misuse of the data cannot be traced.',
  remediation: {
    text: 'Enable fine-grained access control, publish audit logs to a CloudWatch Logs log group, then turn on audit logging in the security plugin (OpenSearch Dashboards > Security > Audit logs).',
    console: 'Amazon OpenSearch Service > Domains > select the domain > Logs > Audit logs > Enable.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --log-publishing-options "AUDIT_LOGS={CloudWatchLogsLogGroupArn=<log-group-arn>,Enabled=true}"',
  },
  references: {
    securityHub: { ids: ['Opensearch.5', 'ES.5'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-5',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-5',
    ],
  },
  reads: ['opensearch.domains'],
  evaluate({ 'opensearch.domains': domains }, ctx) {
    return eachDomain(domains, ctx, { OpenSearch: 'Opensearch.5', Elasticsearch: 'ES.5' }, (status, subject, resource) => {
      const option = status.LogPublishingOptions?.AUDIT_LOGS;
      const fgac = status.AdvancedSecurityOptions?.Enabled === true;
      const enabled = option?.Enabled === true;
      if (!fgac) {
        return ctx.fail(
          resource,
          `${subject} cannot produce audit logs: fine-grained access control, which audit logging requires, is off${enabled ? ' (AUDIT_LOGS is enabled but records nothing)' : ` and AUDIT_LOGS ${option ? 'is disabled' : 'is not configured'}`}.`,
        );
      }
      if (!enabled) return ctx.fail(resource, `${subject} does not publish audit logs (AUDIT_LOGS ${option ? 'is disabled' : 'is not configured'}).`);
      if (!option.CloudWatchLogsLogGroupArn) return ctx.fail(resource, `${subject} has audit logs enabled but names no CloudWatch Logs log group to publish them to.`);
      return ctx.pass(resource, `${subject} publishes audit logs to ${option.CloudWatchLogsLogGroupArn}.`);
    });
  },
});
