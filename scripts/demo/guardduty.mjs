// Recorded GuardDuty calls of the demo account: in us-east-1 a detector with every protection plan
// on (Runtime Monitoring with automated agent management for EKS, ECS Fargate and EC2); eu-west-1
// never had GuardDuty enabled (ListDetectors answers an empty list), so every GuardDuty check
// fails there.

const guardduty = (region, operation, input, output) => ({ service: 'guardduty', region, operation, input, output });
const date = (iso) => ({ $date: iso });
const DETECTOR = '3ec6b1a2f07d4c59a1e8b6d2c4f07a91';
const at = date('2025-03-04T10:15:00.000Z');
const feature = (Name, Status, extra = {}) => ({
  Name,
  Status,
  UpdatedAt: at,
  ...(Object.keys(extra).length > 0 ? { AdditionalConfiguration: Object.entries(extra).map(([n, s]) => ({ Name: n, Status: s, UpdatedAt: at })) } : {}),
});

export default [
  guardduty('us-east-1', 'ListDetectors', {}, { DetectorIds: [DETECTOR] }),
  guardduty('us-east-1', 'GetDetector', { DetectorId: DETECTOR }, {
    CreatedAt: '2023-05-11T09:12:44.021Z',
    FindingPublishingFrequency: 'FIFTEEN_MINUTES',
    ServiceRole: 'arn:aws:iam::123456789012:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty',
    Status: 'ENABLED',
    UpdatedAt: '2025-03-04T10:15:00.000Z',
    Tags: { team: 'security' },
    Features: [
      feature('CLOUD_TRAIL', 'ENABLED'),
      feature('DNS_LOGS', 'ENABLED'),
      feature('FLOW_LOGS', 'ENABLED'),
      feature('S3_DATA_EVENTS', 'ENABLED'),
      feature('EKS_AUDIT_LOGS', 'ENABLED'),
      feature('EBS_MALWARE_PROTECTION', 'ENABLED'),
      feature('RDS_LOGIN_EVENTS', 'ENABLED'),
      feature('EKS_RUNTIME_MONITORING', 'DISABLED', { EKS_ADDON_MANAGEMENT: 'DISABLED' }),
      feature('LAMBDA_NETWORK_LOGS', 'ENABLED'),
      feature('RUNTIME_MONITORING', 'ENABLED', { EKS_ADDON_MANAGEMENT: 'ENABLED', ECS_FARGATE_AGENT_MANAGEMENT: 'ENABLED', EC2_AGENT_MANAGEMENT: 'ENABLED' }),
      feature('AI_PROTECTION', 'DISABLED'),
    ],
  }),
  guardduty('eu-west-1', 'ListDetectors', {}, { DetectorIds: [] }),
];
