import { describeAwsError } from '../../aws/errors.js';
import { hubEnabled, standardName } from '../lib/securityhub.js';
import { otherRegions, regionRef } from '../lib/region-settings.js';
import { defineCheck } from '../define.js';
import type { HubState, SecurityHubRegion } from '../../data/datasets/securityhub.js';

/** What the message says about the enabled standards of Security Hub CSPM; they never change the verdict. */
function standardsText(state: SecurityHubRegion): string {
  if (!state.standards) return '';
  if (!state.standards.ok) return ` Its enabled standards could not be listed (${describeAwsError(state.standards.error)}).`;
  const names = state.standards.value.map(standardName);
  return names.length > 0 ? ` Enabled standards: ${names.join(', ')}.` : ' No standard is enabled.';
}

export default defineCheck({
  id: 'securityhub-enabled',
  title: 'Security Hub is enabled in every scanned region',
  pillar: 'detection',
  service: 'securityhub',
  severity: 'medium',
  resourceType: 'AWS::SecurityHub::Hub',
  description:
    'In each scanned region, Security Hub CSPM is enabled (DescribeHub answers; InvalidAccessException "not subscribed" means off) or the newer, unified Security Hub is (DescribeSecurityHubV2 answers; ResourceNotFoundException means off). The message says which one answered and lists the enabled standards (GetEnabledStandards) when it may; which standards are enabled is not judged, as CIS 4.16 asks only for the service. A member account of an organization passes where the delegated administrator enabled Security Hub for it. A refused call is an ERROR, never "off".',
  risk: 'Without Security Hub in a region, findings from GuardDuty, Inspector, Macie and IAM Access Analyzer are not aggregated there and no security control is continuously evaluated, so misconfigurations and threats in that region are easy to miss.',
  remediation: {
    text: 'Enable Security Hub in every region the account can use, preferably from the organization\'s delegated administrator with central configuration so new accounts and regions are covered.',
    console: 'Security Hub > Go to Security Hub > Enable Security Hub (in each region), or Settings > Configuration for central configuration.',
    cli: 'aws securityhub enable-security-hub --enable-default-standards --region <region>',
  },
  references: {
    cis: { v5: '4.16', v3: '4.16' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html',
      'https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeHub.html',
      'https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeSecurityHubV2.html',
    ],
  },
  reads: ['securityhub.hub', 'securityhub.hubsByRegion'],
  evaluate({ 'securityhub.hub': state, 'securityhub.hubsByRegion': everywhere }, ctx) {
    const resource = regionRef(ctx, 'securityhub', 'hub/default');
    const { cspm, v2 } = state;
    const cspmOn = cspm.ok && cspm.value.on;
    const v2On = v2.ok && v2.value.on;
    if (cspmOn && v2On) return [ctx.pass(resource, `Security Hub CSPM and the newer Security Hub are both enabled in ${ctx.region} (DescribeHub and DescribeSecurityHubV2 answer).${standardsText(state)}`)];
    if (cspmOn) return [ctx.pass(resource, `Security Hub CSPM is enabled in ${ctx.region} (DescribeHub answers${since(cspm.value)}).${standardsText(state)}`)];
    if (v2On) return [ctx.pass(resource, `The newer Security Hub is enabled in ${ctx.region} (DescribeSecurityHubV2 answers${since(v2.value)}); Security Hub CSPM is not.`)];
    // Neither answers as on: unknown if either could not be read.
    if (!cspm.ok) return [ctx.error(resource, cspm.error, `Security Hub in ${ctx.region}`)];
    if (!v2.ok) return [ctx.error(resource, v2.error, `Security Hub in ${ctx.region} (Security Hub CSPM is off)`)];
    const why = [cspm.value, v2.value].map((s) => (s.on ? '' : s.reason)).join('; ');
    return [ctx.fail(resource, `Security Hub is not enabled in ${ctx.region}: ${why}. ${otherRegions(everywhere, 'Security Hub is enabled', hubEnabled)}`)];
  },
});

function since(state: HubState): string {
  return state.on && state.subscribedAt ? `, subscribed ${state.subscribedAt}` : '';
}
