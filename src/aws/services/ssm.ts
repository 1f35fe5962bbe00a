import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-ssm',
  clientClass: 'SSMClient',
  iamPrefix: 'ssm',
  endpointEnvName: 'SSM',
  // Systems Manager throttles reads per account and Region at a few tens per second, shared by
  // every tool of the account (its quotas page publishes only Parameter Store's GetParameter*
  // throughput, 40 per second by default, which the scan never calls). The scan's volume is one
  // DescribeDocumentPermission per owned document; the other reads are a few listings per region.
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    DescribeDocumentPermission: { paging: NEXT_TOKEN },
    DescribeInstanceInformation: { paging: NEXT_TOKEN },
    DescribeParameters: { paging: NEXT_TOKEN },
    GetServiceSetting: {},
    ListDocuments: { paging: NEXT_TOKEN },
    ListResourceComplianceSummaries: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
