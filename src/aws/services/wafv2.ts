import { type ServiceSpec } from '../service-spec.js';

/** WAFv2 lists: `NextMarker` both ways. AWS sends one even on the last page; see datasets/wafv2.ts. */
const WAF_MARKER = { inputToken: 'NextMarker', outputToken: 'NextMarker' } as const;

export default {
  sdkModule: '@aws-sdk/client-wafv2',
  clientClass: 'WAFV2Client',
  iamPrefix: 'wafv2',
  endpointEnvName: 'WAFV2',
  // AWS WAF publishes a rate only for its write actions (one Create, Put or Update per second per
  // account and Region, WAF developer guide "Quotas"); its reads are throttled too but unpublished:
  // two at a time per Region.
  limit: { concurrency: 2, scope: 'region' },
  operations: {
    GetLoggingConfiguration: {},
    GetRuleGroup: {},
    GetWebACL: {},
    // Only where ListResourcesForWebACL is not offered (some AWS-compatible endpoints): per ALB.
    GetWebACLForResource: {},
    // Not paginated: one answer holds every associated resource of the asked type.
    ListResourcesForWebACL: {},
    ListRuleGroups: { paging: WAF_MARKER },
    ListWebACLs: { paging: WAF_MARKER },
  },
} as const satisfies ServiceSpec;
