// Recorded ACM calls of the demo account (recorded on 2026-11-01), in us-east-1 and eu-west-1: the
// Amazon-issued certificates of the load balancers and of the CloudFront distributions (those live
// in us-east-1), an imported partner certificate with a 1024-bit key that expires within three
// weeks, and an expired promotion certificate nobody uses any more.

const ACCOUNT = '123456789012';
const date = (iso) => ({ $date: iso });
const acm = (region, operation, input, output) => ({ service: 'acm', region, operation, input, output });
const arn = (region, id) => `arn:aws:acm:${region}:${ACCOUNT}:certificate/${id}`;
const alb = (region, path) => `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:loadbalancer/${path}`;
const distribution = (id) => `arn:aws:cloudfront::${ACCOUNT}:distribution/${id}`;

// The one ListCertificates request the scanner sends: every key type, ISSUED and EXPIRED only.
const LIST_INPUT = {
  CertificateStatuses: ['ISSUED', 'EXPIRED'],
  Includes: { keyTypes: ['RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1'] },
  MaxItems: 1000,
};

const certificate = (region, id, domain, facts) => {
  const inUseBy = facts.InUseBy ?? [];
  const detail = {
    CertificateArn: arn(region, id),
    DomainName: domain,
    SubjectAlternativeNames: [domain, ...(facts.alternativeNames ?? [])],
    Status: 'ISSUED',
    Type: 'AMAZON_ISSUED',
    KeyAlgorithm: 'RSA_2048',
    SignatureAlgorithm: 'SHA256WITHRSA',
    InUseBy: inUseBy,
    RenewalEligibility: 'ELIGIBLE',
    KeyUsages: [{ Name: 'DIGITAL_SIGNATURE' }, { Name: 'KEY_ENCIPHERMENT' }],
    ExtendedKeyUsages: [{ Name: 'TLS_WEB_SERVER_AUTHENTICATION', OID: '1.3.6.1.5.5.7.3.1' }],
    Options: { CertificateTransparencyLoggingPreference: 'ENABLED' },
    ...facts.detail,
  };
  const summary = {
    CertificateArn: detail.CertificateArn,
    DomainName: domain,
    SubjectAlternativeNameSummaries: detail.SubjectAlternativeNames,
    HasAdditionalSubjectAlternativeNames: false,
    Status: detail.Status,
    Type: detail.Type,
    KeyAlgorithm: detail.KeyAlgorithm,
    KeyUsages: ['DIGITAL_SIGNATURE', 'KEY_ENCIPHERMENT'],
    ExtendedKeyUsages: ['TLS_WEB_SERVER_AUTHENTICATION'],
    InUse: inUseBy.length > 0,
    Exported: false,
    RenewalEligibility: detail.RenewalEligibility,
    NotBefore: detail.NotBefore,
    NotAfter: detail.NotAfter,
    CreatedAt: detail.CreatedAt,
    ...(detail.IssuedAt ? { IssuedAt: detail.IssuedAt } : {}),
    ...(detail.ImportedAt ? { ImportedAt: detail.ImportedAt } : {}),
  };
  return { summary, detail };
};

const CERTIFICATES = {
  'us-east-1': [
    // The load balancers' certificate (the elbv2 demo's listeners name it).
    certificate('us-east-1', '4c1f8a2e-9b3d-4e6f-a7c8-2d5e1b9f0a36', 'acme-demo.com', {
      alternativeNames: ['*.acme-demo.com'],
      InUseBy: [alb('us-east-1', 'app/prod-web/50dc6c495c0c9188'), alb('us-east-1', 'app/legacy-admin/8f3e2d1c0b9a8776'), alb('us-east-1', 'net/tcp-ingest/2b4d6f8a0c1e3f50')],
      detail: { CreatedAt: date('2025-03-02T09:00:00.000Z'), IssuedAt: date('2026-02-10T09:00:00.000Z'), NotBefore: date('2026-02-10T00:00:00.000Z'), NotAfter: date('2027-03-11T23:59:59.000Z') },
    }),
    // CloudFront's certificates.
    certificate('us-east-1', '7d3e9b21-5c4a-4f8e-b1d2-6a9c0e3f7b58', 'shop.acme-demo.com', {
      InUseBy: [distribution('E1SHOPDEMO0001')],
      detail: { KeyAlgorithm: 'EC_prime256v1', SignatureAlgorithm: 'SHA256WITHECDSA', CreatedAt: date('2025-06-01T10:00:00.000Z'), IssuedAt: date('2026-05-20T10:00:00.000Z'), NotBefore: date('2026-05-20T00:00:00.000Z'), NotAfter: date('2027-06-18T23:59:59.000Z') },
    }),
    certificate('us-east-1', '2a6f0c8e-3d1b-4a7c-9e5f-8b2d4c6a0e13', 'docs.acme-demo.com', {
      InUseBy: [distribution('E3DOCSDEMO0003')],
      detail: { CreatedAt: date('2024-12-05T10:00:00.000Z'), IssuedAt: date('2025-12-01T10:00:00.000Z'), NotBefore: date('2025-12-01T00:00:00.000Z'), NotAfter: date('2027-01-04T23:59:59.000Z') },
    }),
    // Imported for the partner single sign-on endpoint, with a 1024-bit key, expiring on 2026-11-20.
    certificate('us-east-1', '9e1d3f5a-7b2c-4d8e-a6f0-1c3e5a7b9d24', 'partner-sso.acme-demo.com', {
      detail: {
        Type: 'IMPORTED',
        KeyAlgorithm: 'RSA_1024',
        SignatureAlgorithm: 'SHA1WITHRSA',
        RenewalEligibility: 'INELIGIBLE',
        Issuer: 'Partner Issuing CA 2',
        CreatedAt: date('2021-11-22T15:00:00.000Z'),
        ImportedAt: date('2025-11-20T15:00:00.000Z'),
        NotBefore: date('2025-11-20T00:00:00.000Z'),
        NotAfter: date('2026-11-20T23:59:59.000Z'),
        Options: undefined,
      },
    }),
    // A promotion site taken down in the summer: its certificate expired and was never deleted.
    certificate('us-east-1', '5b8c2e4d-1f3a-4c6e-8d0b-7a9e1c3f5d62', 'summer-promo.acme-demo.com', {
      detail: {
        Status: 'EXPIRED',
        RenewalEligibility: 'INELIGIBLE',
        CreatedAt: date('2025-06-30T08:00:00.000Z'),
        IssuedAt: date('2025-07-01T08:00:00.000Z'),
        NotBefore: date('2025-07-01T00:00:00.000Z'),
        NotAfter: date('2026-07-31T23:59:59.000Z'),
      },
    }),
  ],
  'eu-west-1': [
    certificate('eu-west-1', '4c1f8a2e-9b3d-4e6f-a7c8-2d5e1b9f0a36', 'eu.acme-demo.com', {
      InUseBy: [alb('eu-west-1', 'app/eu-web/a1b2c3d4e5f60718')],
      detail: { CreatedAt: date('2025-04-09T13:00:00.000Z'), IssuedAt: date('2026-03-09T13:00:00.000Z'), NotBefore: date('2026-03-09T00:00:00.000Z'), NotAfter: date('2027-04-07T23:59:59.000Z') },
    }),
  ],
};

export default Object.entries(CERTIFICATES).flatMap(([region, certificates]) => [
  acm(region, 'ListCertificates', LIST_INPUT, { CertificateSummaryList: certificates.map((c) => c.summary) }),
  ...certificates.map((c) => acm(region, 'DescribeCertificate', { CertificateArn: c.detail.CertificateArn }, { Certificate: c.detail })),
]);
