import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/redshift-cluster-audit-logging.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { cluster, group, parameter, parameters } from '../../fixtures/redshift.js';

const status = (id: string, logging: Record<string, unknown>) => ({ cluster: cluster(id), result: ok(logging) });
const activityOn = [group('warehouse-params', ok(parameters(parameter('enable_user_activity_logging', 'true'))))];

describe('redshift-cluster-audit-logging', () => {
  it('passes S3 and CloudWatch Logs destinations, reporting exports and the user activity parameter', () => {
    const findings = evaluate(check, {
      'redshift.loggingStatus': [
        status('s3', { LoggingEnabled: true, BucketName: 'audit-logs', S3KeyPrefix: 'redshift/', LogDestinationType: 's3' }),
        status('cw', { LoggingEnabled: true, LogDestinationType: 'cloudwatch', LogExports: ['connectionlog', 'userlog', 'useractivitylog'] }),
      ],
      'redshift.clusterParameterGroups': activityOn,
    });
    expect(verdicts(findings)).toEqual([['PASS', 's3'], ['PASS', 'cw']]);
    expect(findings[0]!.message).toBe('Redshift cluster s3 has audit logging enabled to S3 bucket audit-logs/redshift/. enable_user_activity_logging is "true" in parameter group warehouse-params.');
    expect(findings[1]!.message).toContain('to CloudWatch Logs, exporting connectionlog, userlog, useractivitylog.');
  });

  it('fails LoggingEnabled false (the "not configured" answer)', () => {
    const findings = evaluate(check, { 'redshift.loggingStatus': [status('quiet', { LoggingEnabled: false })], 'redshift.clusterParameterGroups': [] });
    expect(verdicts(findings)).toEqual([['FAIL', 'quiet']]);
    expect(findings[0]!.message).toBe('Redshift cluster quiet does not have audit logging enabled (LoggingEnabled is false).');
  });

  it('near miss: an old-style answer with only a bucket is S3 and PASSes; user activity off is reported, not judged', () => {
    const findings = evaluate(check, {
      'redshift.loggingStatus': [status('legacy', { LoggingEnabled: 'true', BucketName: 'audit-logs', LogDestinationType: '' })],
      'redshift.clusterParameterGroups': [group('warehouse-params', ok(parameters()))],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'legacy']]);
    expect(findings[0]!.message).toContain('enable_user_activity_logging is "false" in parameter group warehouse-params, so the user activity log records no queries.');
  });

  it('reports ERROR for a refused DescribeLoggingStatus, an answer without LoggingEnabled or destination, and a failed listing', async () => {
    const findings = evaluate(check, {
      'redshift.loggingStatus': [
        { cluster: cluster('hidden'), result: failed(awsError('AccessDenied', 'redshift:DescribeLoggingStatus')) },
        status('blank', {}),
        status('nowhere', { LoggingEnabled: true }),
      ],
      'redshift.clusterParameterGroups': [],
    });
    expect(verdicts(findings)).toEqual([['ERROR', 'hidden'], ['ERROR', 'blank'], ['ERROR', 'nowhere']]);
    expect(findings[0]!.message).toContain('access denied to redshift:DescribeLoggingStatus');
    const listing = await run(check, { 'redshift.loggingStatus': awsError('AccessDenied', 'redshift:DescribeClusters'), 'redshift.clusterParameterGroups': [] });
    expect(listing.map((f) => f.status)).toEqual(['ERROR']);
  });
});
