import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-guardduty',
  clientClass: 'GuardDutyClient',
  iamPrefix: 'guardduty',
  endpointEnvName: 'GUARDDUTY',
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    GetDetector: {},
    ListDetectors: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
