import { guardDutyFeatureCheck, featureEnabled } from '../lib/guardduty.js';

export default guardDutyFeatureCheck({
  id: 'guardduty-lambda-protection',
  title: 'GuardDuty Lambda Protection is enabled in every scanned region',
  severity: 'high',
  description:
    'In each scanned region, the detector\'s feature LAMBDA_NETWORK_LOGS is ENABLED on the GuardDuty detector (GetDetector Features; the deprecated DataSources block is not used). Where GuardDuty has no detector or the detector is suspended, the plan is off and the region FAILs with "GuardDuty is not enabled in <region>". A FAIL names the scanned regions where the plan is enabled. A member account is judged as its own GetDetector reports, which shows what its delegated administrator configured for it.',
  risk: 'Without Lambda Protection, GuardDuty does not analyse the network activity of Lambda functions: a compromised function talking to a command-and-control server or mining cryptocurrency goes unnoticed.',
  remediation: {
    text: 'Turn on Lambda Protection in GuardDuty in every region.',
    console: 'GuardDuty > Protection plans > Lambda Protection > Enable.',
    cli: 'aws guardduty update-detector --detector-id <detector-id> --features \'[{"Name":"LAMBDA_NETWORK_LOGS","Status":"ENABLED"}]\' --region <region>',
  },
  references: {
    securityHub: { ids: ['GuardDuty.6'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/guardduty/latest/ug/lambda-protection.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-6'],
  },
  plan: 'Lambda Protection (LAMBDA_NETWORK_LOGS)',
  shortPlan: 'Lambda Protection',
  read: featureEnabled('LAMBDA_NETWORK_LOGS'),
});
