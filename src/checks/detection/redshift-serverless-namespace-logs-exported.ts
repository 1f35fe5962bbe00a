import { defineCheck } from '../define.js';
import { namespaceLabel, namespaceRef } from '../lib/redshift.js';

const REQUIRED = ['connectionlog', 'userlog'];

export default defineCheck({
  id: 'redshift-serverless-namespace-logs-exported',
  title: 'Redshift Serverless namespaces export connection and user logs to CloudWatch Logs',
  pillar: 'detection',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AWS::RedshiftServerless::Namespace',
  description: 'Each Redshift Serverless namespace has logExports (ListNamespaces) containing both connectionlog and userlog; useractivitylog is optional and named in the message.',
  risk: 'Without connection and user logs there is no record of who connected to the data warehouse or which users were created, changed or dropped.',
  remediation: {
    text: 'Export at least the connection log and the user log of the namespace to CloudWatch Logs (and the user activity log for queries).',
    console: 'Amazon Redshift Serverless > Namespace configuration > select the namespace > Security and encryption > Edit > Export these logs.',
    cli: 'aws redshift-serverless update-namespace --namespace-name <namespace> --log-exports connectionlog userlog useractivitylog',
  },
  references: {
    securityHub: { ids: ['RedshiftServerless.6'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-audit-logging.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshiftserverless-controls.html#redshiftserverless-6',
    ],
  },
  reads: ['redshiftServerless.namespaces'],
  evaluate({ 'redshiftServerless.namespaces': namespaces }, ctx) {
    return namespaces.map((namespace) => {
      const resource = namespaceRef(namespace, ctx);
      const subject = namespaceLabel(namespace);
      const exported: string[] = namespace.logExports ?? [];
      const missing = REQUIRED.filter((log) => !exported.includes(log));
      const stated = exported.length ? `it exports ${exported.join(', ')}` : 'it exports no logs';
      return missing.length
        ? ctx.fail(resource, `${subject} does not export ${missing.join(' and ')} to CloudWatch Logs (${stated}).`)
        : ctx.pass(resource, `${subject} exports ${exported.join(', ')} to CloudWatch Logs.`);
    });
  },
});
