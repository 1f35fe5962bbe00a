import { monitoringCheck, type MonitoringControl } from '../lib/cis-monitoring.js';

export const CONTROL: MonitoringControl = {
  cis: '4.10',
  events: 'security group changes',
  pattern: '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) || ($.eventName = ModifySecurityGroupRules) }',
};

export default monitoringCheck(CONTROL, {
  id: 'cloudwatch-security-group-changes-monitored',
  title: 'Security group changes trigger a CloudWatch alarm that notifies a confirmed SNS subscriber',
  risk: 'One security group rule can open a database or SSH to the internet; an alarm on every change lets someone review it while it is fresh.',
  securityHub: 'CloudWatch.10',
});
