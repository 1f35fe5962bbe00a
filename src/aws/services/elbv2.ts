import { NEXT_MARKER, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-elastic-load-balancing-v2',
  clientClass: 'ElasticLoadBalancingV2Client',
  iamPrefix: 'elasticloadbalancing',
  endpointEnvName: 'ELASTIC_LOAD_BALANCING_V2',
  // ELB: one bucket for all Describe* actions of a Region, 40 tokens, 10 back per second; half of it
  // (an EKS load balancer controller lives on the same Describe* calls).
  limit: { concurrency: 4, scope: 'region', bucket: { capacity: 20, refillPerSecond: 5, per: 'service' } },
  operations: {
    DescribeListenerCertificates: { paging: NEXT_MARKER },
    DescribeListeners: { paging: NEXT_MARKER },
    DescribeLoadBalancerAttributes: {},
    DescribeLoadBalancers: { paging: NEXT_MARKER },
    DescribeRules: { paging: NEXT_MARKER },
    DescribeSSLPolicies: { paging: NEXT_MARKER },
    DescribeTargetGroups: { paging: NEXT_MARKER },
    DescribeTargetHealth: {},
  },
} as const satisfies ServiceSpec;
