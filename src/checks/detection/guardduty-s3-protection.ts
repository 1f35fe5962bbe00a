import { guardDutyFeatureCheck, featureEnabled } from '../lib/guardduty.js';

export default guardDutyFeatureCheck({
  id: 'guardduty-s3-protection',
  title: 'GuardDuty S3 Protection is enabled in every scanned region',
  severity: 'high',
  description:
    'In each scanned region, the detector\'s feature S3_DATA_EVENTS is ENABLED on the GuardDuty detector (GetDetector Features; the deprecated DataSources block is not used). Where GuardDuty has no detector or the detector is suspended, the plan is off and the region FAILs with "GuardDuty is not enabled in <region>". A FAIL names the scanned regions where the plan is enabled. A member account is judged as its own GetDetector reports, which shows what its delegated administrator configured for it.',
  risk: 'Without S3 Protection, GuardDuty does not analyse S3 data events: bulk downloads from unusual locations, access from known malicious IPs or anomalous deletions of objects go unnoticed.',
  remediation: {
    text: 'Turn on S3 Protection in GuardDuty in every region (for an organization, from the delegated administrator for all members).',
    console: 'GuardDuty > Protection plans > S3 Protection > Enable.',
    cli: 'aws guardduty update-detector --detector-id <detector-id> --features \'[{"Name":"S3_DATA_EVENTS","Status":"ENABLED"}]\' --region <region>',
  },
  references: {
    securityHub: { ids: ['GuardDuty.10'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/guardduty/latest/ug/s3-protection.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-10'],
  },
  plan: 'S3 Protection (S3_DATA_EVENTS)',
  shortPlan: 'S3 Protection',
  read: featureEnabled('S3_DATA_EVENTS'),
});
