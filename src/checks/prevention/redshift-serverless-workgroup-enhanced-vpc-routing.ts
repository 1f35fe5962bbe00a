import { defineCheck } from '../define.js';
import { workgroupLabel, workgroupRef } from '../lib/redshift.js';

export default defineCheck({
  id: 'redshift-serverless-workgroup-enhanced-vpc-routing',
  title: 'Redshift Serverless workgroups use enhanced VPC routing',
  pillar: 'prevention',
  service: 'redshift',
  severity: 'high',
  resourceType: 'AWS::RedshiftServerless::Workgroup',
  description: 'Each Redshift Serverless workgroup has enhancedVpcRouting true (ListWorkgroups), so COPY and UNLOAD traffic stays in the VPC.',
  risk: 'Without enhanced VPC routing, COPY and UNLOAD traffic goes through the internet path of the service, outside the controls and the flow logs of the VPC.',
  remediation: {
    text: 'Enable enhanced VPC routing on the workgroup, and give the VPC a route to S3 (gateway endpoint or NAT).',
    console: 'Amazon Redshift Serverless > Workgroup configuration > select the workgroup > Network and security > Edit > Turn on enhanced VPC routing.',
    cli: 'aws redshift-serverless update-workgroup --workgroup-name <workgroup> --enhanced-vpc-routing',
  },
  references: {
    securityHub: { ids: ['RedshiftServerless.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshiftserverless-controls.html#redshiftserverless-1',
    ],
  },
  reads: ['redshiftServerless.workgroups'],
  evaluate({ 'redshiftServerless.workgroups': workgroups }, ctx) {
    return workgroups.map((workgroup) => {
      const resource = workgroupRef(workgroup, ctx);
      const subject = workgroupLabel(workgroup);
      if (workgroup.enhancedVpcRouting === true) return ctx.pass(resource, `${subject} uses enhanced VPC routing.`);
      if (workgroup.enhancedVpcRouting === false) return ctx.fail(resource, `${subject} does not use enhanced VPC routing, so COPY and UNLOAD traffic leaves the VPC.`);
      return ctx.undetermined(resource, `${subject} does not report enhancedVpcRouting in the ListWorkgroups answer.`);
    });
  },
});
