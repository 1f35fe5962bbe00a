// Recorded Security Hub calls of the demo account: Security Hub CSPM on in us-east-1 with FSBP and
// CIS v5.0.0 enabled; in eu-west-1 neither Security Hub CSPM ("not subscribed") nor the newer
// Security Hub (ResourceNotFoundException) is on.

const securityhub = (region, operation, input, output) => ({ service: 'securityhub', region, operation, input, output });
const refused = (region, operation, input, code, message, httpStatus) => ({ service: 'securityhub', region, operation, input, error: { code, message, httpStatus } });
const ACCOUNT = '123456789012';
const subscription = (standard, arn) => ({
  StandardsSubscriptionArn: `arn:aws:securityhub:us-east-1:${ACCOUNT}:subscription/${standard}`,
  StandardsArn: arn,
  StandardsInput: {},
  StandardsStatus: 'READY',
  StandardsControlsUpdatable: 'READY_FOR_UPDATES',
});

export default [
  securityhub('us-east-1', 'DescribeHub', {}, {
    HubArn: `arn:aws:securityhub:us-east-1:${ACCOUNT}:hub/default`,
    SubscribedAt: '2024-02-06T14:03:11.212Z',
    AutoEnableControls: true,
    ControlFindingGenerator: 'SECURITY_CONTROL',
  }),
  refused('us-east-1', 'DescribeSecurityHubV2', {}, 'ResourceNotFoundException', 'Security Hub is not enabled for this account.', 404),
  securityhub('us-east-1', 'GetEnabledStandards', {}, {
    StandardsSubscriptions: [
      subscription('aws-foundational-security-best-practices/v/1.0.0', 'arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0'),
      subscription('cis-aws-foundations-benchmark/v/5.0.0', 'arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/5.0.0'),
    ],
  }),
  refused('eu-west-1', 'DescribeHub', {}, 'InvalidAccessException', `Account ${ACCOUNT} is not subscribed to AWS Security Hub`, 401),
  refused('eu-west-1', 'DescribeSecurityHubV2', {}, 'ResourceNotFoundException', 'Security Hub is not enabled for this account.', 404),
];
