// Recorded CloudTrail calls of the demo account. DescribeTrails answers in both regions, and the
// multi-Region trail homed in us-east-1 appears in both listings, as AWS shows it; status, event
// selectors and the trail bucket's logging are read in each trail's home region.

const ACCOUNT = '123456789012';
const date = (iso) => ({ $date: iso });
const cloudtrail = (region, operation, input, output) => ({ service: 'cloudtrail', region, operation, input, output });
const s3 = (region, operation, input, output) => ({ service: 's3', region, operation, input, output });

const ORG_AUDIT = {
  Name: 'acme-org-audit',
  S3BucketName: `acme-cloudtrail-logs-${ACCOUNT}`,
  S3KeyPrefix: 'org-audit',
  IncludeGlobalServiceEvents: true,
  IsMultiRegionTrail: true,
  HomeRegion: 'us-east-1',
  TrailARN: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/acme-org-audit`,
  LogFileValidationEnabled: true,
  CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:aws-cloudtrail-logs-acme-org-audit:*`,
  CloudWatchLogsRoleArn: `arn:aws:iam::${ACCOUNT}:role/CloudTrailToCloudWatchLogs`,
  KmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60`,
  HasCustomEventSelectors: true,
  HasInsightSelectors: false,
  IsOrganizationTrail: false,
};

// A single-Region trail an application team created by hand, then stopped.
const EU_APP = {
  Name: 'eu-app-trail',
  S3BucketName: 'acme-eu-app-trail',
  IncludeGlobalServiceEvents: false,
  IsMultiRegionTrail: false,
  HomeRegion: 'eu-west-1',
  TrailARN: `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/eu-app-trail`,
  LogFileValidationEnabled: false,
  HasCustomEventSelectors: false,
  HasInsightSelectors: false,
  IsOrganizationTrail: false,
};

export default [
  cloudtrail('us-east-1', 'DescribeTrails', {}, { trailList: [ORG_AUDIT] }),
  cloudtrail('eu-west-1', 'DescribeTrails', {}, { trailList: [ORG_AUDIT, EU_APP] }),

  cloudtrail('us-east-1', 'GetTrailStatus', { Name: ORG_AUDIT.TrailARN }, {
    IsLogging: true,
    LatestDeliveryTime: date('2026-11-01T11:52:13.000Z'),
    StartLoggingTime: date('2024-01-08T10:00:00.000Z'),
    LatestCloudWatchLogsDeliveryTime: date('2026-11-01T11:50:41.000Z'),
    LatestDigestDeliveryTime: date('2026-11-01T11:17:02.000Z'),
    TimeLoggingStarted: '2024-01-08T10:00:00Z',
    LatestDeliveryAttemptTime: '2026-11-01T11:52:13Z',
    LatestDeliveryAttemptSucceeded: '2026-11-01T11:52:13Z',
  }),
  cloudtrail('eu-west-1', 'GetTrailStatus', { Name: EU_APP.TrailARN }, {
    IsLogging: false,
    LatestDeliveryTime: date('2025-07-14T16:02:55.000Z'),
    StartLoggingTime: date('2023-03-20T08:45:00.000Z'),
    StopLoggingTime: date('2025-07-14T16:03:10.000Z'),
    TimeLoggingStarted: '2023-03-20T08:45:00Z',
    TimeLoggingStopped: '2025-07-14T16:03:10Z',
  }),

  // All management events, and S3 object writes of every bucket; object reads are not recorded.
  cloudtrail('us-east-1', 'GetEventSelectors', { TrailName: ORG_AUDIT.TrailARN }, {
    TrailARN: ORG_AUDIT.TrailARN,
    AdvancedEventSelectors: [
      { Name: 'Management events selector', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
      {
        Name: 'S3 object writes, all buckets',
        FieldSelectors: [
          { Field: 'eventCategory', Equals: ['Data'] },
          { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
          { Field: 'readOnly', Equals: ['false'] },
        ],
      },
    ],
  }),
  cloudtrail('eu-west-1', 'GetEventSelectors', { TrailName: EU_APP.TrailARN }, {
    TrailARN: EU_APP.TrailARN,
    EventSelectors: [
      {
        ReadWriteType: 'WriteOnly',
        IncludeManagementEvents: true,
        DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::acme-eu-app-uploads/'] }],
        ExcludeManagementEventSources: [],
      },
    ],
  }),

  s3('us-east-1', 'GetBucketLogging', { Bucket: ORG_AUDIT.S3BucketName }, {
    LoggingEnabled: { TargetBucket: `acme-s3-access-logs-${ACCOUNT}`, TargetPrefix: `${ORG_AUDIT.S3BucketName}/` },
  }),
  s3('eu-west-1', 'GetBucketLogging', { Bucket: EU_APP.S3BucketName }, {}),
];
