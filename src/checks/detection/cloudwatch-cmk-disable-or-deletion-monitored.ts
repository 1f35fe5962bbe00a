import { monitoringCheck, type MonitoringControl } from '../lib/cis-monitoring.js';

export const CONTROL: MonitoringControl = {
  cis: '4.7',
  events: 'disablings and scheduled deletions of customer managed keys',
  pattern: '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }',
};

export default monitoringCheck(CONTROL, {
  id: 'cloudwatch-cmk-disable-or-deletion-monitored',
  title: 'Disabling or deleting KMS keys triggers a CloudWatch alarm notifying a confirmed SNS subscriber',
  risk: 'Data encrypted under a disabled or deleted key becomes unreadable; an alarm on DisableKey and ScheduleKeyDeletion leaves time to cancel a deletion before the waiting period ends.',
  securityHub: 'CloudWatch.7',
});
