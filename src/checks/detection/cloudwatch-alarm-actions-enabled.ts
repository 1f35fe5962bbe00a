import type { CompositeAlarm, MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { defineCheck } from '../define.js';
import { alarmRef } from '../lib/cloudwatch-alarms.js';

export default defineCheck({
  id: 'cloudwatch-alarm-actions-enabled',
  title: 'CloudWatch alarms have their actions enabled',
  pillar: 'detection',
  service: 'cloudwatch',
  severity: 'high',
  resourceType: 'AWS::CloudWatch::Alarm',
  description: 'Each metric and composite alarm has ActionsEnabled true (DescribeAlarms with both alarm types). With actions disabled, the alarm still changes state but runs none of its actions.',
  risk: 'An alarm whose actions are disabled looks configured but notifies nobody and starts no automation: the condition it watches goes unanswered.',
  remediation: {
    text: 'Enable the alarm actions (they are often disabled during maintenance and left so).',
    console: 'CloudWatch > Alarms > the alarm > Actions > Enable actions.',
    cli: 'aws cloudwatch enable-alarm-actions --alarm-names <alarm-name>',
  },
  references: {
    securityHub: { ids: ['CloudWatch.17'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_EnableAlarmActions.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-17',
    ],
  },
  reads: ['cloudwatch.alarms'],
  evaluate({ 'cloudwatch.alarms': { metricAlarms, compositeAlarms } }, ctx) {
    const judge = (kind: string, alarm: MetricAlarm | CompositeAlarm) => {
      const resource = alarmRef(alarm, ctx);
      if (alarm.ActionsEnabled === true) return ctx.pass(resource, `${kind} alarm ${resource.id} has its actions enabled.`);
      if (alarm.ActionsEnabled === false) return ctx.fail(resource, `${kind} alarm ${resource.id} has its actions disabled: it changes state but runs none of its actions.`);
      return ctx.undetermined(resource, `${kind} alarm ${resource.id}: the answer does not say whether its actions are enabled.`);
    };
    return [...metricAlarms.map((a) => judge('Metric', a)), ...compositeAlarms.map((a) => judge('Composite', a))];
  },
});
