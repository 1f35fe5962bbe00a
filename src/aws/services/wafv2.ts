import { type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-wafv2',
  clientClass: 'WAFV2Client',
  iamPrefix: 'wafv2',
  endpointEnvName: 'WAFV2',
  // WAF's read APIs allow a few requests per second per account and Region.
  limit: { concurrency: 2, scope: 'region' },
  operations: {
    GetLoggingConfiguration: {},
    GetRuleGroup: {},
    GetWebACL: {},
    ListResourcesForWebACL: {},
    ListRuleGroups: { paging: { inputToken: 'NextMarker', outputToken: 'NextMarker' } },
    ListWebACLs: { paging: { inputToken: 'NextMarker', outputToken: 'NextMarker' } },
  },
} as const satisfies ServiceSpec;
