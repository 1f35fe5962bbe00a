import { type ServiceSpec } from '../service-spec.js';

/**
 * Origin custom headers (`Origins.Items[].CustomHeaders.Items[]`) often carry a shared secret that
 * the origin checks to accept only CloudFront's requests. Their names are kept, their values never:
 * every `HeaderValue` next to a `HeaderName`, wherever it sits in the answer, is dropped. Idempotent.
 */
export function dropHeaderValues(output: Record<string, unknown>): Record<string, unknown> {
  return withoutHeaderValues(output) as Record<string, unknown>;
}

function withoutHeaderValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutHeaderValues);
  if (!value || typeof value !== 'object' || value instanceof Date || ArrayBuffer.isView(value)) return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const isHeader = entries.some(([k]) => k === 'HeaderName');
  return Object.fromEntries(entries.filter(([k]) => !(isHeader && k === 'HeaderValue')).map(([k, v]) => [k, withoutHeaderValues(v)]));
}

export default {
  sdkModule: '@aws-sdk/client-cloudfront',
  clientClass: 'CloudFrontClient',
  iamPrefix: 'cloudfront',
  endpointEnvName: 'CLOUDFRONT',
  endpoints: 'global',
  // One endpoint for the whole account. CloudFront publishes no request rate for its read APIs
  // (its quotas page lists entity quotas only); a couple of requests at a time stays clear of the
  // throttling that CloudFormation and Terraform users report on the same account-wide endpoint.
  limit: { concurrency: 2, scope: 'account' },
  operations: {
    GetDistributionConfig: { sanitize: dropHeaderValues },
    // The marker to send back sits inside DistributionList; IsTruncated false ends the listing.
    ListDistributions: { paging: { inputToken: 'Marker', outputToken: 'DistributionList.NextMarker' }, sanitize: dropHeaderValues },
  },
} as const satisfies ServiceSpec;
