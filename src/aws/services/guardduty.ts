import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-guardduty',
  clientClass: 'GuardDutyClient',
  iamPrefix: 'guardduty',
  endpointEnvName: 'GUARDDUTY',
  // GuardDuty publishes no API request quota (its quotas page lists resources only); a scan sends
  // ListDetectors and one GetDetector per region, so the default few-at-a-time per region is ample.
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    GetDetector: {},
    ListDetectors: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
