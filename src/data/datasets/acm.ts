import type { CertificateDetail, CertificateSummary } from '@aws-sdk/client-acm';
import { globalEndpointRegion } from '../../aws/catalogue.js';
import { AwsCallError } from '../../aws/errors.js';
import { defineDataset, type Fetched, type FetchContext } from '../dataset.js';

/** What the checks read of DescribeCertificate (no domain validation records, no chain). */
export type CertificateFacts = Pick<
  CertificateDetail,
  'CertificateArn' | 'DomainName' | 'Status' | 'Type' | 'KeyAlgorithm' | 'NotAfter' | 'InUseBy' | 'RenewalEligibility' | 'ImportedAt' | 'IssuedAt'
>;

export interface AcmCertificate {
  arn: string;
  /** The Region the certificate lives in. */
  region: string;
  summary: CertificateSummary;
  detail: Fetched<CertificateFacts>;
}

/** The certificates of one Region, or the error that kept them from being listed. */
export interface RegionCertificates {
  region: string;
  result: Fetched<AcmCertificate[]>;
  /**
   * True for the partition's first Region when it is not scanned: only the certificates CloudFront
   * uses there are read, because CloudFront takes its certificates from that Region alone.
   */
  cloudFrontOnly?: boolean;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'acm.certificates': AcmCertificate[];
    /** Every scanned Region, plus CloudFront's certificates in us-east-1 when that Region is not scanned. */
    'acm.allCertificates': RegionCertificates[];
  }
}

/** Every key algorithm ACM knows: without `Includes.keyTypes`, ListCertificates returns only RSA_1024 and RSA_2048 certificates. */
export const ACM_KEY_TYPES = ['RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1'] as const;

/**
 * The one ListCertificates request: the statuses the checks evaluate (pending validation, failed,
 * revoked and inactive certificates are not), every key type, and ACM's largest page.
 */
export const LIST_CERTIFICATES_INPUT = {
  CertificateStatuses: ['ISSUED', 'EXPIRED'],
  Includes: { keyTypes: [...ACM_KEY_TYPES] },
  MaxItems: 1000,
} as const;

const CERTIFICATE_GONE = ['ResourceNotFoundException'] as const;

async function describe(ctx: FetchContext, region: string, summaries: readonly CertificateSummary[]) {
  const read = await ctx.perItem(
    summaries.filter((s) => typeof s.CertificateArn === 'string' && s.CertificateArn !== ''),
    async (s): Promise<CertificateFacts> => {
      const out = await ctx.call<{ Certificate?: CertificateDetail }>('acm:DescribeCertificate', { CertificateArn: s.CertificateArn }, { region });
      const c = out?.Certificate ?? {};
      return {
        CertificateArn: c.CertificateArn ?? s.CertificateArn,
        DomainName: c.DomainName,
        Status: c.Status,
        Type: c.Type,
        KeyAlgorithm: c.KeyAlgorithm,
        NotAfter: c.NotAfter,
        InUseBy: c.InUseBy ?? [],
        RenewalEligibility: c.RenewalEligibility,
        ImportedAt: c.ImportedAt,
        IssuedAt: c.IssuedAt,
      };
    },
    CERTIFICATE_GONE,
  );
  return read
    .map(({ item, result }): AcmCertificate => ({ arn: item.CertificateArn!, region, summary: item, detail: result }))
    .sort((a, b) => a.arn.localeCompare(b.arn));
}

const listSummaries = (ctx: FetchContext, region: string) =>
  ctx.list<CertificateSummary>('acm:ListCertificates', LIST_CERTIFICATES_INPUT, 'CertificateSummaryList', { region });

export const certificates = defineDataset({
  id: 'acm.certificates',
  scope: 'regional',
  operations: ['acm:ListCertificates', 'acm:DescribeCertificate'],
  async fetch(ctx) {
    return describe(ctx, ctx.region, await listSummaries(ctx, ctx.region));
  },
});

const isCloudFrontArn = (arn: string) => /^arn:[^:]+:cloudfront::/.test(arn);

export const allCertificates = defineDataset({
  id: 'acm.allCertificates',
  scope: 'global',
  operations: ['acm:ListCertificates', 'acm:DescribeCertificate'],
  deps: ['acm.certificates'],
  async fetch(ctx) {
    const settle = async (region: string, read: () => Promise<AcmCertificate[]>, cloudFrontOnly = false): Promise<RegionCertificates> => {
      try {
        return { region, result: { ok: true, value: await read() }, ...(cloudFrontOnly ? { cloudFrontOnly } : {}) };
      } catch (err) {
        if (!(err instanceof AwsCallError)) throw err;
        return { region, result: { ok: false, error: err.info }, ...(cloudFrontOnly ? { cloudFrontOnly } : {}) };
      }
    };
    const scanned = ctx.regions.map((region) => settle(region, () => ctx.get('acm.certificates', region)));
    const cloudFrontRegion = globalEndpointRegion(ctx.account.partition);
    if (ctx.regions.includes(cloudFrontRegion)) return Promise.all(scanned);
    // CloudFront's certificates live in this Region: read those, and only those, even when it is not scanned.
    const cloudFront = settle(
      cloudFrontRegion,
      async () => {
        const listed = await listSummaries(ctx, cloudFrontRegion);
        const described = await describe(ctx, cloudFrontRegion, listed.filter((s) => s.InUse !== false));
        // A certificate whose description failed cannot be placed: kept, so that it is an ERROR.
        return described.filter((c) => !c.detail.ok || (c.detail.value.InUseBy ?? []).some(isCloudFrontArn));
      },
      true,
    );
    return Promise.all([...scanned, cloudFront]);
  },
});

export default [certificates, allCertificates];
