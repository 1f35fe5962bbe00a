// Recorded AWS Config calls of the demo account: us-east-1 records every supported resource type,
// global IAM types included, with the service-linked role and a delivery channel; eu-west-1 has a
// recorder someone stopped, using a hand-made role, next to a service-linked recorder Security Hub
// created (which does not count).

const config = (region, operation, input, output) => ({ service: 'config', region, operation, input, output });
const date = (iso) => ({ $date: iso });
const ACCOUNT = '123456789012';
const SLR = `arn:aws:iam::${ACCOUNT}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`;
const allSupported = (includeGlobal) => ({
  allSupported: true,
  includeGlobalResourceTypes: includeGlobal,
  resourceTypes: [],
  exclusionByResourceTypes: { resourceTypes: [] },
  recordingStrategy: { useOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' },
});
const recorder = (region, suffix, roleARN, recordingGroup) => ({
  arn: `arn:aws:config:${region}:${ACCOUNT}:configuration-recorder/default/${suffix}`,
  name: 'default',
  roleARN,
  recordingGroup,
  recordingMode: { recordingFrequency: 'CONTINUOUS', recordingModeOverrides: [] },
  recordingScope: 'PAID',
});

export default [
  config('us-east-1', 'DescribeConfigurationRecorders', {}, { ConfigurationRecorders: [recorder('us-east-1', 'u3kq8x0p2m7c4vza', SLR, allSupported(true))] }),
  config('us-east-1', 'DescribeConfigurationRecorderStatus', {}, {
    ConfigurationRecordersStatus: [{
      arn: `arn:aws:config:us-east-1:${ACCOUNT}:configuration-recorder/default/u3kq8x0p2m7c4vza`,
      name: 'default',
      lastStartTime: date('2024-02-06T13:58:00.000Z'),
      recording: true,
      lastStatus: 'Success',
      lastStatusChangeTime: date('2026-11-01T08:41:10.000Z'),
    }],
  }),
  config('us-east-1', 'DescribeDeliveryChannels', {}, {
    DeliveryChannels: [{ name: 'default', s3BucketName: `acme-config-${ACCOUNT}`, configSnapshotDeliveryProperties: { deliveryFrequency: 'TwentyFour_Hours' } }],
  }),
  config('eu-west-1', 'DescribeConfigurationRecorders', {}, {
    ConfigurationRecorders: [
      recorder('eu-west-1', 'e7hd2k9w1q5s3bny', `arn:aws:iam::${ACCOUNT}:role/eu-config-recorder`, allSupported(false)),
      {
        arn: `arn:aws:config:eu-west-1:${ACCOUNT}:configuration-recorder/AWSConfigurationRecorderForSecurityHub/s8t2a1b0c9d7e6f5`,
        name: 'AWSConfigurationRecorderForSecurityHub',
        roleARN: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/securityhub.amazonaws.com/AWSServiceRoleForSecurityHub`,
        recordingGroup: { allSupported: false, includeGlobalResourceTypes: false, resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::S3::Bucket'], recordingStrategy: { useOnly: 'INCLUSION_BY_RESOURCE_TYPES' } },
        recordingMode: { recordingFrequency: 'CONTINUOUS', recordingModeOverrides: [] },
        recordingScope: 'INTERNAL',
        servicePrincipal: 'securityhub.amazonaws.com',
      },
    ],
  }),
  config('eu-west-1', 'DescribeConfigurationRecorderStatus', {}, {
    ConfigurationRecordersStatus: [{
      arn: `arn:aws:config:eu-west-1:${ACCOUNT}:configuration-recorder/default/e7hd2k9w1q5s3bny`,
      name: 'default',
      lastStartTime: date('2025-04-02T10:00:00.000Z'),
      lastStopTime: date('2025-09-18T16:45:00.000Z'),
      recording: false,
      lastStatus: 'Success',
      lastStatusChangeTime: date('2025-09-18T16:45:00.000Z'),
    }],
  }),
  config('eu-west-1', 'DescribeDeliveryChannels', {}, { DeliveryChannels: [{ name: 'default', s3BucketName: `acme-config-eu-${ACCOUNT}` }] }),
];
