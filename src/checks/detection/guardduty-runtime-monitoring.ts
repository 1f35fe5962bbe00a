import { guardDutyFeatureCheck, featureEnabled } from '../lib/guardduty.js';

export default guardDutyFeatureCheck({
  id: 'guardduty-runtime-monitoring',
  title: 'GuardDuty Runtime Monitoring is enabled in every scanned region',
  severity: 'high',
  description:
    'In each scanned region, the detector\'s feature RUNTIME_MONITORING is ENABLED (the older EKS_RUNTIME_MONITORING feature alone does not pass) on the GuardDuty detector (GetDetector Features; the deprecated DataSources block is not used). Where GuardDuty has no detector or the detector is suspended, the plan is off and the region FAILs with "GuardDuty is not enabled in <region>". A FAIL names the scanned regions where the plan is enabled. A member account is judged as its own GetDetector reports, which shows what its delegated administrator configured for it.',
  risk: 'Without Runtime Monitoring, GuardDuty does not see what runs on EC2 instances, ECS tasks and EKS nodes (processes, file access, network connections): threats inside the operating system or container go unnoticed.',
  remediation: {
    text: 'Turn on Runtime Monitoring in GuardDuty in every region, and choose automated agent management for the compute services you use.',
    console: 'GuardDuty > Runtime Monitoring > Configuration > Runtime Monitoring: Enable.',
    cli: 'aws guardduty update-detector --detector-id <detector-id> --features \'[{"Name":"RUNTIME_MONITORING","Status":"ENABLED"}]\' --region <region>',
  },
  references: {
    securityHub: { ids: ['GuardDuty.11'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-11'],
  },
  plan: 'Runtime Monitoring (RUNTIME_MONITORING)',
  shortPlan: 'Runtime Monitoring',
  read: featureEnabled('RUNTIME_MONITORING'),
});
