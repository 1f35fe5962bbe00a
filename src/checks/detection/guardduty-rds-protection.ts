import { guardDutyFeatureCheck, featureEnabled } from '../lib/guardduty.js';

export default guardDutyFeatureCheck({
  id: 'guardduty-rds-protection',
  title: 'GuardDuty RDS Protection is enabled in every scanned region',
  severity: 'high',
  description:
    'In each scanned region, the detector\'s feature RDS_LOGIN_EVENTS is ENABLED on the GuardDuty detector (GetDetector Features; the deprecated DataSources block is not used). Where GuardDuty has no detector or the detector is suspended, the plan is off and the region FAILs with "GuardDuty is not enabled in <region>". A FAIL names the scanned regions where the plan is enabled. A member account is judged as its own GetDetector reports, which shows what its delegated administrator configured for it.',
  risk: 'Without RDS Protection, GuardDuty does not analyse Aurora and RDS login activity: brute-force attempts and logins from unusual or malicious sources against databases go unnoticed.',
  remediation: {
    text: 'Turn on RDS Protection in GuardDuty in every region.',
    console: 'GuardDuty > Protection plans > RDS Protection > Enable.',
    cli: 'aws guardduty update-detector --detector-id <detector-id> --features \'[{"Name":"RDS_LOGIN_EVENTS","Status":"ENABLED"}]\' --region <region>',
  },
  references: {
    securityHub: { ids: ['GuardDuty.9'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/guardduty/latest/ug/rds-protection.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-9'],
  },
  plan: 'RDS Protection (RDS_LOGIN_EVENTS)',
  shortPlan: 'RDS Protection',
  read: featureEnabled('RDS_LOGIN_EVENTS'),
});
