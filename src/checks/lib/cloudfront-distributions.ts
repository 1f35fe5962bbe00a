// How CloudFront checks name distributions and read their origins, behaviors and certificate.

import type { DistributionSummary, Origin, ViewerCertificate } from '@aws-sdk/client-cloudfront';
import type { ResourceRef } from '../define.js';
import { itemsOf } from '../../data/cloudfront-origins.js';

export {
  behaviorsOf,
  hasOriginAccessControl,
  isCustomOrigin,
  isLambdaUrlOrigin,
  isS3RestOrigin,
  itemsOf,
  originGroupsOf,
  originsOf,
  s3OriginBucket,
  type Behavior,
} from '../../data/cloudfront-origins.js';

/** Findings about distributions carry the check's unit Region, `global`. */
export function distributionRef(d: DistributionSummary): ResourceRef {
  return { id: d.Id ?? 'unknown', arn: d.ARN ?? '' };
}

/**
 * e.g. "CloudFront distribution E2QWRUHEXAMPLE (shop.example.com)", and "disabled" for a disabled
 * one: it is judged all the same, since it can be enabled again as it is.
 */
export function distributionLabel(d: DistributionSummary): string {
  const name = itemsOf(d.Aliases)[0] ?? d.DomainName;
  const notes = [name, d.Enabled === false ? 'disabled' : undefined, d.Staging === true ? 'staging' : undefined].filter(Boolean);
  return `CloudFront distribution ${d.Id ?? 'unknown'}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

/** How a finding names a behavior. */
export function behaviorName(pathPattern: string, isDefault: boolean): string {
  return isDefault ? 'the default cache behavior (*)' : `the cache behavior for ${pathPattern}`;
}

/** `origin-1` (shop-assets.s3.amazonaws.com). */
export function originName(o: Origin): string {
  return `origin ${o.Id ?? '?'} (${o.DomainName ?? 'no domain'})`;
}

const nonEmpty = (value: string | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/** The certificate the distribution serves viewers, as CloudFront.7, .8 and .15 read it. */
export interface ViewerCertificateFacts {
  /** `ViewerCertificate.CloudFrontDefaultCertificate` is true: the shared *.cloudfront.net certificate. */
  isDefault: boolean;
  /** An `ACMCertificateArn` or `IAMCertificateId`: a custom certificate. */
  custom?: { source: 'ACM' | 'IAM'; id: string };
  sslSupportMethod?: string;
  minimumProtocolVersion?: string;
}

/** undefined when ListDistributions gave no ViewerCertificate at all, which AWS always sends. */
export function viewerCertificateOf(d: Pick<DistributionSummary, 'ViewerCertificate'>): ViewerCertificateFacts | undefined {
  const vc: ViewerCertificate | undefined = d.ViewerCertificate;
  if (!vc) return undefined;
  const custom = nonEmpty(vc.ACMCertificateArn)
    ? { source: 'ACM' as const, id: vc.ACMCertificateArn }
    : nonEmpty(vc.IAMCertificateId)
      ? { source: 'IAM' as const, id: vc.IAMCertificateId }
      : undefined;
  // The deprecated CertificateSource field says `cloudfront` for the default certificate in old answers.
  const isDefault = vc.CloudFrontDefaultCertificate === true || (vc.CloudFrontDefaultCertificate === undefined && !custom && vc.CertificateSource === 'cloudfront');
  return {
    isDefault,
    ...(custom ? { custom } : {}),
    ...(vc.SSLSupportMethod ? { sslSupportMethod: vc.SSLSupportMethod } : {}),
    ...(vc.MinimumProtocolVersion ? { minimumProtocolVersion: vc.MinimumProtocolVersion } : {}),
  };
}

/** "ACM certificate arn:aws:acm:..." or "IAM server certificate ASCA...". */
export function certificateName(custom: NonNullable<ViewerCertificateFacts['custom']>): string {
  return custom.source === 'ACM' ? `ACM certificate ${custom.id}` : `IAM server certificate ${custom.id}`;
}

/** "a, b and c". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
