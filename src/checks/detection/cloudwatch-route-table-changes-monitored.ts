import { monitoringCheck, type MonitoringControl } from '../lib/cis-monitoring.js';

export const CONTROL: MonitoringControl = {
  cis: '4.13',
  events: 'route table changes',
  pattern: '{ ($.eventSource = ec2.amazonaws.com) && ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }',
  variants: [
    {
      pattern: '{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }',
      source: 'the CIS v5 eventSource condition applied to every event name (as written, && binds before ||, so CIS applies it to CreateRoute only)',
    },
    {
      pattern: '{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }',
      source: 'Security Hub CloudWatch.13, without the eventSource condition',
    },
  ],
};

export default monitoringCheck(CONTROL, {
  id: 'cloudwatch-route-table-changes-monitored',
  title: 'Route table changes trigger a CloudWatch alarm that notifies a confirmed SNS subscriber',
  risk: 'A changed route can send a subnet\'s traffic to the internet or through an attacker-controlled appliance; an alarm makes sure each change is expected.',
  securityHub: 'CloudWatch.13',
});
