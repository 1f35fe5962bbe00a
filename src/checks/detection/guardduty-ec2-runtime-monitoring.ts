import { guardDutyFeatureCheck, agentManagementEnabled } from '../lib/guardduty.js';

export default guardDutyFeatureCheck({
  id: 'guardduty-ec2-runtime-monitoring',
  title: 'GuardDuty EC2 runtime monitoring with automated agent management is on',
  severity: 'medium',
  description:
    'In each scanned region, the feature RUNTIME_MONITORING is ENABLED with its additional configuration EC2_AGENT_MANAGEMENT ENABLED on the GuardDuty detector (GetDetector Features; the deprecated DataSources block is not used). Where GuardDuty has no detector or the detector is suspended, the plan is off and the region FAILs with "GuardDuty is not enabled in <region>". A FAIL names the scanned regions where the plan is enabled. A member account is judged as its own GetDetector reports, which shows what its delegated administrator configured for it.',
  risk: 'Without automated agent management for EC2, GuardDuty\'s security agent is not deployed to instances (through Systems Manager), so runtime threats on them go unnoticed unless someone installs the agent by hand.',
  remediation: {
    text: 'Turn on Runtime Monitoring with automated agent configuration for Amazon EC2 in every region.',
    console: 'GuardDuty > Runtime Monitoring > Configuration > Automated agent configuration - Amazon EC2: Enable.',
    cli: 'aws guardduty update-detector --detector-id <detector-id> --features \'[{"Name":"RUNTIME_MONITORING","Status":"ENABLED","AdditionalConfiguration":[{"Name":"EC2_AGENT_MANAGEMENT","Status":"ENABLED"}]}]\' --region <region>',
  },
  references: {
    securityHub: { ids: ['GuardDuty.13'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-13'],
  },
  plan: 'EC2 Runtime Monitoring with automated agent management (EC2_AGENT_MANAGEMENT)',
  shortPlan: 'EC2 Runtime Monitoring with automated agent management',
  read: agentManagementEnabled(['RUNTIME_MONITORING'], 'EC2_AGENT_MANAGEMENT'),
});
