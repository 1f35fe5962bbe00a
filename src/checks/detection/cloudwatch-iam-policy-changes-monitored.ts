import { monitoringCheck, type MonitoringControl } from '../lib/cis-monitoring.js';

export const CONTROL: MonitoringControl = {
  cis: '4.4',
  events: 'IAM policy changes',
  pattern: '{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }',
};

export default monitoringCheck(CONTROL, {
  id: 'cloudwatch-iam-policy-changes-monitored',
  title: 'IAM policy changes trigger a CloudWatch alarm that notifies a confirmed SNS subscriber',
  risk: 'A changed, attached or deleted IAM policy can grant an attacker persistent privileges or remove a control; an alarm lets someone review each change as it happens.',
  securityHub: 'CloudWatch.4',
});
