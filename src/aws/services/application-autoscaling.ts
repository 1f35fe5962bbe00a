import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-application-auto-scaling',
  clientClass: 'ApplicationAutoScalingClient',
  iamPrefix: 'application-autoscaling',
  endpointEnvName: 'APPLICATION_AUTO_SCALING',
  // AWS publishes no request rate for DescribeScalableTargets; the scan sends one paged listing
  // (ServiceNamespace dynamodb) per Region, and only when a provisioned table exists.
  limit: { concurrency: 2, scope: 'region' },
  operations: {
    DescribeScalableTargets: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
