import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-acm',
  clientClass: 'ACMClient',
  iamPrefix: 'acm',
  endpointEnvName: 'ACM',
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    DescribeCertificate: {},
    ListCertificates: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
