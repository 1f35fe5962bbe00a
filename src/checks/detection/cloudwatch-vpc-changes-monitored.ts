import { monitoringCheck, type MonitoringControl } from '../lib/cis-monitoring.js';

export const CONTROL: MonitoringControl = {
  cis: '4.14',
  events: 'VPC changes',
  pattern: '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }',
  variants: [
    {
      pattern: '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) }',
      source: 'without the four ClassicLink event names (EC2-Classic and ClassicLink are retired; those events can no longer occur)',
    },
  ],
};

export default monitoringCheck(CONTROL, {
  id: 'cloudwatch-vpc-changes-monitored',
  title: 'VPC changes trigger a CloudWatch alarm that notifies a confirmed SNS subscriber',
  risk: 'New VPCs, peering connections and changed VPC attributes change what can reach what; an alarm makes each change visible to the people who own the network.',
  securityHub: 'CloudWatch.14',
});
