// The CloudWatch Logs, CloudWatch and SNS datasets against recorded answers: what they ask AWS for
// and in which region, paging to the end, what they drop and what they keep as a per-resource
// error; and that subscription endpoints never reach a dataset or a recording.
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/aws/catalogue.js';
import { endpointHost, sanitizeSubscriptions } from '../../src/aws/services/sns.js';
import { AwsData } from '../../src/data/aws-data.js';
import { DESCRIBE_ALL_ALARMS } from '../../src/data/datasets/cloudwatch.js';
import { parseLogGroupArn } from '../../src/data/datasets/logs.js';
import { Recorder, type RecordedCall } from '../../src/data/inventory.js';
import { replayLoader } from '../helpers/replay-loader.js';

const HOME = 'us-east-1';
const REGIONS = ['us-east-1', 'eu-west-1'];
const answer = (service: RecordedCall['service'], region: string, operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service, region, operation, input, output });
const refused = (service: RecordedCall['service'], region: string, operation: string, input: Record<string, unknown>, code: string, httpStatus = 403): RecordedCall => ({
  service,
  region,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus },
});

const LOG_GROUP_ARN = 'arn:aws:logs:eu-west-1:123456789012:log-group:aws-cloudtrail-logs-org:*';
const trailWith = (name: string, logGroupArn?: string) => ({
  Name: name,
  TrailARN: `arn:aws:cloudtrail:us-east-1:123456789012:trail/${name}`,
  HomeRegion: 'us-east-1',
  IsMultiRegionTrail: true,
  S3BucketName: 'trail-logs',
  ...(logGroupArn ? { CloudWatchLogsLogGroupArn: logGroupArn } : {}),
});
const trailListings = (...trails: object[]) => REGIONS.map((region) => answer('cloudtrail', region, 'DescribeTrails', {}, { trailList: trails }));

describe('logs datasets', () => {
  it('pages DescribeLogGroups to the end, in each region asked', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('logs', 'eu-west-1', 'DescribeLogGroups', {}, { logGroups: [{ logGroupName: '/aws/lambda/a' }], nextToken: 't1' }),
        answer('logs', 'eu-west-1', 'DescribeLogGroups', { nextToken: 't1' }, { logGroups: [{ logGroupName: 'app' }] }),
      ],
      REGIONS,
    );
    expect((await loader.load('logs.logGroups', 'eu-west-1')).map((g) => g.logGroupName)).toEqual(['/aws/lambda/a', 'app']);
    expect(sent.map((r) => [r.region, r.operation, r.input.nextToken])).toEqual([
      ['eu-west-1', 'DescribeLogGroups', undefined],
      ['eu-west-1', 'DescribeLogGroups', 't1'],
    ]);
  });

  it("reads a trail log group's metric filters in the log group's region, once, paged to the end", async () => {
    const { loader, sent } = replayLoader(
      [
        ...trailListings(trailWith('org', LOG_GROUP_ARN), trailWith('copy', LOG_GROUP_ARN), trailWith('no-logs')),
        answer('logs', 'eu-west-1', 'DescribeMetricFilters', { logGroupName: 'aws-cloudtrail-logs-org' }, { metricFilters: [{ filterName: 'a' }], nextToken: 'n1' }),
        answer('logs', 'eu-west-1', 'DescribeMetricFilters', { logGroupName: 'aws-cloudtrail-logs-org', nextToken: 'n1' }, { metricFilters: [{ filterName: 'b' }] }),
      ],
      ['us-east-1'],
    );
    const groups = await loader.load('logs.trailMetricFilters', HOME);
    expect(groups).toEqual([{ logGroup: parseLogGroupArn(LOG_GROUP_ARN), kind: 'read', filters: { ok: true, value: [{ filterName: 'a' }, { filterName: 'b' }] } }]);
    expect(sent.filter((r) => r.service === 'logs').map((r) => r.region)).toEqual(['eu-west-1', 'eu-west-1']);
  });

  it('does not ask for the filters of a log group of another account, and tells a missing log group from a refusal', async () => {
    const foreign = 'arn:aws:logs:us-east-1:999988887777:log-group:org-trail:*';
    const gone = 'arn:aws:logs:us-east-1:123456789012:log-group:deleted-group:*';
    const hidden = 'arn:aws:logs:us-east-1:123456789012:log-group:hidden-group:*';
    const { loader, sent } = replayLoader(
      [
        ...trailListings(trailWith('a', foreign), trailWith('b', gone), trailWith('c', hidden), trailWith('d', 'not-an-arn')),
        refused('logs', 'us-east-1', 'DescribeMetricFilters', { logGroupName: 'deleted-group' }, 'ResourceNotFoundException', 400),
        refused('logs', 'us-east-1', 'DescribeMetricFilters', { logGroupName: 'hidden-group' }, 'AccessDeniedException'),
      ],
      REGIONS,
    );
    const groups = await loader.load('logs.trailMetricFilters', HOME);
    expect(groups.map((g) => [g.logGroup.arn, g.kind, g.kind === 'read' && !g.filters.ok ? g.filters.error.code : undefined])).toEqual([
      [gone, 'missing', undefined],
      [hidden, 'read', 'AccessDeniedException'],
      [foreign, 'foreign', undefined],
      ['not-an-arn', 'unparseable', undefined],
    ]);
    expect(sent.filter((r) => r.service === 'logs').map((r) => r.input.logGroupName)).toEqual(['deleted-group', 'hidden-group']);
  });
});

describe('cloudwatch datasets', () => {
  it('asks for metric and composite alarms, 100 a page, to the end', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('cloudwatch', HOME, 'DescribeAlarms', DESCRIBE_ALL_ALARMS, { MetricAlarms: [{ AlarmName: 'm1' }], CompositeAlarms: [], NextToken: 'p2' }),
        answer('cloudwatch', HOME, 'DescribeAlarms', { ...DESCRIBE_ALL_ALARMS, NextToken: 'p2' }, { MetricAlarms: [{ AlarmName: 'm2' }], CompositeAlarms: [{ AlarmName: 'c1' }] }),
      ],
      [HOME],
    );
    const alarms = await loader.load('cloudwatch.alarms', HOME);
    expect(alarms.metricAlarms.map((a) => a.AlarmName)).toEqual(['m1', 'm2']);
    expect(alarms.compositeAlarms.map((a) => a.AlarmName)).toEqual(['c1']);
    expect(sent[0]!.input).toEqual({ AlarmTypes: ['MetricAlarm', 'CompositeAlarm'], MaxRecords: 100 });
  });

  it('reads the alarms of a trail log group region outside the scanned regions, and keeps a refusal as data', async () => {
    const { loader } = replayLoader(
      [
        ...trailListings(trailWith('org', LOG_GROUP_ARN)).slice(0, 1),
        answer('logs', 'eu-west-1', 'DescribeMetricFilters', { logGroupName: 'aws-cloudtrail-logs-org' }, { metricFilters: [{ filterName: 'a' }] }),
        refused('cloudwatch', 'eu-west-1', 'DescribeAlarms', DESCRIBE_ALL_ALARMS, 'AccessDenied'),
      ],
      ['us-east-1'],
    );
    const regions = await loader.load('cloudwatch.trailLogGroupAlarms', HOME);
    expect(regions.map((r) => [r.region, r.alarms.ok ? 'ok' : r.alarms.error.code])).toEqual([['eu-west-1', 'AccessDenied']]);
  });
});

describe('sns datasets', () => {
  const topicA = 'arn:aws:sns:us-east-1:123456789012:alerts';
  const topicB = 'arn:aws:sns:us-east-1:123456789012:gone';
  const topicC = 'arn:aws:sns:us-east-1:123456789012:hidden';

  it('pages ListTopics, reads each topic, drops a topic deleted meanwhile and keeps a refusal', async () => {
    const { loader } = replayLoader(
      [
        answer('sns', HOME, 'ListTopics', {}, { Topics: [{ TopicArn: topicA }, { TopicArn: topicB }], NextToken: 'x' }),
        answer('sns', HOME, 'ListTopics', { NextToken: 'x' }, { Topics: [{ TopicArn: topicC }] }),
        answer('sns', HOME, 'GetTopicAttributes', { TopicArn: topicA }, { Attributes: { TopicArn: topicA, KmsMasterKeyId: 'alias/aws/sns' } }),
        refused('sns', HOME, 'GetTopicAttributes', { TopicArn: topicB }, 'NotFound', 404),
        refused('sns', HOME, 'GetTopicAttributes', { TopicArn: topicC }, 'AuthorizationError'),
      ],
      [HOME],
    );
    const topics = await loader.load('sns.topicAttributes', HOME);
    expect(topics.map((t) => [t.topicArn, t.result.ok ? t.result.value.KmsMasterKeyId : t.result.error.code])).toEqual([
      [topicA, 'alias/aws/sns'],
      [topicC, 'AuthorizationError'],
    ]);
  });

  it('keeps protocol and host of each subscription, and nothing else of its endpoint', async () => {
    const secretUrl = 'https://hook-user:s3cr3t-pass@hooks.example.com:8443/services/T000/B000/XXXXSECRETTOKEN?key=abc123';
    const { loader } = replayLoader(
      [
        answer('sns', HOME, 'ListTopics', {}, { Topics: [{ TopicArn: topicA }] }),
        answer('sns', HOME, 'ListSubscriptionsByTopic', { TopicArn: topicA }, {
          Subscriptions: [
            { SubscriptionArn: `${topicA}:1`, Owner: '123456789012', Protocol: 'https', Endpoint: secretUrl, TopicArn: topicA },
            { SubscriptionArn: 'PendingConfirmation', Owner: '123456789012', Protocol: 'email', Endpoint: 'jane.doe@example.org', TopicArn: topicA },
            { SubscriptionArn: `${topicA}:3`, Owner: '123456789012', Protocol: 'sms', Endpoint: '+15555550123', TopicArn: topicA },
            { SubscriptionArn: `${topicA}:4`, Owner: '123456789012', Protocol: 'http', Endpoint: 'http://10.0.0.12/alerts?token=zzz', TopicArn: topicA, Extra: 'dropped' },
          ],
        }),
      ],
      [HOME],
    );
    const [subs] = await loader.load('sns.topicSubscriptions', HOME);
    expect(subs!.result).toEqual({
      ok: true,
      value: [
        { SubscriptionArn: `${topicA}:1`, Owner: '123456789012', Protocol: 'https', TopicArn: topicA, Endpoint: 'hooks.example.com' },
        { SubscriptionArn: 'PendingConfirmation', Owner: '123456789012', Protocol: 'email', TopicArn: topicA, Endpoint: 'example.org' },
        { SubscriptionArn: `${topicA}:3`, Owner: '123456789012', Protocol: 'sms', TopicArn: topicA },
        { SubscriptionArn: `${topicA}:4`, Owner: '123456789012', Protocol: 'http', TopicArn: topicA, Endpoint: '10.0.0.12' },
      ],
    });
    const text = JSON.stringify(subs);
    for (const secret of ['s3cr3t', 'hook-user', 'XXXXSECRETTOKEN', 'abc123', 'jane.doe', '5555550123', 'token=zzz', '8443']) expect(text).not.toContain(secret);
  });

  it('reduces the answer before it is recorded, and a reduced answer stays as it is', async () => {
    const raw = { Subscriptions: [{ SubscriptionArn: `${topicA}:1`, Protocol: 'https', Endpoint: 'https://u:p4ss@h.example.com/x?sig=1', TopicArn: topicA }], NextToken: 'n' };
    const recorder = new Recorder();
    const aws = new AwsData({ send: async () => structuredClone(raw) }, { concurrency: 1, recorder });
    const out = await aws.call({ service: 'sns', operation: 'ListSubscriptionsByTopic', region: HOME, input: { TopicArn: topicA } });
    expect(out).toEqual({ NextToken: 'n', Subscriptions: [{ SubscriptionArn: `${topicA}:1`, Protocol: 'https', TopicArn: topicA, Endpoint: 'h.example.com' }] });
    expect(JSON.stringify(recorder.entries())).not.toMatch(/p4ss|sig=1|\/x/);
    expect(sanitizeSubscriptions(out!)).toEqual(out);
    expect(CATALOGUE.sns.operations.ListSubscriptionsByTopic.sanitize).toBe(sanitizeSubscriptions);
  });

  it('derives the host of URLs and email addresses only', () => {
    expect(endpointHost('HTTPS', 'https://Hooks.Example.com/path')).toBe('hooks.example.com');
    expect(endpointHost('email-json', 'ops@Example.COM')).toBe('example.com');
    expect(endpointHost('http', 'not a url')).toBeUndefined();
    expect(endpointHost('https', 'hooks.example.com')).toBe('hooks.example.com');
    expect(endpointHost('email', 'example.com')).toBe('example.com');
    expect(endpointHost('sms', '+15555550123')).toBeUndefined();
    expect(endpointHost('lambda', 'arn:aws:lambda:us-east-1:123456789012:function:f')).toBeUndefined();
    expect(endpointHost('sqs', 'arn:aws:sqs:us-east-1:123456789012:q')).toBeUndefined();
  });

  it("reads the subscriptions of the topics that alarms on a trail filter's metric notify, in the topic's region", async () => {
    const filter = { filterName: 'root', filterPattern: '{ $.userIdentity.type = "Root" }', metricTransformations: [{ metricName: 'Root', metricNamespace: 'CIS', metricValue: '1' }] };
    const onMetric = { AlarmName: 'root', MetricName: 'Root', Namespace: 'CIS', ActionsEnabled: true, AlarmActions: ['arn:aws:sns:eu-west-1:111122223333:central-alerts', 'arn:aws:automate:eu-west-1:ec2:stop'] };
    const unrelated = { AlarmName: 'cpu', MetricName: 'CPUUtilization', Namespace: 'AWS/EC2', ActionsEnabled: true, AlarmActions: ['arn:aws:sns:eu-west-1:123456789012:ops'] };
    const { loader, sent } = replayLoader(
      [
        ...trailListings(trailWith('org', LOG_GROUP_ARN)),
        answer('logs', 'eu-west-1', 'DescribeMetricFilters', { logGroupName: 'aws-cloudtrail-logs-org' }, { metricFilters: [filter] }),
        answer('cloudwatch', 'eu-west-1', 'DescribeAlarms', DESCRIBE_ALL_ALARMS, { MetricAlarms: [onMetric, unrelated], CompositeAlarms: [] }),
        refused('sns', 'eu-west-1', 'ListSubscriptionsByTopic', { TopicArn: 'arn:aws:sns:eu-west-1:111122223333:central-alerts' }, 'AuthorizationError'),
      ],
      REGIONS,
    );
    const topics = await loader.load('sns.alarmTopicSubscriptions', HOME);
    expect(topics.map((t) => [t.topicArn, t.result.ok ? 'ok' : t.result.error.code])).toEqual([['arn:aws:sns:eu-west-1:111122223333:central-alerts', 'AuthorizationError']]);
    expect(sent.filter((r) => r.service === 'sns').map((r) => r.region)).toEqual(['eu-west-1']);
    // The regional alarm listing and the chain's share one request.
    await loader.load('cloudwatch.alarms', 'eu-west-1');
    expect(sent.filter((r) => r.operation === 'DescribeAlarms')).toHaveLength(1);
  });
});
