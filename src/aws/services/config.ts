import { type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-config-service',
  clientClass: 'ConfigServiceClient',
  iamPrefix: 'config',
  endpointEnvName: 'CONFIG_SERVICE',
  limit: { concurrency: 2, scope: 'region' },
  operations: {
    DescribeConfigurationRecorderStatus: {},
    DescribeConfigurationRecorders: {},
    DescribeDeliveryChannels: {},
  },
} as const satisfies ServiceSpec;
