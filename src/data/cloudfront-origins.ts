// What kind of origin a CloudFront distribution sends requests to, decided from ListDistributions:
// the data layer needs it to know which buckets to look for, the checks to know what they judge.

import type { CacheBehavior, DefaultCacheBehavior, DistributionSummary, Origin, OriginGroup } from '@aws-sdk/client-cloudfront';

/**
 * The items of a CloudFront list (`{ Quantity, Items }`). The XML API leaves out `Items` when the
 * list is empty; some endpoints send a single item as an object rather than a one-element array.
 */
export function itemsOf<T>(list: { Items?: T[] | T | undefined } | undefined | null): T[] {
  const items = list?.Items;
  if (items === undefined || items === null) return [];
  return Array.isArray(items) ? items : [items];
}

export const originsOf = (d: Pick<DistributionSummary, 'Origins'>): Origin[] => itemsOf(d.Origins);
export const originGroupsOf = (d: Pick<DistributionSummary, 'OriginGroups'>): OriginGroup[] => itemsOf(d.OriginGroups);

/** Origins that are an S3 bucket's REST endpoint: `S3OriginConfig`. A website endpoint is a custom origin. */
export const isS3RestOrigin = (o: Origin): boolean => o.S3OriginConfig !== undefined && o.S3OriginConfig !== null && !isCustomOrigin(o);

/** Custom origins (`CustomOriginConfig`): web servers, load balancers, S3 website endpoints, function URLs. */
export function isCustomOrigin(o: Origin): boolean {
  return o.CustomOriginConfig !== undefined && o.CustomOriginConfig !== null;
}

/** `<id>.lambda-url.<region>.on.aws`, the domain of a Lambda function URL. */
const LAMBDA_URL_DOMAIN = /\.lambda-url\.[a-z0-9-]+\.on\.aws\.?$/i;
export const isLambdaUrlOrigin = (o: Origin): boolean => LAMBDA_URL_DOMAIN.test(o.DomainName ?? '');

/** An OAC id that is set: CloudFront answers an empty string for origins without one. */
export const hasOriginAccessControl = (o: Origin): boolean => typeof o.OriginAccessControlId === 'string' && o.OriginAccessControlId.trim() !== '';

/**
 * The bucket (and Region, when the endpoint names one) of an S3 REST origin domain:
 * `<bucket>.s3.amazonaws.com`, `<bucket>.s3.<region>.amazonaws.com`, `<bucket>.s3-<region>.amazonaws.com`,
 * `<bucket>.s3.dualstack.<region>.amazonaws.com` (and `.amazonaws.com.cn`). A bucket name may itself
 * contain `.s3.`, so the endpoint is matched at the end of the domain; a domain that matches no
 * endpoint form is cut at its first `.s3.` or `.s3-`.
 */
export function s3OriginBucket(domainName: string | undefined): { bucket: string; region?: string } | undefined {
  const domain = (domainName ?? '').trim().toLowerCase().replace(/\.$/, '');
  const endpoint = /^(.+)\.s3(?:[.-](?:dualstack\.)?([a-z]{2}(?:-[a-z]+)+-\d+))?(?:\.dualstack)?\.amazonaws\.com(?:\.cn)?$/.exec(domain);
  if (endpoint) return endpoint[2] ? { bucket: endpoint[1]!, region: endpoint[2] } : { bucket: endpoint[1]! };
  const cut = /\.s3[.-]/.exec(domain);
  return cut && cut.index > 0 ? { bucket: domain.slice(0, cut.index) } : undefined;
}

export interface Behavior {
  /** `*` stands for the default cache behavior. */
  pathPattern: string;
  behavior: DefaultCacheBehavior | CacheBehavior;
}

/** The default cache behavior first, then the others in their order of precedence. */
export function behaviorsOf(d: Pick<DistributionSummary, 'DefaultCacheBehavior' | 'CacheBehaviors'>): Behavior[] {
  return [
    ...(d.DefaultCacheBehavior ? [{ pathPattern: '*', behavior: d.DefaultCacheBehavior }] : []),
    ...itemsOf(d.CacheBehaviors).map((behavior) => ({ pathPattern: behavior.PathPattern ?? '?', behavior })),
  ];
}

/** How a finding names a behavior: "the default cache behavior" or "the cache behavior for /api/*". */
export function behaviorLabel(b: Behavior, isDefault: boolean): string {
  return isDefault ? 'the default cache behavior' : `the cache behavior for ${b.pathPattern}`;
}
