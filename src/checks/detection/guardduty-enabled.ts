import { DETECTOR_RESOURCE, isEnabled, mainDetector, notEnabledReason } from '../lib/guardduty.js';
import { otherRegions, regionRef } from '../lib/region-settings.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'guardduty-enabled',
  title: 'GuardDuty is enabled in every scanned region',
  pillar: 'detection',
  service: 'guardduty',
  severity: 'high',
  resourceType: 'AWS::GuardDuty::Detector',
  description:
    'In each scanned region, GuardDuty has a detector (ListDetectors) whose Status is ENABLED (GetDetector). No detector, or a suspended detector (Status DISABLED), FAILs, and the message names the scanned regions where GuardDuty is enabled. A member account of an organization is judged as its own GetDetector reports: a detector created and enabled by the delegated administrator passes.',
  risk: 'Without GuardDuty in a region, nothing watches CloudTrail, VPC flow logs and DNS queries there for compromised credentials, crypto-mining, reconnaissance or data exfiltration; attackers commonly work in regions the account does not normally use.',
  remediation: {
    text: 'Enable GuardDuty in every region the account can use, or let the organization\'s GuardDuty delegated administrator enable it for all members automatically.',
    console: 'GuardDuty > Get started > Enable GuardDuty (in each region); for an organization: GuardDuty > Settings > Accounts > Auto-enable.',
    cli: 'aws guardduty create-detector --enable --region <region>',
  },
  references: {
    securityHub: { ids: ['GuardDuty.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-1',
    ],
  },
  reads: ['guardduty.detectors', 'guardduty.detectorsByRegion'],
  evaluate({ 'guardduty.detectors': state, 'guardduty.detectorsByRegion': everywhere }, ctx) {
    const resource = regionRef(ctx, 'guardduty', DETECTOR_RESOURCE);
    const off = notEnabledReason(state);
    if (off) return [ctx.fail(resource, `GuardDuty is not enabled in ${ctx.region} (${off}). ${otherRegions(everywhere, 'GuardDuty is enabled', isEnabled)}`)];
    return [ctx.pass(resource, `GuardDuty is enabled in ${ctx.region} (detector ${mainDetector(state)!.id}).`)];
  },
});
