import { monitoringCheck, type MonitoringControl } from '../lib/cis-monitoring.js';

export const CONTROL: MonitoringControl = {
  cis: '4.12',
  events: 'network gateway changes',
  pattern: '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }',
};

export default monitoringCheck(CONTROL, {
  id: 'cloudwatch-network-gateway-changes-monitored',
  title: 'Network gateway changes trigger a CloudWatch alarm that notifies a confirmed SNS subscriber',
  risk: 'Attaching an internet gateway or creating a customer gateway opens new paths into and out of the VPC; an alarm makes each one visible.',
  securityHub: 'CloudWatch.12',
});
