import { type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-config-service',
  clientClass: 'ConfigServiceClient',
  iamPrefix: 'config',
  endpointEnvName: 'CONFIG_SERVICE',
  // AWS Config publishes no request rate for these three reads (none pages: one recorder and one
  // delivery channel per region); a scan sends at most three per region.
  limit: { concurrency: 2, scope: 'region' },
  operations: {
    DescribeConfigurationRecorderStatus: {},
    DescribeConfigurationRecorders: {},
    DescribeDeliveryChannels: {},
  },
} as const satisfies ServiceSpec;
