// Recorded CloudWatch Logs calls of the demo account. The log groups of both regions (the trail's
// group, encrypted and kept forever; Lambda and RDS groups created by AWS with short retention;
// the VPN and flow-log groups the EC2 demo names), and the metric filters on the CloudTrail log
// group: some CIS patterns as CIS v5 writes them, some as Security Hub's CloudWatch.x controls do,
// one reordered, one that misses an event name, and four controls with no filter at all.

const ACCOUNT = '123456789012';
const logs = (region, operation, input, output) => ({ service: 'logs', region, operation, input, output });
const KEY = (region, id) => `arn:aws:kms:${region}:${ACCOUNT}:key/${id}`;

const group = (region, name, extra = {}) => {
  const arn = `arn:aws:logs:${region}:${ACCOUNT}:log-group:${name}`;
  return { logGroupName: name, creationTime: 1704708000000, metricFilterCount: 0, arn: `${arn}:*`, storedBytes: 0, logGroupClass: 'STANDARD', logGroupArn: arn, ...extra };
};

export const TRAIL_LOG_GROUP = 'aws-cloudtrail-logs-acme-org-audit';
const eventNames = (...names) => names.map((n) => `($.eventName = ${n})`).join(' || ');

/** Each CIS filter: its pattern and the metric it publishes (namespace CISBenchmark). */
export const CIS_FILTERS = [
  // CIS v5 4.1, as published.
  ['cis-4.1-unauthorized-api-calls', 'UnauthorizedAPICalls', '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }'],
  // Security Hub CloudWatch.3 (CIS's SSO variant).
  ['cis-4.2-console-signin-without-mfa', 'ConsoleSigninWithoutMFA', '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }'],
  ['cis-4.3-root-usage', 'RootAccountUsage', '{$.userIdentity.type="Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType !="AwsServiceEvent"}'],
  ['cis-4.4-iam-policy-changes', 'IAMPolicyChanges', '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}'],
  // Reordered; its alarm's actions were disabled during a maintenance window and left so.
  ['cis-4.5-cloudtrail-changes', 'CloudTrailChanges', '{ ($.eventName = StopLogging) || ($.eventName = DeleteTrail) || ($.eventName = UpdateTrail) || ($.eventName = StartLogging) || ($.eventName = CreateTrail) }'],
  // No alarm watches this one.
  ['cis-4.6-console-auth-failures', 'ConsoleAuthFailures', '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }'],
  // Its alarm watches the metric name in the namespace LogMetrics instead.
  ['cis-4.7-cmk-disable-or-deletion', 'CMKDisableOrDeletion', '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }'],
  // Its alarm notifies a topic whose only subscription was never confirmed.
  ['cis-4.8-s3-bucket-policy-changes', 'S3BucketPolicyChanges', `{ ($.eventSource = s3.amazonaws.com) && (${eventNames('PutBucketAcl', 'PutBucketPolicy', 'PutBucketCors', 'PutBucketLifecycle', 'PutBucketReplication', 'DeleteBucketPolicy', 'DeleteBucketCors', 'DeleteBucketLifecycle', 'DeleteBucketReplication')}) }`],
  // Security Hub CloudWatch.10: without ModifySecurityGroupRules.
  ['cis-4.10-security-group-changes', 'SecurityGroupChanges', `{${eventNames('AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup')}}`],
  // Security Hub CloudWatch.13: no eventSource condition.
  ['cis-4.13-route-table-changes', 'RouteTableChanges', `{${eventNames('CreateRoute', 'CreateRouteTable', 'ReplaceRoute', 'ReplaceRouteTableAssociation', 'DeleteRouteTable', 'DeleteRoute', 'DisassociateRouteTable')}}`],
  // Without the retired ClassicLink event names.
  ['cis-4.14-vpc-changes', 'VPCChanges', `{ ${eventNames('CreateVpc', 'DeleteVpc', 'ModifyVpcAttribute', 'AcceptVpcPeeringConnection', 'CreateVpcPeeringConnection', 'DeleteVpcPeeringConnection', 'RejectVpcPeeringConnection')} }`],
];

const metricFilters = CIS_FILTERS.map(([filterName, metricName, filterPattern], i) => ({
  filterName,
  filterPattern,
  metricTransformations: [{ metricName, metricNamespace: 'CISBenchmark', metricValue: '1' }],
  creationTime: 1704790800000 + i * 60000,
  logGroupName: TRAIL_LOG_GROUP,
  applyOnTransformedLogs: false,
}));

export default [
  logs('us-east-1', 'DescribeLogGroups', {}, {
    logGroups: [
      group('us-east-1', '/aws/lambda/orders-worker', { retentionInDays: 14, storedBytes: 48213377 }),
      group('us-east-1', '/aws/rds/instance/orders-db/postgresql', { retentionInDays: 400, storedBytes: 902113, kmsKeyId: KEY('us-east-1', '0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60') }),
      group('us-east-1', TRAIL_LOG_GROUP, { metricFilterCount: metricFilters.length, storedBytes: 7730941132, kmsKeyId: KEY('us-east-1', '0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60') }),
      group('us-east-1', '/vpn/site-to-site', { retentionInDays: 90 }),
    ],
  }),
  logs('eu-west-1', 'DescribeLogGroups', {}, {
    logGroups: [
      group('eu-west-1', '/aws/lambda/eu-thumbnailer', { retentionInDays: 30, storedBytes: 1203311 }),
      group('eu-west-1', '/vpc/eu-api-flow-logs', { retentionInDays: 731, storedBytes: 310022871 }),
      group('eu-west-1', '/vpn/site-to-site', { retentionInDays: 365 }),
    ],
  }),
  logs('us-east-1', 'DescribeMetricFilters', { logGroupName: TRAIL_LOG_GROUP }, { metricFilters }),
];
