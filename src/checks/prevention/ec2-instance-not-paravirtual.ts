import { defineCheck } from '../define.js';
import { instanceLabel, instanceRef, instancesIn } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-instance-not-paravirtual',
  title: 'EC2 instances do not use paravirtual virtualization',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AWS::EC2::Instance',
  description: 'Each pending, running, stopping or stopped instance uses HVM virtualization (VirtualizationType is not paravirtual).',
  risk: 'Paravirtual (PV) instances run only on previous-generation instance types and old kernels, which no longer receive the hardware and security improvements of current generations.',
  remediation: {
    text: 'Rebuild the workload on an HVM AMI and a current-generation instance type, then terminate the paravirtual instance.',
    console: 'EC2 > AMIs > choose an HVM AMI > Launch instance from AMI; migrate the workload; terminate the old instance.',
    cli: 'aws ec2 run-instances --image-id <hvm-ami> --instance-type <current-generation-type> ...',
  },
  references: {
    securityHub: { ids: ['EC2.24'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ComponentsAMIs.html#virtualization_types',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-24',
    ],
  },
  reads: ['ec2.instances'],
  evaluate({ 'ec2.instances': instances }, ctx) {
    return instancesIn(instances).map((instance) => {
      const resource = instanceRef(ctx, instance);
      const name = instanceLabel(instance);
      const type = instance.VirtualizationType;
      if (type === 'paravirtual') return ctx.fail(resource, `${name} (${instance.InstanceType ?? 'unknown type'}) uses paravirtual virtualization.`);
      if (type === 'hvm') return ctx.pass(resource, `${name} uses HVM virtualization.`);
      return ctx.undetermined(resource, `${name} reports no virtualization type, so whether it is paravirtual is unknown.`);
    });
  },
});
