import { defineCheck } from '../define.js';
import { workgroupLabel, workgroupRef } from '../lib/redshift.js';

export default defineCheck({
  id: 'redshift-serverless-workgroup-requires-ssl',
  title: 'Redshift Serverless workgroups require SSL for every connection',
  pillar: 'transit',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AWS::RedshiftServerless::Workgroup',
  description:
    'Each Redshift Serverless workgroup has a configParameters entry with parameterKey require_ssl and parameterValue "true" (ListWorkgroups). A workgroup whose answer lists no require_ssl entry fails.',
  risk: 'Without require_ssl the workgroup accepts unencrypted connections, so credentials and query results can cross the network in clear text whenever a client does not insist on SSL.',
  remediation: {
    text: 'Set the workgroup configuration parameter require_ssl to true.',
    console: 'Amazon Redshift Serverless > Workgroup configuration > select the workgroup > Data access > Edit > require_ssl.',
    cli: 'aws redshift-serverless update-workgroup --workgroup-name <workgroup> --config-parameters parameterKey=require_ssl,parameterValue=true',
  },
  references: {
    securityHub: { ids: ['RedshiftServerless.2'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-connecting.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshiftserverless-controls.html#redshiftserverless-2',
    ],
  },
  reads: ['redshiftServerless.workgroups'],
  evaluate({ 'redshiftServerless.workgroups': workgroups }, ctx) {
    return workgroups.map((workgroup) => {
      const resource = workgroupRef(workgroup, ctx);
      const subject = workgroupLabel(workgroup);
      const entry = (workgroup.configParameters ?? []).find((p) => p.parameterKey === 'require_ssl');
      if (!entry) return ctx.fail(resource, `${subject} does not require SSL: it lists no require_ssl configuration parameter.`);
      const value = entry.parameterValue ?? '';
      return value.trim().toLowerCase() === 'true'
        ? ctx.pass(resource, `${subject} requires SSL (require_ssl is "${value}").`)
        : ctx.fail(resource, `${subject} does not require SSL: require_ssl is "${value}", so clients may connect without encryption.`);
    });
  },
});
