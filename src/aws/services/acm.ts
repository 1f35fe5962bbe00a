import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-acm',
  clientClass: 'ACMClient',
  iamPrefix: 'acm',
  endpointEnvName: 'ACM',
  // ACM's API rate quotas (per account and Region, ACM user guide "Quotas"): DescribeCertificate 10
  // requests per second, ListCertificates fewer. Half of DescribeCertificate's per action; the listing
  // asks for pages of 1,000, so it is one or two requests per Region.
  limit: { concurrency: 4, scope: 'region', bucket: { capacity: 5, refillPerSecond: 5, per: 'operation' } },
  operations: {
    DescribeCertificate: {},
    ListCertificates: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
