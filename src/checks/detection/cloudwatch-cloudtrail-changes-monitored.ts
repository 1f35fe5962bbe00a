import { monitoringCheck, type MonitoringControl } from '../lib/cis-monitoring.js';

export const CONTROL: MonitoringControl = {
  cis: '4.5',
  events: 'CloudTrail configuration changes',
  pattern: '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }',
};

export default monitoringCheck(CONTROL, {
  id: 'cloudwatch-cloudtrail-changes-monitored',
  title: 'Changes to CloudTrail trails trigger a CloudWatch alarm that notifies a confirmed SNS subscriber',
  risk: 'Stopping, deleting or reconfiguring a trail is how an attacker hides what follows; an alarm on these changes is the last notice before the record goes dark.',
  securityHub: 'CloudWatch.5',
});
