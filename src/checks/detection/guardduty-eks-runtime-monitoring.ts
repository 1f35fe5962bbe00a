import { guardDutyFeatureCheck, agentManagementEnabled } from '../lib/guardduty.js';

export default guardDutyFeatureCheck({
  id: 'guardduty-eks-runtime-monitoring',
  title: 'GuardDuty EKS Runtime Monitoring with automated agent management is enabled',
  severity: 'high',
  description:
    'In each scanned region, the additional configuration EKS_ADDON_MANAGEMENT is ENABLED under an ENABLED RUNTIME_MONITORING feature, or under the older EKS_RUNTIME_MONITORING feature that accounts enabled before Runtime Monitoring existed still show on the GuardDuty detector (GetDetector Features; the deprecated DataSources block is not used). Where GuardDuty has no detector or the detector is suspended, the plan is off and the region FAILs with "GuardDuty is not enabled in <region>". A FAIL names the scanned regions where the plan is enabled. A member account is judged as its own GetDetector reports, which shows what its delegated administrator configured for it.',
  risk: 'Without EKS Runtime Monitoring and its managed agent, GuardDuty does not see process, file and network activity inside EKS nodes and containers: container escapes, reverse shells and miners go unnoticed, and new clusters stay unmonitored until someone installs the agent.',
  remediation: {
    text: 'Turn on Runtime Monitoring with automated agent management for Amazon EKS in GuardDuty in every region.',
    console: 'GuardDuty > Runtime Monitoring > Configuration > Runtime Monitoring: Enable; Automated agent configuration - Amazon EKS: Enable.',
    cli: 'aws guardduty update-detector --detector-id <detector-id> --features \'[{"Name":"RUNTIME_MONITORING","Status":"ENABLED","AdditionalConfiguration":[{"Name":"EKS_ADDON_MANAGEMENT","Status":"ENABLED"}]}]\' --region <region>',
  },
  references: {
    securityHub: { ids: ['GuardDuty.7'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-7'],
  },
  plan: 'EKS Runtime Monitoring with automated agent management (EKS_ADDON_MANAGEMENT)',
  shortPlan: 'EKS Runtime Monitoring with automated agent management',
  read: agentManagementEnabled(['RUNTIME_MONITORING', 'EKS_RUNTIME_MONITORING'], 'EKS_ADDON_MANAGEMENT'),
});
