import { defineCheck } from '../define.js';
import { alarmRef, notifyingComposites } from '../lib/cloudwatch-alarms.js';

export default defineCheck({
  id: 'cloudwatch-alarm-action-configured',
  title: 'CloudWatch metric alarms have an action for the ALARM state',
  pillar: 'detection',
  service: 'cloudwatch',
  severity: 'high',
  resourceType: 'AWS::CloudWatch::Alarm',
  description:
    "Each metric alarm has at least one AlarmActions entry (SNS topic, Auto Scaling or EC2 action, Systems Manager incident, Lambda function), or belongs to a composite alarm (its AlarmRule names the alarm, directly or through other composite alarms) that has one. Only ALARM-state actions count, as Security Hub CloudWatch.15's fixed parameters say (OK and INSUFFICIENT_DATA actions are not required). Target-tracking alarms that Application Auto Scaling creates have scaling-policy actions and pass. Whether actions are enabled is cloudwatch-alarm-actions-enabled's question.",
  risk: 'An alarm without an action changes state in the console and nowhere else: nobody is told and nothing reacts when the condition it watches occurs.',
  remediation: {
    text: 'Add an ALARM-state action to the alarm (an SNS topic someone is subscribed to, or the automation it should start), or make it part of a composite alarm that has one.',
    console: 'CloudWatch > Alarms > the alarm > Actions > Edit > Configure actions > Notification (In alarm).',
    cli: 'aws cloudwatch put-metric-alarm ... --alarm-actions <sns-topic-arn>   (put-metric-alarm replaces the whole alarm: repeat its current settings)',
  },
  references: {
    securityHub: { ids: ['CloudWatch.15'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-actions',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-15',
    ],
  },
  reads: ['cloudwatch.alarms'],
  evaluate({ 'cloudwatch.alarms': { metricAlarms, compositeAlarms } }, ctx) {
    return metricAlarms.map((alarm) => {
      const resource = alarmRef(alarm, ctx);
      const actions = alarm.AlarmActions ?? [];
      if (actions.length) return ctx.pass(resource, `Metric alarm ${resource.id} has ${actions.length} ALARM action${actions.length === 1 ? '' : 's'}: ${actions.join(', ')}.`);
      const composites = notifyingComposites(alarm, compositeAlarms);
      if (composites.length) {
        return ctx.pass(resource, `Metric alarm ${resource.id} has no ALARM action of its own but belongs to composite alarm ${composites.map((c) => c.AlarmName).join(', ')}, which has.`);
      }
      const other = [...(alarm.OKActions ?? []), ...(alarm.InsufficientDataActions ?? [])].length;
      return ctx.fail(resource, `Metric alarm ${resource.id} has no action for the ALARM state${other ? ' (only OK or INSUFFICIENT_DATA actions)' : ''} and belongs to no composite alarm that has one.`);
    });
  },
});
