import { monitoringCheck, type MonitoringControl } from '../lib/cis-monitoring.js';

export const CONTROL: MonitoringControl = {
  cis: '4.9',
  events: 'AWS Config configuration changes',
  pattern: '{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }',
};

export default monitoringCheck(CONTROL, {
  id: 'cloudwatch-config-changes-monitored',
  title: 'AWS Config changes trigger a CloudWatch alarm that notifies a confirmed SNS subscriber',
  risk: 'Stopping the configuration recorder or removing its delivery channel blinds the inventory and compliance history of the account; an alarm shows who did it and when.',
  securityHub: 'CloudWatch.9',
});
