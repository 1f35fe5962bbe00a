import type { Instance } from '@aws-sdk/client-ec2';
import { instanceLabel, instanceRef, instancesIn } from '../lib/ec2-compute.js';
import { defineCheck } from '../define.js';

/** Elastic Disaster Recovery replication servers carry this tag; AWS removes the SSM Agent from them. */
const DRS_TAG = 'AWSElasticDisasterRecoveryManaged';

function isDrsReplicationServer(instance: Instance): boolean {
  return (instance.Tags ?? []).some((t) => t.Key === DRS_TAG || (t.Key === 'Name' && /Elastic Disaster Recovery Replication Server/i.test(t.Value ?? '')));
}

export default defineCheck({
  id: 'ec2-instance-managed-by-ssm',
  title: 'Running and stopped EC2 instances are Systems Manager managed nodes',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AWS::EC2::Instance',
  description:
    'For each EC2 instance in state running or stopped (DescribeInstances), Systems Manager lists it as a managed node (DescribeInstanceInformation, any PingStatus: a stopped instance shows ConnectionLost). Elastic Disaster Recovery replication servers fail by design, since AWS removes the agent from them; the message says so when their tags mark them.',
  risk: 'An instance Systems Manager does not manage cannot be patched, inventoried or reached through Session Manager centrally: it drifts out of patch compliance unnoticed and tempts people into opening SSH or RDP instead.',
  remediation: {
    text: 'Install and run the SSM Agent (preinstalled on most AWS AMIs), attach an instance profile with AmazonSSMManagedInstanceCore (or turn on Default Host Management Configuration), and give the instance a route to the Systems Manager endpoints.',
    console: 'Systems Manager > Fleet Manager > Account management > Default Host Management Configuration: Enable; or EC2 > Instances > the instance > Actions > Security > Modify IAM role.',
    cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<profile-with-AmazonSSMManagedInstanceCore> --region <region>',
  },
  references: {
    securityHub: { ids: ['SSM.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/systems-manager/latest/userguide/troubleshooting-managed-nodes.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-1',
    ],
  },
  reads: ['ec2.instances', 'ssm.managedInstances'],
  evaluate({ 'ec2.instances': instances, 'ssm.managedInstances': managed }, ctx) {
    const nodes = new Map(managed.filter((m) => m.InstanceId).map((m) => [m.InstanceId!, m]));
    return instancesIn(instances, ['running', 'stopped']).map((instance) => {
      const resource = instanceRef(ctx, instance);
      const label = instanceLabel(instance);
      const node = nodes.get(instance.InstanceId ?? '');
      if (node) {
        const facts = [`PingStatus ${node.PingStatus ?? 'unknown'}`, node.AgentVersion ? `agent ${node.AgentVersion}` : '', node.PlatformName ?? node.PlatformType ?? ''].filter(Boolean);
        return ctx.pass(resource, `${label} is a Systems Manager managed node (${facts.join(', ')}).`);
      }
      const drs = isDrsReplicationServer(instance)
        ? ' It is an Elastic Disaster Recovery replication server, which fails this control by design: AWS removes the SSM Agent from them.'
        : ' Check that the SSM Agent runs, that the instance profile (or Default Host Management Configuration) grants AmazonSSMManagedInstanceCore, and that the instance reaches the Systems Manager endpoints.';
      const state = instance.State?.Name ? `${instance.State.Name} ` : '';
      return ctx.fail(resource, `${label} is not a Systems Manager managed node: DescribeInstanceInformation does not list this ${state}instance.${drs}`);
    });
  },
});
