// The shared evaluator of the CIS monitoring checks, link by link, on the root-usage control (4.3).
import { describe, expect, it } from 'vitest';
import check, { CONTROL } from '../../../src/checks/detection/cloudwatch-root-usage-monitored.js';
import { judgePattern } from '../../../src/checks/lib/cis-monitoring.js';
import { parseLogGroupArn } from '../../../src/data/datasets/logs.js';
import { awsError, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';
import { stopped, trail } from '../../fixtures/cloudtrail.js';
import { confirmedEmail, LOG_GROUP, LOG_GROUP_ARN, metricAlarm, metricFilter, monitoringData, pendingEmail, TOPIC_ARN } from '../../fixtures/cloudwatch.js';

const ROOT = CONTROL.pattern;
const global = { region: 'global' };
const ACCOUNT = '123456789012';
const judge = (data: Record<string, unknown>) => {
  const findings = evaluate(check, data, global);
  expect(findings).toHaveLength(1);
  expect(findings[0]!.resourceId).toBe(ACCOUNT);
  return findings[0]!;
};
const withTrail = (extra: Parameters<typeof trail>[1]) => trail('main', { CloudWatchLogsLogGroupArn: LOG_GROUP_ARN, ...extra });
const filters = (...list: ReturnType<typeof metricFilter>[]) => ({ logGroup: LOG_GROUP, kind: 'read' as const, filters: ok(list) });

describe('CIS monitoring chain', () => {
  it('passes when every link is there, naming trail, filter, alarm, topic and subscribers', () => {
    const finding = judge(monitoringData(ROOT));
    expect(finding.status).toBe('PASS');
    expect(finding.region).toBe('global');
    expect(finding.message).toBe(
      `Uses of the root user are monitored: multi-Region trail main sends all management events to CloudWatch Logs, and alarm cis-alarm (Sum GreaterThanOrEqualToThreshold 1 over 300 s) on metric filter cis-filter '${ROOT}' on log group aws-cloudtrail-logs-main (us-east-1), metric CISBenchmark/MonitoredEvents notifies SNS topic ${TOPIC_ARN}, which has 1 confirmed subscription (email).`,
    );
  });

  describe('link 1: the trail', () => {
    it('fails an account without trails, saying a SIEM can be suppressed with that reason', () => {
      const data = { ...monitoringData(ROOT), 'cloudtrail.trails': [], 'cloudtrail.trailStatuses': [], 'cloudtrail.eventSelectors': [] };
      const finding = judge(data);
      expect(finding.status).toBe('FAIL');
      expect(finding.message).toBe(
        'Uses of the root user are not monitored through CloudWatch: no multi-Region trail that is logging and records all management events delivers them to CloudWatch Logs (the account has no trail). If a SIEM alerts on these events instead, suppress this finding with that reason.',
      );
    });

    it('near miss: a filter, alarm and subscriber on the log group of a single-Region trail', () => {
      const finding = judge(monitoringData(ROOT, { trail: withTrail({ IsMultiRegionTrail: false }) }));
      expect(finding.status).toBe('FAIL');
      expect(finding.message).toContain('(main is a single-Region trail)');
    });

    it('fails a multi-Region trail that does not send its events to CloudWatch Logs', () => {
      const finding = judge(monitoringData(ROOT, { trail: trail('main') }));
      expect(finding.status).toBe('FAIL');
      expect(finding.message).toContain('(main does not send its events to CloudWatch Logs)');
    });

    it('fails a stopped trail and one that records only write management events', () => {
      expect(judge(monitoringData(ROOT, { status: ok(stopped) })).message).toContain('(main is not logging)');
      const writeOnly = { EventSelectors: [{ ReadWriteType: 'WriteOnly' as const, IncludeManagementEvents: true }] };
      expect(judge(monitoringData(ROOT, { selectors: ok(writeOnly) })).message).toContain('(main records only write management events)');
    });

    it('reports ERROR when the status of a trail with a complete chain cannot be read', () => {
      const finding = judge(monitoringData(ROOT, { status: failed(awsError('AccessDeniedException', 'cloudtrail:GetTrailStatus')) }));
      expect(finding.status).toBe('ERROR');
      expect(finding.message).toContain('access denied to cloudtrail:GetTrailStatus');
    });

    it('reports ERROR for an organization trail whose status and log group are both out of reach', () => {
      const arn = 'arn:aws:logs:us-east-1:999988887777:log-group:org-trail-logs:*';
      const data = monitoringData(ROOT, {
        trail: withTrail({ CloudWatchLogsLogGroupArn: arn, IsOrganizationTrail: true }),
        status: failed(awsError('AccessDeniedException', 'cloudtrail:GetTrailStatus')),
        filters: { logGroup: parseLogGroupArn(arn)!, kind: 'foreign' },
      });
      const finding = judge(data);
      expect(finding.status).toBe('ERROR');
      expect(finding.message).toContain('its alarm chain is unknown too (log group org-trail-logs (us-east-1) belongs to account 999988887777');
    });

    it('fails when the unreadable trail would not complete the chain either', () => {
      const data = monitoringData(ROOT, { status: failed(awsError('AccessDeniedException', 'cloudtrail:GetTrailStatus')), filters: filters() });
      const finding = judge(data);
      expect(finding.status).toBe('FAIL');
      expect(finding.message).toContain('main could not be read, and its log group does not complete the chain either');
    });
  });

  describe('link 2: the log group', () => {
    it('reports ERROR naming a log group of another account (an organization trail)', () => {
      const arn = 'arn:aws:logs:us-east-1:999988887777:log-group:org-trail-logs:*';
      const finding = judge(monitoringData(ROOT, { trail: withTrail({ CloudWatchLogsLogGroupArn: arn }), filters: { logGroup: parseLogGroupArn(arn)!, kind: 'foreign' } }));
      expect(finding.status).toBe('ERROR');
      expect(finding.message).toContain('log group org-trail-logs (us-east-1) belongs to account 999988887777');
      expect(finding.message).toContain(arn);
    });

    it('fails when the log group the trail names does not exist', () => {
      const finding = judge(monitoringData(ROOT, { filters: { logGroup: LOG_GROUP, kind: 'missing' } }));
      expect(finding.status).toBe('FAIL');
      expect(finding.message).toContain('log group aws-cloudtrail-logs-main (us-east-1), where the trail sends its events, does not exist');
    });

    it('reports ERROR when the metric filters cannot be read', () => {
      const finding = judge(monitoringData(ROOT, { filters: { logGroup: LOG_GROUP, kind: 'read', filters: failed(awsError('AccessDeniedException', 'logs:DescribeMetricFilters')) } }));
      expect(finding.status).toBe('ERROR');
      expect(finding.message).toContain('the metric filters of log group aws-cloudtrail-logs-main (us-east-1)');
      expect(finding.error?.action).toBe('logs:DescribeMetricFilters');
    });

    it('near miss: the filter is on another log group (of a single-Region trail)', () => {
      const other = trail('app', { IsMultiRegionTrail: false, CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:app-trail:*' });
      const base = monitoringData(ROOT, { filters: filters() });
      const data = {
        ...base,
        'cloudtrail.trails': [...base['cloudtrail.trails'], other],
        'logs.trailMetricFilters': [...base['logs.trailMetricFilters'], { logGroup: parseLogGroupArn(other.CloudWatchLogsLogGroupArn!)!, kind: 'read' as const, filters: ok([metricFilter(ROOT)]) }],
      };
      const finding = judge(data);
      expect(finding.status).toBe('FAIL');
      expect(finding.message).toContain('trail main: log group aws-cloudtrail-logs-main (us-east-1) has no metric filter');
    });
  });

  describe('link 3: the pattern', () => {
    it('fails naming the closest filter and what it lacks', () => {
      const finding = judge(monitoringData(ROOT, { filters: filters(metricFilter('{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" && $.sourceIPAddress != "203.0.113.7" }', { filterName: 'root-not-office' })) }));
      expect(finding.status).toBe('FAIL');
      expect(finding.message).toContain(`no metric filter of log group aws-cloudtrail-logs-main (us-east-1) matches the CIS 4.3 pattern '${ROOT}'`);
      expect(finding.message).toContain('closest: filter root-not-office');
      expect(finding.message).toContain('narrows the match with the AND-ed condition $.sourceIPAddress != 203.0.113.7');
    });

    it('does not name an unrelated filter as the closest', () => {
      const finding = judge(monitoringData(ROOT, { filters: filters(metricFilter('{ $.eventName = ConsoleLogin }', { filterName: 'logins' })) }));
      expect(finding.message).not.toContain('closest');
    });

    it('reports ERROR when no filter matches and one JSON pattern could not be parsed', () => {
      const finding = judge(monitoringData(ROOT, { filters: filters(metricFilter('{ $.userIdentity.type = "Root" && ', { filterName: 'broken' })) }));
      expect(finding.status).toBe('ERROR');
      expect(finding.message).toContain('the pattern of broken (');
    });

    it('passes with a text filter beside a matching JSON one', () => {
      const finding = judge(monitoringData(ROOT, { filters: filters(metricFilter('ERROR', { filterName: 'errors' }), metricFilter(ROOT)) }));
      expect(finding.status).toBe('PASS');
    });
  });

  describe('link 4 and 5: the alarm and its actions', () => {
    it('fails when no alarm watches the metric', () => {
      const finding = judge(monitoringData(ROOT, { alarms: ok({ metricAlarms: [], compositeAlarms: [] }) }));
      expect(finding.status).toBe('FAIL');
      expect(finding.message).toContain('no CloudWatch alarm in us-east-1 watches the metric CISBenchmark/MonitoredEvents of metric filter cis-filter');
    });

    it('near miss: an alarm on the right metric name in another namespace', () => {
      const finding = judge(monitoringData(ROOT, { alarms: ok({ metricAlarms: [metricAlarm({ AlarmName: 'root-alarm', Namespace: 'LogMetrics' })], compositeAlarms: [] }) }));
      expect(finding.status).toBe('FAIL');
      expect(finding.message).toContain('(alarm root-alarm watches LogMetrics/MonitoredEvents, another namespace)');
    });

    it('passes a metric-math alarm that uses the metric', () => {
      const math = metricAlarm({
        MetricName: undefined,
        Namespace: undefined,
        Statistic: undefined,
        Metrics: [
          { Id: 'm1', MetricStat: { Metric: { Namespace: 'CISBenchmark', MetricName: 'MonitoredEvents' }, Period: 300, Stat: 'Sum' }, ReturnData: false },
          { Id: 'e1', Expression: 'FILL(m1, 0)', ReturnData: true },
        ],
      });
      const finding = judge(monitoringData(ROOT, { alarms: ok({ metricAlarms: [math], compositeAlarms: [] }) }));
      expect(finding.status).toBe('PASS');
      expect(finding.message).toContain('alarm cis-alarm (a metric-math expression)');
    });

    it('fails an alarm whose actions are disabled: it would not notify', () => {
      const finding = judge(monitoringData(ROOT, { alarms: ok({ metricAlarms: [metricAlarm({ ActionsEnabled: false })], compositeAlarms: [] }) }));
      expect(finding.status).toBe('FAIL');
      expect(finding.message).toContain('has its actions disabled, so it would not notify anyone');
    });

    it('fails an alarm whose only action is not an SNS topic', () => {
      const finding = judge(monitoringData(ROOT, { alarms: ok({ metricAlarms: [metricAlarm({ AlarmActions: ['arn:aws:automate:us-east-1:ec2:stop'] })], compositeAlarms: [] }) }));
      expect(finding.status).toBe('FAIL');
      expect(finding.message).toContain('notifies no SNS topic when it goes to ALARM');
    });

    it('reports ERROR when the alarms of the log group region cannot be read', () => {
      const finding = judge(monitoringData(ROOT, { alarms: failed(awsError('AccessDenied', 'cloudwatch:DescribeAlarms')) }));
      expect(finding.status).toBe('ERROR');
      expect(finding.error?.action).toBe('cloudwatch:DescribeAlarms');
    });

    it('names the link that came closest when several paths fall short', () => {
      const second = metricFilter(ROOT, { filterName: 'root-2', metricTransformations: [{ metricNamespace: 'Other', metricName: 'Root', metricValue: '1' }] });
      const finding = judge(monitoringData(ROOT, { filters: filters(metricFilter(ROOT), second), alarms: ok({ metricAlarms: [metricAlarm({ ActionsEnabled: false })], compositeAlarms: [] }) }));
      expect(finding.status).toBe('FAIL');
      expect(finding.message).toContain('actions disabled');
      expect(finding.message).not.toContain('Other/Root');
    });
  });

  describe('link 6: the subscriber', () => {
    it('near miss: the topic has only a pending email subscription', () => {
      const finding = judge(monitoringData(ROOT, { topics: [{ topicArn: TOPIC_ARN, result: ok([pendingEmail]) }] }));
      expect(finding.status).toBe('FAIL');
      expect(finding.message).toContain(`notifies SNS topic ${TOPIC_ARN}, which has no confirmed subscription (1 pending confirmation)`);
    });

    it('fails when the topic no longer exists', () => {
      const finding = judge(monitoringData(ROOT, { topics: [] }));
      expect(finding.status).toBe('FAIL');
      expect(finding.message).toContain('which does not exist');
    });

    it('reports ERROR when the subscriptions cannot be read (a topic of another account)', () => {
      const finding = judge(monitoringData(ROOT, { topics: [{ topicArn: TOPIC_ARN, result: failed(awsError('AuthorizationError', 'sns:ListSubscriptionsByTopic')) }] }));
      expect(finding.status).toBe('ERROR');
      expect(finding.message).toContain(`the subscriptions of SNS topic ${TOPIC_ARN}`);
    });

    it('passes when one of two topics has a confirmed subscriber, whatever the other', () => {
      const other = 'arn:aws:sns:us-east-1:123456789012:unread';
      const data = monitoringData(ROOT, {
        alarms: ok({ metricAlarms: [metricAlarm({ AlarmActions: [other, TOPIC_ARN] })], compositeAlarms: [] }),
        topics: [
          { topicArn: other, result: failed(awsError('AuthorizationError', 'sns:ListSubscriptionsByTopic')) },
          { topicArn: TOPIC_ARN, result: ok([pendingEmail, confirmedEmail]) },
        ],
      });
      expect(verdicts(evaluate(check, data, global))).toEqual([['PASS', ACCOUNT]]);
    });
  });
});

describe('judgePattern', () => {
  it('names the accepted pattern a filter covers', () => {
    expect(judgePattern(CONTROL, '{$.userIdentity.type="Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType !="AwsServiceEvent"}')).toEqual({ kind: 'covers', source: 'CIS v5 4.3' });
  });

  it('says a text pattern is not JSON, without calling it broken', () => {
    expect(judgePattern(CONTROL, 'Root')).toMatchObject({ kind: 'unreadable', json: false });
  });
});
