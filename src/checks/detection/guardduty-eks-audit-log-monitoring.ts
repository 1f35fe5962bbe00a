import { guardDutyFeatureCheck, featureEnabled } from '../lib/guardduty.js';

export default guardDutyFeatureCheck({
  id: 'guardduty-eks-audit-log-monitoring',
  title: 'GuardDuty EKS Audit Log Monitoring is enabled in every scanned region',
  severity: 'high',
  description:
    'In each scanned region, the detector\'s feature EKS_AUDIT_LOGS is ENABLED on the GuardDuty detector (GetDetector Features; the deprecated DataSources block is not used). Where GuardDuty has no detector or the detector is suspended, the plan is off and the region FAILs with "GuardDuty is not enabled in <region>". A FAIL names the scanned regions where the plan is enabled. A member account is judged as its own GetDetector reports, which shows what its delegated administrator configured for it.',
  risk: 'Without EKS Audit Log Monitoring, GuardDuty does not analyse Kubernetes audit logs: anonymous access to the API server, privileged pods, and credential theft inside clusters go unnoticed.',
  remediation: {
    text: 'Turn on EKS Protection (audit log monitoring) in GuardDuty in every region.',
    console: 'GuardDuty > Protection plans > EKS Protection > Enable.',
    cli: 'aws guardduty update-detector --detector-id <detector-id> --features \'[{"Name":"EKS_AUDIT_LOGS","Status":"ENABLED"}]\' --region <region>',
  },
  references: {
    securityHub: { ids: ['GuardDuty.5'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/guardduty/latest/ug/kubernetes-protection.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-5'],
  },
  plan: 'EKS Audit Log Monitoring (EKS_AUDIT_LOGS)',
  shortPlan: 'EKS Audit Log Monitoring',
  read: featureEnabled('EKS_AUDIT_LOGS'),
});
