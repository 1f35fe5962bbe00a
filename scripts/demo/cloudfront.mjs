// Recorded CloudFront calls of the demo account (global, through us-east-1), with what the
// CloudFront checks read around them: Shield Advanced, CloudWatch Logs delivery sources (standard
// logging v2) and HeadBucket for origin buckets outside the account. Four distributions:
// - shop: the model one (S3 origins behind OAC with failover, the API behind HTTPS, a Lambda
//   function URL behind OAC, its own certificate by SNI, a web ACL, legacy standard logging,
//   Shield Advanced);
// - legacy-www: a 2018 site left as it was (plain HTTP to viewers and origin, SSLv3 offered to the
//   origin, the default certificate, a legacy OAI, an origin bucket deleted since, no WAF, no logs);
// - docs: standard logging v2 only, a WAF Classic web ACL, an outdated TLS policy, and an S3 origin
//   without OAC or OAI on a bucket of a partner account;
// - api-edge: a function URL without OAC, a match-viewer origin behind a path that allows HTTP, an
//   IAM certificate on dedicated IPs, a v2 delivery source without a delivery, real-time logs only.
// Origin custom header values are not in the recording: the scanner drops them at collection.

const ACCOUNT = '123456789012';
const PARTNER = '444455556666';
const date = (iso) => ({ $date: iso });
const call = (service, region, operation, input, output) => ({ service, region, operation, input, output });
const refused = (service, region, operation, input, code, message, httpStatus) => ({ service, region, operation, input, error: { code, message, httpStatus } });
const list = (items) => (items.length ? { Quantity: items.length, Items: items } : { Quantity: 0 });
const distributionArn = (id) => `arn:aws:cloudfront::${ACCOUNT}:distribution/${id}`;

const s3Origin = (Id, DomainName, { oac = '', oai = '' } = {}) => ({
  Id,
  DomainName,
  OriginPath: '',
  CustomHeaders: list([]),
  S3OriginConfig: { OriginAccessIdentity: oai, OriginReadTimeout: 30 },
  ConnectionAttempts: 3,
  ConnectionTimeout: 10,
  OriginShield: { Enabled: false },
  OriginAccessControlId: oac,
});
const customOrigin = (Id, DomainName, policy, protocols = ['TLSv1.2'], { oac = '', headers = [] } = {}) => ({
  Id,
  DomainName,
  OriginPath: '',
  // As recorded: header names only.
  CustomHeaders: list(headers.map((HeaderName) => ({ HeaderName }))),
  CustomOriginConfig: {
    HTTPPort: 80,
    HTTPSPort: 443,
    OriginProtocolPolicy: policy,
    OriginSslProtocols: list(protocols),
    OriginReadTimeout: 30,
    OriginKeepaliveTimeout: 5,
    IpAddressType: 'ipv4',
  },
  ConnectionAttempts: 3,
  ConnectionTimeout: 10,
  OriginShield: { Enabled: false },
  OriginAccessControlId: oac,
});
const behaviorSettings = (TargetOriginId, ViewerProtocolPolicy, extra = {}) => ({
  TargetOriginId,
  TrustedSigners: { Enabled: false, Quantity: 0 },
  TrustedKeyGroups: { Enabled: false, Quantity: 0 },
  ViewerProtocolPolicy,
  AllowedMethods: { Quantity: 2, Items: ['HEAD', 'GET'], CachedMethods: { Quantity: 2, Items: ['HEAD', 'GET'] } },
  SmoothStreaming: false,
  Compress: true,
  LambdaFunctionAssociations: list([]),
  FunctionAssociations: list([]),
  FieldLevelEncryptionId: '',
  CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6',
  ...extra,
});
const pathBehavior = (PathPattern, target, policy, extra = {}) => ({ PathPattern, ...behaviorSettings(target, policy, extra) });
const acmCertificate = (id, SSLSupportMethod, MinimumProtocolVersion) => {
  const arn = `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/${id}`;
  return { CloudFrontDefaultCertificate: false, ACMCertificateArn: arn, SSLSupportMethod, MinimumProtocolVersion, Certificate: arn, CertificateSource: 'acm' };
};

const EDGE_ACL = `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/edge-acl/3f9a1c2e-7b4d-4e8a-9c6f-0d2b5e8a1c47`;
const PROD_WEB_DNS = 'prod-web-50dc6c495c.elb.us-east-1.amazonaws.com';
const LEGACY_ADMIN_DNS = 'legacy-admin-8f3e2d1c0b.elb.us-east-1.amazonaws.com';
const CHECKOUT_URL = 'f3k7q2m9x1c4v8b6n5z0p7r2t4w6y8a1.lambda-url.us-east-1.on.aws';
const WEBHOOK_URL = 'h8j2l4n6p8r0t2v4x6z8b0d2f4h6j8l0.lambda-url.eu-west-1.on.aws';

/** Each distribution: its ListDistributions summary and what GetDistributionConfig adds. */
const DISTRIBUTIONS = [
  {
    summary: {
      Id: 'E1SHOPDEMO0001',
      Aliases: list(['shop.acme-demo.com']),
      Origins: list([
        s3Origin('assets', 'acme-web-assets-prod.s3.us-east-1.amazonaws.com', { oac: 'E2OACSHOPASSETS' }),
        s3Origin('assets-eu', 'acme-backups-eu.s3.eu-west-1.amazonaws.com', { oac: 'E2OACSHOPASSETS' }),
        customOrigin('api', PROD_WEB_DNS, 'https-only', ['TLSv1.2'], { headers: ['X-Origin-Verify'] }),
        customOrigin('checkout', CHECKOUT_URL, 'https-only', ['TLSv1.2'], { oac: 'E5OACCHECKOUTFN' }),
      ]),
      OriginGroups: list([
        {
          Id: 'assets-failover',
          FailoverCriteria: { StatusCodes: list([500, 502, 503, 504]) },
          Members: list([{ OriginId: 'assets' }, { OriginId: 'assets-eu' }]),
          SelectionCriteria: 'default',
        },
      ]),
      DefaultCacheBehavior: behaviorSettings('assets-failover', 'redirect-to-https'),
      CacheBehaviors: list([pathBehavior('/api/*', 'api', 'https-only'), pathBehavior('/checkout/*', 'checkout', 'https-only')]),
      ViewerCertificate: acmCertificate('7d3e9b21-5c4a-4f8e-b1d2-6a9c0e3f7b58', 'sni-only', 'TLSv1.2_2021'),
      WebACLId: EDGE_ACL,
      Comment: 'shop front end',
    },
    config: { DefaultRootObject: 'index.html', Logging: { Enabled: true, IncludeCookies: false, Bucket: 'acme-logs-prod.s3.amazonaws.com', Prefix: 'cloudfront/shop/' } },
  },
  {
    summary: {
      Id: 'E2LEGACYDEMO02',
      Aliases: list(['www-2018.acme-demo.com']),
      Origins: list([
        customOrigin('admin', LEGACY_ADMIN_DNS, 'http-only', ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2']),
        s3Origin('campaign', 'acme-campaign-2018.s3.amazonaws.com', { oai: 'origin-access-identity/cloudfront/E74FTE3AJFJ256A' }),
      ]),
      OriginGroups: list([]),
      DefaultCacheBehavior: behaviorSettings('admin', 'allow-all'),
      CacheBehaviors: list([pathBehavior('/campaign/*', 'campaign', 'allow-all')]),
      ViewerCertificate: { CloudFrontDefaultCertificate: true, SSLSupportMethod: 'vip', MinimumProtocolVersion: 'TLSv1', CertificateSource: 'cloudfront' },
      WebACLId: '',
      Comment: 'legacy www, 2018 campaign',
    },
    config: { DefaultRootObject: '', Logging: { Enabled: false, IncludeCookies: false, Bucket: '', Prefix: '' } },
  },
  {
    summary: {
      Id: 'E3DOCSDEMO0003',
      Aliases: list(['docs.acme-demo.com']),
      Origins: list([s3Origin('docs', 'acme-docs-mirror.s3.eu-west-1.amazonaws.com')]),
      OriginGroups: list([]),
      DefaultCacheBehavior: behaviorSettings('docs', 'redirect-to-https'),
      CacheBehaviors: list([]),
      ViewerCertificate: acmCertificate('2a6f0c8e-3d1b-4a7c-9e5f-8b2d4c6a0e13', 'sni-only', 'TLSv1.2_2019'),
      // A WAF Classic web ACL, from before the migration to AWS WAF.
      WebACLId: 'c6e2a8f4-1b3d-4e5f-9a7c-2d4e6f8a0b1c',
      Comment: 'product documentation, mirrored from the partner bucket',
    },
    config: { DefaultRootObject: 'index.html', Logging: { Enabled: false, IncludeCookies: false, Bucket: '', Prefix: '' } },
  },
  {
    summary: {
      Id: 'E4APIEDGEDEMO4',
      Aliases: list(['hooks.acme-demo.com']),
      Origins: list([
        customOrigin('webhooks', WEBHOOK_URL, 'https-only'),
        customOrigin('status', 'status-origin.acme-demo.com', 'match-viewer', ['TLSv1.1', 'TLSv1.2']),
      ]),
      OriginGroups: list([]),
      DefaultCacheBehavior: behaviorSettings('webhooks', 'https-only', { RealtimeLogConfigArn: `arn:aws:cloudfront::${ACCOUNT}:realtime-log-config/hooks-sampled` }),
      CacheBehaviors: list([pathBehavior('/status/*', 'status', 'allow-all')]),
      ViewerCertificate: { CloudFrontDefaultCertificate: false, IAMCertificateId: 'ASCA4EXAMPLEHOOKS2019', SSLSupportMethod: 'vip', MinimumProtocolVersion: 'TLSv1.1_2016', Certificate: 'ASCA4EXAMPLEHOOKS2019', CertificateSource: 'iam' },
      WebACLId: '',
      Comment: 'partner webhooks',
      Enabled: false,
    },
    config: { DefaultRootObject: '', Logging: { Enabled: false, IncludeCookies: false, Bucket: '', Prefix: '' } },
  },
];

const summaryOf = ({ summary }) => ({
  ARN: distributionArn(summary.Id),
  ETag: 'E2QWRUHAPOMQZL',
  Status: 'Deployed',
  LastModifiedTime: date('2026-09-14T08:30:00.000Z'),
  DomainName: `d${summary.Id.slice(1, 11).toLowerCase()}.cloudfront.net`,
  CustomErrorResponses: list([]),
  PriceClass: 'PriceClass_100',
  Enabled: true,
  Restrictions: { GeoRestriction: { RestrictionType: 'none', Quantity: 0 } },
  HttpVersion: 'http2and3',
  IsIPV6Enabled: true,
  Staging: false,
  ConnectionMode: 'direct',
  ...summary,
});

const configOf = ({ summary, config }) => {
  const s = summaryOf({ summary });
  return {
    ETag: 'E2QWRUHAPOMQZL',
    DistributionConfig: {
      CallerReference: `demo-${summary.Id}`,
      Aliases: s.Aliases,
      DefaultRootObject: config.DefaultRootObject,
      Origins: s.Origins,
      OriginGroups: s.OriginGroups,
      DefaultCacheBehavior: s.DefaultCacheBehavior,
      CacheBehaviors: s.CacheBehaviors,
      CustomErrorResponses: s.CustomErrorResponses,
      Comment: s.Comment,
      Logging: config.Logging,
      PriceClass: s.PriceClass,
      Enabled: s.Enabled,
      ViewerCertificate: s.ViewerCertificate,
      Restrictions: s.Restrictions,
      WebACLId: s.WebACLId,
      HttpVersion: s.HttpVersion,
      IsIPV6Enabled: s.IsIPV6Enabled,
      Staging: false,
    },
  };
};

const deliverySource = (name, distributionId) => ({
  name,
  arn: `arn:aws:logs:us-east-1:${ACCOUNT}:delivery-source:${name}`,
  resourceArns: [distributionArn(distributionId)],
  service: 'cloudfront',
  logType: 'ACCESS_LOGS',
});

export default [
  call('cloudfront', 'us-east-1', 'ListDistributions', {}, {
    DistributionList: { Marker: '', MaxItems: 100, IsTruncated: false, Quantity: DISTRIBUTIONS.length, Items: DISTRIBUTIONS.map(summaryOf) },
  }),
  ...DISTRIBUTIONS.map((d) => call('cloudfront', 'us-east-1', 'GetDistributionConfig', { Id: d.summary.Id }, configOf(d))),

  // Standard logging v2: docs delivers to CloudWatch Logs; api-edge has a source but no delivery.
  call('logs', 'us-east-1', 'DescribeDeliverySources', {}, {
    deliverySources: [deliverySource('cloudfront-docs', 'E3DOCSDEMO0003'), deliverySource('cloudfront-hooks', 'E4APIEDGEDEMO4')],
  }),
  call('logs', 'us-east-1', 'DescribeDeliveries', {}, {
    deliveries: [
      {
        id: 'Ng3JxBp2sEXAMPLE',
        arn: `arn:aws:logs:us-east-1:${ACCOUNT}:delivery:Ng3JxBp2sEXAMPLE`,
        deliverySourceName: 'cloudfront-docs',
        deliveryDestinationArn: `arn:aws:logs:us-east-1:${ACCOUNT}:delivery-destination:cloudfront-logs-cwl`,
        deliveryDestinationType: 'CWL',
      },
    ],
  }),

  // Origin buckets that are not the account's: the 2018 campaign bucket was deleted, the docs
  // mirror belongs to the partner account (HeadBucket answers 403).
  refused('s3', 'us-east-1', 'HeadBucket', { Bucket: 'acme-campaign-2018' }, 'NotFound', 'Not Found', 404),
  refused('s3', 'eu-west-1', 'HeadBucket', { Bucket: 'acme-docs-mirror' }, 'Forbidden', `Forbidden (bucket of account ${PARTNER})`, 403),

  // Shield Advanced: subscribed, protecting the shop distribution and an Elastic IP.
  call('shield', 'us-east-1', 'GetSubscriptionState', {}, { SubscriptionState: 'ACTIVE' }),
  call('shield', 'us-east-1', 'ListProtections', {}, {
    Protections: [
      { Id: 'a1b2c3d4-5678-90ab-cdef-shop00000001', Name: 'shop-edge', ResourceArn: distributionArn('E1SHOPDEMO0001'), HealthCheckIds: [], ProtectionArn: `arn:aws:shield::${ACCOUNT}:protection/a1b2c3d4-5678-90ab-cdef-shop00000001` },
      { Id: 'a1b2c3d4-5678-90ab-cdef-eip000000002', Name: 'bastion-eip', ResourceArn: `arn:aws:ec2:us-east-1:${ACCOUNT}:eip-allocation/eipalloc-0a1b2c3d4e5f60718`, HealthCheckIds: [], ProtectionArn: `arn:aws:shield::${ACCOUNT}:protection/a1b2c3d4-5678-90ab-cdef-eip000000002` },
    ],
  }),
];
