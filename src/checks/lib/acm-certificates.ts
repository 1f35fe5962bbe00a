// How ACM checks name certificates, report Regions whose certificates could not be listed, and
// read the facts of a certificate from its description and its summary.

import type { CheckContext, ResourceRef } from '../define.js';
import type { AcmCertificate, CertificateFacts, RegionCertificates } from '../../data/datasets/acm.js';
import type { Finding } from '../../model.js';

export function certificateRef(cert: AcmCertificate): ResourceRef {
  return { id: cert.arn.split('/').pop() ?? cert.arn, arn: cert.arn, region: cert.region };
}

/** e.g. "ACM certificate shop.example.com (0b1c...) in us-east-1". */
export function certificateLabel(cert: AcmCertificate, facts?: CertificateFacts): string {
  const domain = facts?.DomainName ?? cert.summary.DomainName;
  return `ACM certificate ${domain ? `${domain} (${certificateRef(cert).id})` : certificateRef(cert).id} in ${cert.region}`;
}

/**
 * One ERROR per Region whose certificates could not be listed, and the certificates of the others
 * (each with its description, or the error that kept it from being described).
 */
export function eachCertificate(
  regions: readonly RegionCertificates[],
  ctx: CheckContext,
  judge: (cert: AcmCertificate, facts: CertificateFacts) => Finding | undefined,
): Finding[] {
  return regions.flatMap(({ region, result, cloudFrontOnly }) => {
    if (!result.ok) {
      const resource = { id: `${ctx.account.id}/${region}`, arn: `arn:${ctx.account.partition}:acm:${region}:${ctx.account.id}:certificate/*`, region };
      return [ctx.error(resource, result.error, `the ACM certificates ${cloudFrontOnly ? 'that CloudFront uses ' : ''}in ${region}`)];
    }
    return result.value.flatMap((cert) => {
      if (!cert.detail.ok) return [ctx.error(certificateRef(cert), cert.detail.error, certificateLabel(cert))];
      // The description is newer than the listing; the summary fills what an endpoint left out of it.
      const s = cert.summary;
      const d = cert.detail.value;
      const facts: CertificateFacts = {
        ...d,
        DomainName: d.DomainName ?? s.DomainName,
        Status: d.Status ?? s.Status,
        Type: d.Type ?? s.Type,
        KeyAlgorithm: keyAlgorithmOf(d.KeyAlgorithm ?? s.KeyAlgorithm),
        NotAfter: d.NotAfter ?? s.NotAfter,
        RenewalEligibility: d.RenewalEligibility ?? s.RenewalEligibility,
      };
      // The listing asked for ISSUED and EXPIRED only; a certificate that changed status since is not judged.
      if (facts.Status && facts.Status !== 'ISSUED' && facts.Status !== 'EXPIRED') return [];
      const finding = judge(cert, facts);
      return finding ? [finding] : [];
    });
  });
}

/**
 * The key algorithm in the SDK's spelling. The SDK models `RSA_1024`, `EC_prime256v1`..., and
 * ListCertificates' summaries use it; DescribeCertificate answers with a hyphen (`RSA-2048`,
 * `EC-prime256v1`), as the AWS CLI examples show.
 */
export function keyAlgorithmOf<T extends string | undefined>(value: T): T {
  return (typeof value === 'string' ? value.trim().replace(/^(RSA|EC)-/i, (_, family: string) => `${family.toUpperCase()}_`) : value) as T;
}

/** A date as the SDK (Date) or a lenient endpoint (ISO string, epoch seconds) gives it; undefined when unreadable. */
export function dateOf(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'number') return new Date(value * 1000);
  if (typeof value === 'string' && value.trim() !== '') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}
