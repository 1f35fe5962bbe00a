import { defineCheck } from '../define.js';
import { exposureSentence, workgroupLabel, workgroupPort, workgroupRef } from '../lib/redshift.js';

export default defineCheck({
  id: 'redshift-serverless-workgroup-not-public',
  title: 'Redshift Serverless workgroups are not publicly accessible',
  pillar: 'prevention',
  service: 'redshift',
  severity: 'high',
  resourceType: 'AWS::RedshiftServerless::Workgroup',
  description:
    'Each Redshift Serverless workgroup has publiclyAccessible false (ListWorkgroups). The attribute alone decides, as RedshiftServerless.3 reads it; the message adds whether the workgroup\'s security groups open its port (default 5439) to the internet.',
  risk: 'A publicly accessible workgroup has an endpoint reachable from the internet: only its security groups and database credentials stand between the internet and the data.',
  remediation: {
    text: 'Turn off public accessibility and reach the workgroup from inside the VPC.',
    console: 'Amazon Redshift Serverless > Workgroup configuration > select the workgroup > Network and security > Edit > clear "Turn on Public Accessible".',
    cli: 'aws redshift-serverless update-workgroup --workgroup-name <workgroup> --no-publicly-accessible',
  },
  references: {
    securityHub: { ids: ['RedshiftServerless.3'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-connecting.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshiftserverless-controls.html#redshiftserverless-3',
    ],
  },
  reads: ['redshiftServerless.workgroups', 'redshiftServerless.securityGroupsRead'],
  evaluate({ 'redshiftServerless.workgroups': workgroups, 'redshiftServerless.securityGroupsRead': groups }, ctx) {
    return workgroups.map((workgroup) => {
      const resource = workgroupRef(workgroup, ctx);
      const subject = workgroupLabel(workgroup);
      const sgs = () => exposureSentence(workgroup.securityGroupIds ?? [], workgroupPort(workgroup).port, groups);
      if (workgroup.publiclyAccessible === false) return ctx.pass(resource, `${subject} is not publicly accessible. ${sgs()}`);
      if (workgroup.publiclyAccessible === true) return ctx.fail(resource, `${subject} is publicly accessible. ${sgs()}`);
      return ctx.undetermined(resource, `${subject} does not report whether it is publicly accessible (no publiclyAccessible in the ListWorkgroups answer).`);
    });
  },
});
