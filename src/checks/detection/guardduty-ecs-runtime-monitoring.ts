import { guardDutyFeatureCheck, agentManagementEnabled } from '../lib/guardduty.js';

export default guardDutyFeatureCheck({
  id: 'guardduty-ecs-runtime-monitoring',
  title: 'GuardDuty ECS Fargate runtime monitoring with automated agent management is on',
  severity: 'medium',
  description:
    'In each scanned region, the feature RUNTIME_MONITORING is ENABLED with its additional configuration ECS_FARGATE_AGENT_MANAGEMENT ENABLED on the GuardDuty detector (GetDetector Features; the deprecated DataSources block is not used). Where GuardDuty has no detector or the detector is suspended, the plan is off and the region FAILs with "GuardDuty is not enabled in <region>". A FAIL names the scanned regions where the plan is enabled. A member account is judged as its own GetDetector reports, which shows what its delegated administrator configured for it.',
  risk: 'Without automated agent management for ECS Fargate, GuardDuty\'s security agent is not added to Fargate tasks, so runtime threats in those containers go unnoticed.',
  remediation: {
    text: 'Turn on Runtime Monitoring with automated agent configuration for AWS Fargate (ECS only) in every region.',
    console: 'GuardDuty > Runtime Monitoring > Configuration > Automated agent configuration - AWS Fargate (ECS only): Enable.',
    cli: 'aws guardduty update-detector --detector-id <detector-id> --features \'[{"Name":"RUNTIME_MONITORING","Status":"ENABLED","AdditionalConfiguration":[{"Name":"ECS_FARGATE_AGENT_MANAGEMENT","Status":"ENABLED"}]}]\' --region <region>',
  },
  references: {
    securityHub: { ids: ['GuardDuty.12'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-12'],
  },
  plan: 'ECS Runtime Monitoring with automated agent management (ECS_FARGATE_AGENT_MANAGEMENT)',
  shortPlan: 'ECS Runtime Monitoring with automated agent management',
  read: agentManagementEnabled(['RUNTIME_MONITORING'], 'ECS_FARGATE_AGENT_MANAGEMENT'),
});
