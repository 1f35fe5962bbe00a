// Recorded CloudWatch calls of the demo account: the alarms of both regions. In us-east-1, the
// CIS alarms on the CloudTrail log group's metrics (most notify the security-alerts topic; one has
// its actions disabled, one watches the right metric name in the wrong namespace, one notifies a
// topic nobody confirmed), application alarms (one without any action, one covered by a composite
// alarm that pages on-call, an Application Auto Scaling target-tracking alarm). In eu-west-1, an
// alarm that notifies and one muted without actions.

import { CIS_FILTERS } from './logs.mjs';

const ACCOUNT = '123456789012';
const date = (iso) => ({ $date: iso });
const cloudwatch = (region, operation, input, output) => ({ service: 'cloudwatch', region, operation, input, output });
const topic = (region, name) => `arn:aws:sns:${region}:${ACCOUNT}:${name}`;
const ALL_ALARMS = { AlarmTypes: ['MetricAlarm', 'CompositeAlarm'], MaxRecords: 100 };

const metricAlarm = (region, name, extra) => ({
  AlarmName: name,
  AlarmArn: `arn:aws:cloudwatch:${region}:${ACCOUNT}:alarm:${name}`,
  AlarmConfigurationUpdatedTimestamp: date('2025-03-04T10:15:00.000Z'),
  ActionsEnabled: true,
  OKActions: [],
  AlarmActions: [],
  InsufficientDataActions: [],
  StateValue: 'OK',
  StateReason: 'Threshold Crossed: 1 datapoint [0.0 (01/11/26 11:40:00)] was not greater than or equal to the threshold (1.0).',
  StateUpdatedTimestamp: date('2026-11-01T11:45:00.000Z'),
  Statistic: 'Sum',
  Dimensions: [],
  Period: 300,
  EvaluationPeriods: 1,
  DatapointsToAlarm: 1,
  Threshold: 1,
  ComparisonOperator: 'GreaterThanOrEqualToThreshold',
  TreatMissingData: 'notBreaching',
  ...extra,
});

const metricOf = (filterName) => CIS_FILTERS.find(([name]) => name === filterName)[1];
const cisAlarm = (filterName, extra = {}) =>
  metricAlarm('us-east-1', filterName.replace(/^cis-/, 'CIS-'), {
    AlarmDescription: `CIS ${filterName.split('-')[1]} alarm on the CloudTrail log group`,
    AlarmActions: [topic('us-east-1', 'security-alerts')],
    MetricName: metricOf(filterName),
    Namespace: 'CISBenchmark',
    ...extra,
  });

export default [
  cloudwatch('us-east-1', 'DescribeAlarms', ALL_ALARMS, {
    MetricAlarms: [
      cisAlarm('cis-4.1-unauthorized-api-calls'),
      cisAlarm('cis-4.2-console-signin-without-mfa'),
      cisAlarm('cis-4.3-root-usage'),
      cisAlarm('cis-4.4-iam-policy-changes'),
      cisAlarm('cis-4.5-cloudtrail-changes', { ActionsEnabled: false }),
      cisAlarm('cis-4.7-cmk-disable-or-deletion', { Namespace: 'LogMetrics' }),
      cisAlarm('cis-4.8-s3-bucket-policy-changes', { AlarmActions: [topic('us-east-1', 'security-alerts-unconfirmed')] }),
      cisAlarm('cis-4.13-route-table-changes'),
      cisAlarm('cis-4.14-vpc-changes'),
      metricAlarm('us-east-1', 'orders-api-5xx', {
        AlarmDescription: 'Created from the console while debugging; never wired to anyone.',
        MetricName: 'HTTPCode_Target_5XX_Count',
        Namespace: 'AWS/ApplicationELB',
        Dimensions: [{ Name: 'LoadBalancer', Value: 'app/orders-api/50dc6c495c0c9188' }],
        Threshold: 10,
      }),
      metricAlarm('us-east-1', 'orders-db-cpu-high', {
        MetricName: 'CPUUtilization',
        Namespace: 'AWS/RDS',
        Statistic: 'Average',
        Dimensions: [{ Name: 'DBInstanceIdentifier', Value: 'orders-db' }],
        Threshold: 80,
        ComparisonOperator: 'GreaterThanThreshold',
        EvaluationPeriods: 3,
      }),
      metricAlarm('us-east-1', 'TargetTracking-table/orders-AlarmHigh-5f0c3a8e-1d2b-4c6a-9e7f-0a1b2c3d4e5f', {
        AlarmDescription: 'DO NOT EDIT OR DELETE. For TargetTrackingScaling policy arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:7d3f.',
        AlarmActions: [`arn:aws:autoscaling:us-east-1:${ACCOUNT}:scalingPolicy:7d3f0b1a-2c4e-4f6a-8b9c-0d1e2f3a4b5c:resource/dynamodb/table/orders:policyName/orders-read-scaling`],
        MetricName: 'ConsumedReadCapacityUnits',
        Namespace: 'AWS/DynamoDB',
        Dimensions: [{ Name: 'TableName', Value: 'orders' }],
        Period: 60,
        EvaluationPeriods: 2,
        Threshold: 210,
        ComparisonOperator: 'GreaterThanThreshold',
      }),
    ],
    CompositeAlarms: [
      {
        AlarmName: 'orders-service-degraded',
        AlarmArn: `arn:aws:cloudwatch:us-east-1:${ACCOUNT}:alarm:orders-service-degraded`,
        AlarmDescription: 'Pages on-call when the orders database is saturated.',
        AlarmRule: 'ALARM("orders-db-cpu-high")',
        ActionsEnabled: true,
        AlarmActions: [topic('us-east-1', 'ops-pager')],
        OKActions: [],
        InsufficientDataActions: [],
        StateValue: 'OK',
        StateUpdatedTimestamp: date('2026-10-30T02:10:00.000Z'),
        AlarmConfigurationUpdatedTimestamp: date('2025-06-12T08:00:00.000Z'),
      },
    ],
  }),
  cloudwatch('eu-west-1', 'DescribeAlarms', ALL_ALARMS, {
    MetricAlarms: [
      metricAlarm('eu-west-1', 'eu-thumbnailer-errors', {
        AlarmActions: [topic('eu-west-1', 'eu-media-events')],
        MetricName: 'Errors',
        Namespace: 'AWS/Lambda',
        Dimensions: [{ Name: 'FunctionName', Value: 'eu-thumbnailer' }],
        Threshold: 5,
      }),
      metricAlarm('eu-west-1', 'eu-queue-depth', {
        ActionsEnabled: false,
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Namespace: 'AWS/SQS',
        Statistic: 'Maximum',
        Dimensions: [{ Name: 'QueueName', Value: 'eu-thumbnail-jobs' }],
        Threshold: 1000,
        ComparisonOperator: 'GreaterThanThreshold',
      }),
    ],
    CompositeAlarms: [],
  }),
];
